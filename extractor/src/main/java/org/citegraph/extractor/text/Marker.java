package org.citegraph.extractor.text;

import org.citegraph.extractor.model.Span;

/**
 * A footnote marker in the text: {@code <sup>5</sup>}, a number glued to a word, or {@code , 5}.
 */
public record Marker(int number, Span span, Shape shape) {
  /** How the marker is written, from the most to the least certain. */
  public enum Shape {
    SUPERSCRIPT,
    GLUED,
    SPACED
  }
}
