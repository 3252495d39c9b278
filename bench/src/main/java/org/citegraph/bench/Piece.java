package org.citegraph.bench;

/** A run of a paragraph: text, a footnote marker, or a seam where a page may break. */
sealed interface Piece {
  /** Plain text. */
  record Text(String text) implements Piece {}

  /** The marker of footnote {@code number}, glued to the text before it. */
  record Marker(int number) implements Piece {}

  /**
   * A point between two phrases where a PDF page may have broken; never inside a name, so a
   * renderer may put a page break or footnote bodies here.
   */
  record Seam() implements Piece {}
}
