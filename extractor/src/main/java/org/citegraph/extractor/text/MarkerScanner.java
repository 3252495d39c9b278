package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.text.Marker.Shape;

/**
 * Finds footnote markers in clause text and keeps those that fit the footnotes the document has:
 * {@code <sup>5</sup>} always; a number glued to a word ("Crime1", "Persons,18", "(No. 105)16")
 * when it is the next footnote or re-uses an earlier one; a number set off by a space after a comma
 * ("Development, 1 which") only when it is the next footnote. Up to {@value #MAX_LOST} markers in a
 * row may have been lost in conversion.
 */
final class MarkerScanner {
  static final int MAX_LOST = 3;

  private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>(\\d{1,3})</sup>");
  // A number glued to a lower-case letter or closing punctuation, not part of a longer token.
  private static final Pattern GLUED =
      Pattern.compile("(?<=[\\p{Ll},.;:)\\]”’\"'])(\\d{1,3})(?![\\p{L}\\d/]|[.,-]\\d)");
  // ", 5 the Protocol" or ", 14" at the end of a line.
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<=[,;:.)”’\"])[ \\t]+(\\d{1,3})(?=[ \\t]+[\\p{Ll}(]|[ \\t]*$)", Pattern.MULTILINE);

  /** Abbreviations that a number follows after a full stop without being a footnote. */
  private static final Set<String> NUMBERED_ABBREVIATIONS =
      Set.of(
          "corr", "add", "rev", "l", "c", "wg", "cn", "sub", "ac", "crp", "inf", "pv", "sr", "no",
          "nos", "vol", "para", "paras", "p", "pp", "chap", "sect", "art", "arts", "op", "amend",
          "res", "dec", "misc", "ga", "s", "e", "a");

  private MarkerScanner() {}

  static List<Marker> scan(String text, List<Span> segments, Set<Integer> footnotes) {
    List<Marker> candidates = new ArrayList<>();
    for (Span segment : segments) {
      collect(text, segment, SUPERSCRIPT, Shape.SUPERSCRIPT, candidates);
      collect(text, segment, GLUED, Shape.GLUED, candidates);
      collect(text, segment, SPACED, Shape.SPACED, candidates);
    }
    candidates.sort(Comparator.comparingInt((Marker m) -> m.span().start()));
    List<Marker> accepted = new ArrayList<>();
    Set<Integer> anchored = new HashSet<>();
    int highest = 0;
    int lastEnd = -1;
    for (Marker m : candidates) {
      int n = m.number();
      if (!footnotes.contains(n) || m.span().start() < lastEnd || !fits(text, m)) {
        continue;
      }
      boolean next = n > highest && n <= highest + 1 + MAX_LOST;
      boolean reuse = anchored.contains(n) && m.shape() != Shape.SPACED;
      if (m.shape() == Shape.SUPERSCRIPT || next || reuse) {
        accepted.add(m);
        anchored.add(n);
        highest = Math.max(highest, n);
        lastEnd = m.span().end();
      }
    }
    return accepted;
  }

  private static void collect(
      String text, Span segment, Pattern pattern, Shape shape, List<Marker> into) {
    Matcher m = pattern.matcher(text).region(segment.start(), segment.end());
    m.useTransparentBounds(true);
    while (m.find()) {
      into.add(new Marker(Integer.parseInt(m.group(1)), new Span(m.start(1), m.end(1)), shape));
    }
  }

  /** Rejects glued numbers that belong to an abbreviation ("Corr.1", "vol.2"). */
  private static boolean fits(String text, Marker m) {
    if (m.shape() != Shape.GLUED) {
      return true;
    }
    int dot = m.span().start() - 1;
    if (text.charAt(dot) != '.') {
      return true;
    }
    int wordStart = dot;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    return !word.isEmpty() && !NUMBERED_ABBREVIATIONS.contains(word);
  }
}
