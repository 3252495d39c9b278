package org.citegraph.bench;

/**
 * Counts of distinct (document, kind, key) triples for one kind.
 *
 * @param expected how many the manifest lists
 * @param found how many the extractor gave
 * @param correct how many are in both
 */
public record KindScore(long expected, long found, long correct) {
  public double precision() {
    return found == 0 ? 0 : (double) correct / found;
  }

  public double recall() {
    return expected == 0 ? 0 : (double) correct / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  KindScore plus(KindScore other) {
    return new KindScore(expected + other.expected, found + other.found, correct + other.correct);
  }
}
