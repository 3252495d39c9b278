package org.citegraph.extractor.model;

/**
 * A half-open range {@code [start, end)} of character offsets (Java {@code char} units) in the
 * decoded text of the source file (byte-order mark removed, line endings kept as they were).
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span " + start + ".." + end + " is inverted or negative");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
