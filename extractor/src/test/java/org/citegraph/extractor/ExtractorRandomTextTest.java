package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.Reference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Seeded random text, made of pieces of the seeds, fragments that look like references, and noise:
 * extraction never throws, every span lies inside the text, and every reference's {@code text} is
 * exactly the source under its span (after Lucene's checkRandomData). The seed of a failing run is
 * in the test name.
 */
class ExtractorRandomTextTest {
  private static final String[] FRAGMENTS = {
    "resolution ",
    "resolutions ",
    "64/178",
    " and ",
    ", ",
    "(2000)",
    " A (XXI)",
    "Ibid., vol. ",
    "2237, No. 39574",
    "United Nations, Treaty Series, vol. ",
    "A/67/53",
    " and Corr.1",
    "<sup>",
    "</sup>",
    "<sup>&</sup>lt;sup>",
    "1",
    "12",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "1.\t",
    "- 2. ",
    "The General Assembly,",
    "Recalling also ",
    "*Urges* ",
    "Human Rights Council ",
    "Council ",
    "of the Commission on Crime Prevention and Criminal Justice",
    "$A_{\\rm /RES/70/179}$",
    "Convention",
    " on the ",
    "Protocol of 2014 to the ",
    "Forced Labour Convention, 1930",
    "United States",
    "Niger",
    "UNODC",
    "CTOC/COP/2012/__",
    "*1249000*",
    "2/2",
    "’",
    "é",
    "—",
    "60th plenary meeting\n20 December 2012\n",
    "Distr.: General 27 March 2013",
    "## ",
    "**",
    "$",
    "[on the report of the Third Committee (A/67/458)]",
    ": revised draft resolution\n",
    "S-26/2"
  };

  @RepeatedTest(200)
  void randomTextNeverBreaksTheExtractor(RepetitionInfo repetition) throws IOException {
    SplittableRandom random = new SplittableRandom(0xC17E ^ repetition.getCurrentRepetition());
    List<String> seeds = new ArrayList<>();
    for (var seed : Fixtures.seeds()) {
      seeds.add(Files.readString(seed));
    }
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(1, 400);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(4)) {
        case 0 -> {
          String seed = seeds.get(random.nextInt(seeds.size()));
          int start = random.nextInt(seed.length());
          text.append(seed, start, Math.min(seed.length(), start + random.nextInt(1, 300)));
        }
        case 1 -> text.append((char) random.nextInt(0x20, 0x2FF));
        case 2 -> text.append(random.nextInt(0, 100_000));
        default -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
    }
    String source = text.toString();
    Document d = Fixtures.EXTRACTOR.extractText("random.txt", source);
    for (Reference r : d.references()) {
      assertThat(r.span().end()).isLessThanOrEqualTo(source.length());
      assertThat(source.substring(r.span().start(), r.span().end())).isEqualTo(r.text());
      assertThat(r.key()).isNotBlank();
    }
  }
}
