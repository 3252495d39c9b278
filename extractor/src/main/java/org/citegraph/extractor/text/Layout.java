package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The structure of one document: its header (up to the enacting formula "The General Assembly,"),
 * its clauses, its footnote bodies and the markers that anchor them, and the trailer (plenary
 * meeting line, Official Document System footer). Every offset of the text falls in one {@link
 * Zone}.
 */
public final class Layout {
  /** The part of a document an offset falls in. */
  public enum Zone {
    HEADER,
    CLAUSE,
    FOOTNOTE,
    TRAILER
  }

  // "The General Assembly,", "## The Human Rights Council,"
  private static final Pattern ENACTING_FORMULA =
      Pattern.compile("^[ \\t#*>]*The ([A-Z][\\p{L}’' -]{2,90}?)[ \\t*]*,[ \\t*]*$");
  // "60th plenary meeting", "80th plenary meeting 17 December 2015"
  private static final Pattern PLENARY =
      Pattern.compile("^[ \\t]*\\d{1,4}(?:st|nd|rd|th)[ \\t]+(?:plenary[ \\t]+)?meeting\\b");

  private final String text;
  private final List<Line> lines;
  private final @Nullable Line formula;
  private final int headerEnd;
  private final int bodyEnd;
  private final List<Footnote> footnotes;
  private final Map<Integer, Footnote> footnotesByNumber;
  private final List<Clause> clauses;
  private final List<Marker> markers;
  private final Map<Integer, List<Anchor>> anchors;
  private final int[] footnoteLineStarts;
  private final TreeMap<Integer, Clause> clausesBySegmentStart = new TreeMap<>();

  private Layout(String text, ClauseVerbs verbs) {
    this.text = text;
    this.lines = Lines.of(text);
    this.formula = find(ENACTING_FORMULA, 0);
    this.headerEnd = formula == null ? 0 : formula.end();
    this.footnotes =
        FootnoteScanner.scan(text, lines, headerEnd).stream()
            .sorted(Comparator.comparingInt((Footnote f) -> f.line().start()))
            .toList();
    this.footnoteLineStarts = footnotes.stream().mapToInt(f -> f.line().start()).toArray();
    this.footnotesByNumber = new HashMap<>();
    footnotes.forEach(f -> footnotesByNumber.putIfAbsent(f.number(), f));
    Line plenary = find(PLENARY, headerEnd);
    int end = plenary == null ? text.length() : plenary.start();
    int firstTrailingFootnote = firstNumberedFootnoteAfterText();
    this.bodyEnd = Math.min(end, firstTrailingFootnote);
    this.clauses = new ClauseSegmenter(verbs).segment(text, bodyLines());
    for (Clause clause : clauses) {
      clause.segments().forEach(s -> clausesBySegmentStart.put(s.start(), clause));
    }
    List<Span> segments = clauses.stream().flatMap(c -> c.segments().stream()).toList();
    Set<Integer> numbers = footnotesByNumber.keySet();
    this.markers = MarkerScanner.scan(text, segments, numbers);
    this.anchors =
        markers.stream()
            .collect(
                Collectors.groupingBy(
                    Marker::number,
                    Collectors.mapping(
                        m -> new Anchor(m, clauseAt(m.span().start())), Collectors.toList())));
  }

  public static Layout read(String text, ClauseVerbs verbs) {
    return new Layout(text, verbs);
  }

  public String text() {
    return text;
  }

  public List<Line> lines() {
    return lines;
  }

  /** The line "The General Assembly," (or another body's formula), or null. */
  public @Nullable Line formula() {
    return formula;
  }

  /** The body named in the enacting formula, e.g. "General Assembly", or null. */
  public @Nullable String enactingBody() {
    if (formula == null) {
      return null;
    }
    Matcher m = ENACTING_FORMULA.matcher(text).region(formula.start(), formula.end());
    return m.matches() ? m.group(1).trim() : null;
  }

  public int headerEnd() {
    return headerEnd;
  }

  public int bodyEnd() {
    return bodyEnd;
  }

  public List<Footnote> footnotes() {
    return footnotes;
  }

  public @Nullable Footnote footnote(int number) {
    return footnotesByNumber.get(number);
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public List<Marker> markers() {
    return markers;
  }

  /** Where footnote {@code number}'s markers stand, in the order of the text; empty if lost. */
  public List<Anchor> anchors(int number) {
    return anchors.getOrDefault(number, List.of());
  }

  public Zone zoneAt(int offset) {
    if (footnoteAt(offset) != null) {
      return Zone.FOOTNOTE;
    }
    if (offset < headerEnd) {
      return Zone.HEADER;
    }
    return offset < bodyEnd ? Zone.CLAUSE : Zone.TRAILER;
  }

  /** The footnote whose line holds {@code offset}, or null. */
  public @Nullable Footnote footnoteAt(int offset) {
    int i = Arrays.binarySearch(footnoteLineStarts, offset);
    int index = i >= 0 ? i : -i - 2;
    if (index < 0) {
      return null;
    }
    Footnote f = footnotes.get(index);
    return offset < f.line().end() ? f : null;
  }

  /** The clause one of whose segments holds {@code offset}, or null. */
  public @Nullable Clause clauseAt(int offset) {
    Map.Entry<Integer, Clause> entry = clausesBySegmentStart.floorEntry(offset);
    if (entry == null) {
      return null;
    }
    for (Span segment : entry.getValue().segments()) {
      if (segment.start() <= offset && offset <= segment.end()) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The line holding {@code offset}. */
  public Line lineAt(int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lines.isEmpty() ? new Line(0, 0, text.length()) : lines.get(lo);
  }

  private List<Line> bodyLines() {
    List<Line> body = new ArrayList<>();
    for (Line line : lines) {
      if (line.start() >= headerEnd
          && line.start() < bodyEnd
          && !Lines.isBlank(text, line)
          && footnoteAt(line.start()) == null) {
        body.add(line);
      }
    }
    return body;
  }

  /** Start of the first footnote of a numbered run printed after the text (ODS), else the end. */
  private int firstNumberedFootnoteAfterText() {
    for (Footnote f : footnotes) {
      if (f.endnote()) {
        return f.line().start();
      }
    }
    return text.length();
  }

  private @Nullable Line find(Pattern pattern, int from) {
    for (Line line : lines) {
      if (line.start() >= from && line.end() - line.start() < 400) {
        Matcher m = pattern.matcher(text).region(line.start(), line.end());
        if (m.lookingAt()) {
          return line;
        }
      }
    }
    return null;
  }
}
