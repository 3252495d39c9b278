package org.citegraph.bench;

import java.util.SplittableRandom;

/**
 * The plain text the Official Document System gives for an adopted resolution: tab-indented
 * paragraphs, footnote numbers glued to the words, footnotes after the plenary meeting line, then
 * the ODS template's footer: job numbers ({@code 12-49000}, {@code *1249000*}), the symbol, the
 * session in words, page numbers ({@code 2/2}).
 */
final class OdsRenderer implements Renderer {
  @Override
  public String render(SyntheticResolution r, SplittableRandom random) {
    StringBuilder s = new StringBuilder(24_000);
    String symbol = r.symbol() == null ? "" : r.symbol();
    if (random.nextBoolean()) {
      s.append("[DU1]\n");
    }
    s.append("Resolution adopted by the General Assembly on ")
        .append(UnCalendar.date(r.adopted() == null ? r.distributed() : r.adopted()))
        .append('\n');
    if (r.report() != null) {
      s.append(
          r.committee()
              ? "[on the report of the Third Committee (" + r.report() + ")]\n"
              : "[without reference to a Main Committee (" + r.report() + ")]\n");
    }
    s.append(r.session()).append('/').append(r.number()).append(".\t").append(r.title());
    s.append("\n\n\n\tThe General Assembly,\n");
    for (Clause clause : r.preamble()) {
      s.append('\t');
      paragraph(s, clause, random);
      s.append('\n');
    }
    int n = 1;
    for (Clause clause : r.operative()) {
      s.append('\t').append(n++).append(".\t");
      paragraph(s, clause, random);
      s.append('\n');
    }
    s.append('\n').append(UnCalendar.ordinal(r.plenaryMeeting())).append(" plenary meeting\n");
    if (r.adopted() != null) {
      s.append(UnCalendar.date(r.adopted())).append('\n');
    }
    s.append('\n');
    for (Footnote note : r.footnotes()) {
      s.append(note.number()).append(' ').append(note.text(false));
      s.append(random.nextInt(4) == 0 ? " \n" : "\n");
    }
    footer(s, r, symbol, random);
    return s.toString();
  }

  private static void paragraph(StringBuilder s, Clause clause, SplittableRandom random) {
    s.append(clause.opening());
    for (Piece piece : clause.rest()) {
      if (piece instanceof Piece.Text t) {
        s.append(t.text());
      } else if (piece instanceof Piece.Marker m) {
        s.append(m.number());
      } else if (random.nextInt(60) == 0) {
        s.append(" \n");
      }
    }
  }

  private static void footer(
      StringBuilder s, SyntheticResolution r, String symbol, SplittableRandom random) {
    int yy = r.distributed().getYear() % 100;
    int job = random.nextInt(40_000, 70_000);
    String digits = String.format("%02d%05d", yy, job);
    s.append("[DU1]<<ODS JOB NO>>N").append(digits).append("E<<ODS JOB NO>>\n");
    s.append("<<ODS DOC SYMBOL1>>").append(symbol).append("<<ODS DOC SYMBOL1>>\n");
    s.append("<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>\n");
    s.append("_______________\n\n");
    s.append("------------------------------------------------------------\n\n---------------\n\n");
    int pages = Math.max(2, s.length() / 3_500);
    s.append(pages).append("\n    \n\n").append(pages).append("\n\n");
    s.append("United Nations").append(symbol).append("General AssemblyDistr.: General\n");
    s.append(UnCalendar.date(r.distributed()))
        .append(UnCalendar.sessionWords(r.session()))
        .append(" session\n");
    s.append("Agenda item ").append(r.agendaItem()).append("\n\n");
    s.append(String.format("%02d-%05d", yy, job)).append('\n');
    s.append('*').append(digits).append("*Please recycle \n\n");
    s.append(symbol).append(r.title()).append("\n\n");
    s.append(r.title()).append(symbol).append("\n\n");
    s.append(random.nextInt(2, pages + 1)).append('/').append(pages).append("\n\n");
    s.append(random.nextInt(2, pages + 2)).append('/').append(pages + 1).append('\n');
  }
}
