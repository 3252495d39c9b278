package org.citegraph.bench;

import java.util.SplittableRandom;

/**
 * A Model-UN resolution: no symbol and no footnotes, the session in words, "Resolution #N", a
 * title, plain preambular phrases and numbered operative paragraphs with italic verbs.
 */
final class ModelUnRenderer implements Renderer {
  @Override
  public String render(SyntheticResolution r, SplittableRandom random) {
    StringBuilder s = new StringBuilder(24_000);
    s.append("\n\nUnited Nations\n\n\n\nGeneral Assembly\n\n");
    s.append(UnCalendar.sessionWords(r.session())).append(" Session\n\n");
    s.append("Resolution #").append(r.number()).append("\n\n");
    s.append(r.title()).append("\n\nThe General Assembly,\n\n");
    for (Clause clause : r.preamble()) {
      s.append(clause.opening());
      text(s, clause);
      s.append("\n\n");
    }
    int n = 1;
    for (Clause clause : r.operative()) {
      s.append(n++).append(". *").append(clause.opening()).append('*');
      text(s, clause);
      s.append(random.nextInt(5) == 0 ? "\n\n" : "\n");
    }
    return s.toString();
  }

  private static void text(StringBuilder s, Clause clause) {
    for (Piece piece : clause.rest()) {
      if (piece instanceof Piece.Text t) {
        s.append(t.text());
      } else if (piece instanceof Piece.Marker) {
        throw new IllegalStateException("a Model-UN text has no footnotes");
      }
    }
  }
}
