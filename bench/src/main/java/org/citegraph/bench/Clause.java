package org.citegraph.bench;

import java.util.List;

/**
 * One paragraph: its opening phrase and the rest.
 *
 * @param opening the phrase as written ({@code Recalling also})
 * @param rest the text after the phrase, starting with a space
 */
record Clause(String opening, List<Piece> rest) {
  Clause {
    rest = List.copyOf(rest);
  }

  /** The characters of the paragraph, markers excluded: for sizing. */
  int length() {
    int n = opening.length();
    for (Piece piece : rest) {
      if (piece instanceof Piece.Text text) {
        n += text.text().length();
      }
    }
    return n;
  }
}
