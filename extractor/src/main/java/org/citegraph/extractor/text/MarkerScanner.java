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
 * when it is the next footnote or re-uses an earlier one (glued to a capital, only the next); a
 * number set off by a space after a comma ("Development, 1 which") only when it is the next
 * footnote. Up to {@value #MAX_LOST} markers in a row may have been lost in conversion.
 */
final class MarkerScanner {
  static final int MAX_LOST = 3;

  private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>(\\d{1,3})</sup>");
  // A number glued to a lower-case letter or closing punctuation, not part of a longer token.
  private static final Pattern GLUED =
      Pattern.compile("(?<=[\\p{L},.;:)\\]”’\"'])(\\d{1,3})(?![\\p{L}\\d/]|[.,-]\\d)");
  // ", 5 the Protocol" or ", 14" at the end of a line.
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<=[,;:.)”’\"])[ \\t]+(\\d{1,3})(?=[ \\t]+[\\p{Ll}(]|[ \\t]*$)", Pattern.MULTILINE);

  /** The characters GLUED's look-behind accepts besides letters, and those SPACED's accepts. */
  private static final String GLUED_AFTER = ",.;:)]”’\"'";

  private static final String SPACED_AFTER = ",;:.)”’\"";

  /** Abbreviations that a number follows after a full stop without being a footnote. */
  private static final Set<String> NUMBERED_ABBREVIATIONS =
      Set.of(
          "corr", "add", "rev", "l", "c", "wg", "cn", "sub", "ac", "crp", "inf", "pv", "sr", "no",
          "nos", "vol", "para", "paras", "p", "pp", "chap", "sect", "art", "arts", "op", "amend",
          "res", "dec", "misc", "ga", "s", "e", "a");

  private MarkerScanner() {}

  static List<Marker> scan(String text, List<Span> segments, Set<Integer> footnotes) {
    if (footnotes.isEmpty()) {
      return List.of();
    }
    List<Marker> candidates = new ArrayList<>();
    Matcher superscript = SUPERSCRIPT.matcher(text);
    Matcher glued = GLUED.matcher(text).useTransparentBounds(true);
    Matcher spaced = SPACED.matcher(text).useTransparentBounds(true);
    for (Span segment : segments) {
      for (int i = segment.start(); i < segment.end(); i++) {
        char c = text.charAt(i);
        if (c == '<') {
          superscript.region(i, segment.end());
          if (superscript.lookingAt()) {
            candidates.add(marker(superscript, Shape.SUPERSCRIPT));
            i = superscript.end() - 1;
          }
        } else if (isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
          // the expressions run only where a number starts
          // and only after a character their look-behinds accept
          if (i > 0
              && mayPrecedeGlued(text.charAt(i - 1))
              && glued.region(i, segment.end()).lookingAt()) {
            candidates.add(marker(glued, Shape.GLUED));
          } else {
            int blank = i;
            while (blank > segment.start() && isBlank(text.charAt(blank - 1))) {
              blank--;
            }
            if (blank < i
                && blank > 0
                && SPACED_AFTER.indexOf(text.charAt(blank - 1)) >= 0
                && spaced.region(blank, segment.end()).lookingAt()) {
              candidates.add(marker(spaced, Shape.SPACED));
            }
          }
        }
      }
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
      boolean reuse = anchored.contains(n) && m.shape() != Shape.SPACED && !afterCapital(text, m);
      if (m.shape() == Shape.SUPERSCRIPT || next || reuse) {
        accepted.add(m);
        anchored.add(n);
        highest = Math.max(highest, n);
        lastEnd = m.span().end();
      }
    }
    return accepted;
  }

  private static Marker marker(Matcher m, Shape shape) {
    return new Marker(Integer.parseInt(m.group(1)), new Span(m.start(1), m.end(1)), shape);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean mayPrecedeGlued(char c) {
    // a surrogate may end a letter outside the BMP, which \\p{L} accepts
    return Character.isLetter(c) || Character.isSurrogate(c) || GLUED_AFTER.indexOf(c) >= 0;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * A number glued to a capital ("ILO3", but also "G20", "CO2") is taken as a marker only when it
   * is the next footnote, never as a marker used again.
   */
  private static boolean afterCapital(String text, Marker m) {
    return m.shape() == Shape.GLUED && Character.isUpperCase(text.charAt(m.span().start() - 1));
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
