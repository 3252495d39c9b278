package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Extraction time grows linearly with the input, even on text made to trip regular expressions:
 * runs of digits, slashes, "vol.", "No.", "Ibid." and footnote numbers (issue 2: a 10 MB file in
 * under a second). Time is the test thread's CPU time, best of three runs after a warm-up, so that
 * other processes on a shared machine do not decide the outcome.
 */
class PathologicalInputTest {
  private static final int MEGABYTE = 1 << 20;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void tenMegabytesOfPathologicalTextFinishInUnderASecondAndTimeGrowsLinearly() {
    String small = pathological(MEGABYTE);
    String large = pathological(10 * MEGABYTE);
    bestOf(2, small); // warm-up
    long one = bestOf(3, small);
    long ten = bestOf(3, large);
    System.out.printf(
        "pathological text: 1 MB %d ms, 10 MB %d ms CPU (best of 3)%n",
        one / 1_000_000, ten / 1_000_000);
    assertThat(ten).isLessThan(1_000_000_000L);
    assertThat(ten).as("10 MB against 10 x 1 MB").isLessThan(25 * Math.max(one, 1_000_000L));
  }

  /**
   * The seeds one after another, as a single document: every rule fires thousands of times, so a
   * rule that rescans the rest of the text at each hit (once, the Treaty Series lists did) shows.
   */
  @Test
  void aLongDocumentOfRealTextCostsInProportionToItsLength() throws IOException {
    StringBuilder seeds = new StringBuilder();
    for (Path seed : Fixtures.seeds()) {
      seeds.append(Files.readString(seed)).append("\n\n");
    }
    String one = repeat(seeds, MEGABYTE);
    String eight = repeat(seeds, 8 * MEGABYTE);
    bestOf(2, one); // warm-up
    long small = bestOf(3, one);
    long large = bestOf(2, eight);
    System.out.printf(
        "seeds repeated: 1 MB %d ms, 8 MB %d ms CPU%n", small / 1_000_000, large / 1_000_000);
    assertThat(large).as("8 MB against 8 x 1 MB").isLessThan(16 * Math.max(small, 1_000_000L));
  }

  private static String repeat(CharSequence unit, int size) {
    StringBuilder text = new StringBuilder(size + unit.length());
    while (text.length() < size) {
      text.append(unit);
    }
    return text.toString();
  }

  private static long bestOf(int runs, String text) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long start = THREADS.getCurrentThreadCpuTime();
      assertThat(Fixtures.EXTRACTOR.extractText("pathological.txt", text)).isNotNull();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return best;
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
