package org.citegraph.bench;

import java.util.SplittableRandom;

/**
 * How often a paragraph that could cite something does. The same seed draws the same random numbers
 * at every density; only the thresholds differ, so a {@link #DENSE} corpus is the same bytes as
 * before densities existed.
 */
public enum Density {
  /**
   * As the seeds, Third Committee texts: about 19 resolution and decision citations a document, 60
   * citation places. A stress test for the extractor and the loader.
   */
  DENSE(100),

  /**
   * As the General Assembly record as a whole: about 18,000 resolutions and 77,000
   * cross-references, some 4 resolution and decision citations a document. Documents keep their
   * size (5-25 KB); paragraphs that do not cite get filler.
   */
  RECORD(22);

  private final int percent;

  Density(int percent) {
    this.percent = percent;
  }

  /** True with {@code chance} percent at {@link #DENSE}, scaled down at other densities. */
  boolean cites(SplittableRandom random, int chance) {
    return random.nextInt(100) < Math.round(chance * percent / 100f);
  }

  /** The name as typed on the command line: {@code record}, {@code dense}. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
