package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.citegraph.extractor.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Extraction time grows linearly with the input, even on text made to trip regular expressions:
 * runs of digits, slashes, "vol.", "No.", "Ibid." and footnote numbers. The issue asks for a 10 MB
 * file to finish in under a second; the best of three runs is checked, after a warm-up, so that the
 * test measures the extractor and not the JIT.
 */
class PathologicalInputTest {
  private static final int MEGABYTE = 1 << 20;

  @Test
  void tenMegabytesOfPathologicalTextFinishInUnderASecond() {
    String text = pathological(10 * MEGABYTE);
    Fixtures.EXTRACTOR.extractText("warm-up.txt", pathological(MEGABYTE));
    long best = Long.MAX_VALUE;
    Document d = null;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      d = Fixtures.EXTRACTOR.extractText("pathological.txt", text);
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf("10 MB of pathological text: best of 3 runs %d ms%n", best / 1_000_000);
    assertThat(d).isNotNull();
    assertThat(best).isLessThan(1_000_000_000L);
  }

  static String pathological(int size) {
    String[] pieces = {
      "1/1/1/1/1/1/1/1/1/1/1/1/",
      "A/1/2/3/4/5/6/7/8/9/",
      "vol. 1, No. ",
      "Ibid., vol. 2, No. 3",
      "Ibid.",
      "11111111111111111111",
      "resolutions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ",
      "resolution 64/178 and 64/179 and 64/180 and ",
      "<sup>1</sup>",
      "1 ",
      "\n1 Ibid.\n",
      "No. No. No. vol. vol. ",
      "(((((((",
      "Convention on the Convention of the Convention ",
      "United Nations, Treaty Series, vol. ",
      ", 2 , 3 , 4 ",
      "\n\t1.\tUrges ",
      "Recalling "
    };
    SplittableRandom random = new SplittableRandom(42);
    StringBuilder text = new StringBuilder(size + 100);
    text.append("The General Assembly,\n");
    while (text.length() < size) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
