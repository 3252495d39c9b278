package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.text.SourceDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of the seeds, as real conversions damage texts (issue 5): truncations,
 * deleted spaces, doubled footnote markers, lines doubled or dropped, line endings switched, and
 * mixed encodings. Each mutant is extracted from its bytes: no exception but a clean refusal, every
 * span inside the text with its {@code text} under it, and time linear in the size (a CPU budget
 * per kilobyte far above what a clean seed takes).
 */
class ExtractorFuzzTest {
  private static final int MUTANTS_PER_SEED = 150;
  private static final long NANOS_PER_KB = 2_000_000; // 2 ms per KB; clean seeds take ~0.05
  private static final Pattern MARKER = Pattern.compile("<sup>\\d+</sup>|(?<=[a-z,])\\d{1,2}\\b");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static List<Path> seeds() {
    return Fixtures.seeds();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void mutantsOfASeedNeverBreakTheExtractor(Path seed) throws IOException {
    String original = Files.readString(seed);
    SplittableRandom random = new SplittableRandom(seed.getFileName().toString().hashCode());
    for (int i = 0; i < MUTANTS_PER_SEED; i++) {
      String text = original;
      int mutations = random.nextInt(1, 4);
      for (int m = 0; m < mutations; m++) {
        text = mutate(text, random);
      }
      byte[] bytes = encode(text, random);
      check(seed + " mutant " + i, bytes);
    }
  }

  private static void check(String name, byte[] bytes) {
    String decoded;
    try {
      decoded = SourceDecoder.decode(bytes);
    } catch (UnreadableDocumentException e) {
      return; // a clean, one-line refusal is a correct outcome for a damaged file
    }
    long start = THREADS.getCurrentThreadCpuTime();
    Document d = Fixtures.EXTRACTOR.extractText("mutant.txt", decoded);
    long nanos = THREADS.getCurrentThreadCpuTime() - start;
    assertThat(nanos)
        .as("%s: CPU time for %d bytes", name, bytes.length)
        .isLessThan(50_000_000L + NANOS_PER_KB * (bytes.length / 1024));
    for (Reference r : d.references()) {
      assertThat(r.span().end()).as(name).isLessThanOrEqualTo(decoded.length());
      assertThat(decoded.substring(r.span().start(), r.span().end())).as(name).isEqualTo(r.text());
    }
  }

  private static String mutate(String text, SplittableRandom random) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(7)) {
      case 0 -> text.substring(0, at); // truncated
      case 1 -> deleteSpaces(text, random);
      case 2 -> doubleMarkers(text);
      case 3 -> text.replace("\n", random.nextBoolean() ? "\r\n" : "\n\n"); // line endings
      case 4 -> { // a line doubled
        int end = text.indexOf('\n', at);
        int begin = text.lastIndexOf('\n', at) + 1;
        yield end < 0 ? text : text.substring(0, end) + "\n" + text.substring(begin);
      }
      case 5 -> { // a stretch dropped
        int end = Math.min(text.length(), at + random.nextInt(1, 2000));
        yield text.substring(0, at) + text.substring(end);
      }
      default -> text.substring(at) + text.substring(0, at); // rotated
    };
  }

  private static String deleteSpaces(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' || random.nextInt(4) != 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String doubleMarkers(String text) {
    Matcher m = MARKER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 100);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group() + m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** UTF-8, UTF-16 with a mark, Windows-1252, or a mix of UTF-8 and Windows-1252 in one file. */
  private static byte[] encode(String text, SplittableRandom random) {
    Charset cp1252 = Charset.forName("windows-1252");
    switch (random.nextInt(4)) {
      case 0:
        return text.getBytes(StandardCharsets.UTF_8);
      case 1:
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return utf16.toByteArray();
      case 2:
        return text.getBytes(cp1252);
      default:
        int half = text.length() / 2;
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(text.substring(0, half).getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(text.substring(half).getBytes(cp1252));
        return mixed.toByteArray();
    }
  }
}
