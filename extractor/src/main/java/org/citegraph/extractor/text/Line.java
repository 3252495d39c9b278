package org.citegraph.extractor.text;

/** One line of the source: {@code [start, end)} excludes the line break (and a CR before it). */
public record Line(int index, int start, int end) {
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
