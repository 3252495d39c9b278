package org.citegraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Markdown converted from the PDF of a resolution or a draft: {@code <sup>N</sup>} markers,
 * footnote bodies ({@code <sup>&</sup>lt;sup>N</sup> text}) printed between paragraphs where the
 * page ended, sometimes out of order or inside a paragraph broken by the page, italic clause
 * phrases, headings, and the symbol mangled into LaTeX ({@code $A_{\rm /RES/70/179}$}).
 */
final class MarkdownRenderer implements Renderer {
  @Override
  public String render(SyntheticResolution r, SplittableRandom random) {
    Page page = new Page(r, random);
    StringBuilder s = page.out;
    masthead(s, r, random);
    s.append(r.draft() ? "## The General Assembly,\n\n" : "The General Assembly,\n\n");
    for (Clause clause : r.preamble()) {
      page.paragraph("", clause);
    }
    boolean dashes = random.nextBoolean();
    int n = 1;
    for (Clause clause : r.operative()) {
      page.paragraph((dashes ? "- " : "") + n++ + ". ", clause);
    }
    page.flush();
    if (r.adopted() != null) {
      s.append(UnCalendar.ordinal(r.plenaryMeeting())).append(" plenary meeting ");
      s.append(UnCalendar.date(r.adopted())).append('\n');
    }
    return s.toString();
  }

  private static void masthead(StringBuilder s, SyntheticResolution r, SplittableRandom random) {
    String symbol = r.symbol();
    if (symbol != null) {
      String shown =
          random.nextInt(10) < 6
              ? "$" + symbol.charAt(0) + "_{\\rm " + symbol.substring(1) + "}$"
              : symbol;
      s.append("**United Nations**  ").append(shown).append(" \n\n\n\n");
    } else {
      s.append("\n\n");
    }
    String session = UnCalendar.sessionWords(r.session()) + " session";
    if (r.draft()) {
      s.append("Distr.: Limited ").append(UnCalendar.date(r.distributed())).append("\n\n");
      s.append("Original: English\n\n");
      s.append(session).append(" Third Committee Agenda item ").append(r.agendaItem());
      s.append(' ').append(r.agendaTitle()).append("\n\n");
      List<String> names = r.sponsors().stream().map(MemberState::name).toList();
      s.append("## ").append(CitationWriter.joinWords(names));
      s.append(random.nextBoolean() ? ": draft resolution\n\n" : ": revised draft resolution\n\n");
      s.append("## ").append(r.title()).append("\n\n");
      return;
    }
    s.append("Distr.: General ").append(UnCalendar.date(r.distributed())).append("\n\n");
    s.append(session).append(" Agenda item ").append(r.agendaItem()).append("\n\n");
    if (r.adopted() != null) {
      s.append("## Resolution adopted by the General Assembly on ");
      s.append(UnCalendar.date(r.adopted())).append("\n\n");
    }
    if (r.report() != null) {
      s.append(
          r.committee()
              ? "[on the report of the Third Committee (" + r.report() + ")]\n\n"
              : "[without reference to a Main Committee (" + r.report() + ")]\n\n");
    }
    s.append("## ").append(r.session()).append('/').append(r.number()).append(". ");
    s.append(r.title()).append("\n\n");
  }

  /** The text so far and the footnotes whose markers are printed but whose bodies are not. */
  private static final class Page {
    final StringBuilder out = new StringBuilder(26_000);
    final SyntheticResolution r;
    final SplittableRandom random;
    final List<Integer> pending = new ArrayList<>();
    final Set<Integer> seen = new HashSet<>();

    Page(SyntheticResolution r, SplittableRandom random) {
      this.r = r;
      this.random = random;
    }

    void paragraph(String prefix, Clause clause) {
      out.append(prefix);
      boolean italic = random.nextInt(10) < 8;
      out.append(italic ? "*" + clause.opening() + "*" : clause.opening());
      for (Piece piece : clause.rest()) {
        if (piece instanceof Piece.Text t) {
          out.append(t.text());
        } else if (piece instanceof Piece.Marker m) {
          marker(m.number());
        } else if (random.nextInt(40) == 0) {
          out.append("\n\n");
          flush();
        }
      }
      out.append("\n\n");
      if (pending.size() >= 4 || !pending.isEmpty() && random.nextInt(10) < 3) {
        flush();
      }
    }

    private void marker(int number) {
      out.append(random.nextInt(20) == 0 ? " " + number : "<sup>" + number + "</sup>");
      if (seen.add(number)) {
        pending.add(number);
      }
    }

    /** Prints the pending footnote bodies, sometimes the last first, as PDF columns come out. */
    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      if (pending.size() > 1 && random.nextInt(5) == 0) {
        pending.add(0, pending.remove(pending.size() - 1));
      }
      for (int number : pending) {
        Footnote note = r.footnotes().get(number - 1);
        int form = random.nextInt(20);
        String mark =
            form < 15
                ? "<sup>&</sup>lt;sup>" + number + "</sup>"
                : form < 19 ? "<sup>" + number + "</sup>" : "$<sup>^{" + number + "}</sup>$ ";
        out.append(mark).append(' ').append(note.text(true)).append("\n\n");
      }
      if (random.nextBoolean()) {
        out.append("\n\n\n");
      }
      pending.clear();
    }
  }
}
