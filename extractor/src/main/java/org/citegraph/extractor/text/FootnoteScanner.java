package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds footnote bodies in the two shapes UN texts take: lines that open with a superscript number
 * anywhere in a markdown conversion ({@code <sup>5</sup> Resolutions ...}, also mangled as {@code
 * <sup>&</sup>lt;sup>5</sup>} or {@code $<sup>^{10}</sup>$}), and, in Official Document System
 * text, a run of lines numbered 1, 2, 3 ... ({@code 1 United Nations, Treaty Series ...}) after the
 * operative part.
 */
public final class FootnoteScanner {
  // "<sup>&</sup>lt;sup>5</sup> Resolutions 55/67", "<sup>8</sup> E/2002/68/Add.1.",
  // "$<sup>^{10}</sup>$  See Official Records"
  private static final Pattern SUPERSCRIPT_BODY =
      Pattern.compile(
          "^[ \\t>]*\\$?[ \\t]*<sup>(?:&</sup>lt;sup>)?(?:\\^\\{)?(\\d{1,3})\\}?</sup>\\$?[ \\t]*(\\S.*?)\\s*$");
  // "1 United Nations, Treaty Series, vol. 2225, No. 39574." (the number alone, then text)
  private static final Pattern NUMBERED_BODY =
      Pattern.compile("^[ \\t]*(\\d{1,3})[ \\t]+([^\\d\\s.].*?)\\s*$");

  private FootnoteScanner() {}

  /** Superscript-marked bodies anywhere, plus the numbered run found after {@code from}. */
  public static List<Footnote> scan(String text, List<Line> lines, int from) {
    List<Footnote> found = new ArrayList<>();
    boolean[] taken = new boolean[lines.size()];
    for (Line line : lines) {
      Matcher m = match(SUPERSCRIPT_BODY, text, line);
      if (m != null) {
        found.add(footnote(m, line, false));
        taken[line.index()] = true;
      }
    }
    found.addAll(numberedRun(text, lines, from, taken));
    return found;
  }

  /**
   * The longest run of lines numbered 1, 2, 3 ... (blank lines allowed between them) that starts
   * after {@code from}.
   */
  private static List<Footnote> numberedRun(
      String text, List<Line> lines, int from, boolean[] taken) {
    List<Footnote> best = List.of();
    for (Line line : lines) {
      if (line.start() < from || taken[line.index()]) {
        continue;
      }
      Matcher m = match(NUMBERED_BODY, text, line);
      if (m == null || !m.group(1).equals("1") || isDate(text, line)) {
        continue;
      }
      List<Footnote> run = new ArrayList<>();
      run.add(footnote(m, line, true));
      for (int i = line.index() + 1; i < lines.size(); i++) {
        Line next = lines.get(i);
        if (Lines.isBlank(text, next)) {
          continue;
        }
        Matcher n = match(NUMBERED_BODY, text, next);
        if (n == null || Integer.parseInt(n.group(1)) != run.size() + 1) {
          break;
        }
        run.add(footnote(n, next, true));
      }
      if (run.size() > best.size()) {
        best = run;
      }
    }
    return best;
  }

  /**
   * A line that is a date alone, such as the plenary meeting's "1 December 1998" above the notes of
   * an ODS text, opens no footnote, however much it looks like note 1.
   */
  private static boolean isDate(String text, Line line) {
    return Months.DATE.matcher(text.substring(line.start(), line.end()).strip()).matches();
  }

  private static @Nullable Matcher match(Pattern pattern, String text, Line line) {
    if (line.end() - line.start() > 5000 || !mayOpenFootnote(pattern, text, line)) {
      return null;
    }
    Matcher m = pattern.matcher(text).region(line.start(), line.end());
    m.useAnchoringBounds(true);
    return m.matches() ? m : null;
  }

  /** A cheap look at the first character before running the expression on every line. */
  private static boolean mayOpenFootnote(Pattern pattern, String text, Line line) {
    int i = line.start();
    while (i < line.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == line.end()) {
      return false;
    }
    char c = text.charAt(i);
    return pattern == NUMBERED_BODY ? c >= '0' && c <= '9' : c == '<' || c == '$' || c == '>';
  }

  private static Footnote footnote(Matcher m, Line line, boolean endnote) {
    return new Footnote(
        Integer.parseInt(m.group(1)),
        new Span(m.start(2), m.end(2)),
        new Span(line.start(), line.end()),
        endnote);
  }
}
