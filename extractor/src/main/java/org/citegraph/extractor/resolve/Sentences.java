package org.citegraph.extractor.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.text.Footnote;
import org.citegraph.extractor.text.Layout;

/**
 * The sentence around a mention, within its line or footnote: from the last sentence end before it
 * (a full stop followed by a capital, or a semicolon) to the next one, with markup ({@code
 * <sup>...</sup>}, emphasis) and footnote markers removed and white space folded. UN paragraphs are
 * one sentence each, so this is usually the whole paragraph. Sentences are cut once and shared by
 * every mention in them.
 */
final class Sentences {
  static final int MAX_LENGTH = 1000;
  private static final int MAX_SCAN = 4000;

  private final String text;
  private final Layout layout;
  private final Map<Long, String> cache = new HashMap<>();
  private final int[] markerStarts;
  private final int[] markerEnds;

  Sentences(Layout layout) {
    this.text = layout.text();
    this.layout = layout;
    this.markerStarts = layout.markers().stream().mapToInt(m -> m.span().start()).toArray();
    this.markerEnds = layout.markers().stream().mapToInt(m -> m.span().end()).toArray();
  }

  /** The sentence around {@code span} within {@code bounds} (its line, or its footnote). */
  String around(Span bounds, Span span) {
    // the scan is bounded, so that text with no sentence ends stays linear
    int floor = Math.max(bounds.start(), span.start() - MAX_SCAN);
    int ceiling = Math.min(bounds.end(), span.end() + MAX_SCAN);
    int start = span.start();
    while (start > floor && !endsSentence(start - 1)) {
      start--;
    }
    int end = span.end();
    while (end < ceiling && !endsSentence(end - 1)) {
      end++;
    }
    int from = start;
    int to = Math.max(end, span.end());
    String sentence = cache.computeIfAbsent(((long) from << 32) | to, k -> clean(from, to));
    if (sentence.length() <= MAX_LENGTH) {
      return sentence;
    }
    // a very long sentence: the window of MAX_LENGTH characters around the mention
    int at = (int) ((long) (span.start() - from) * sentence.length() / Math.max(1, to - from));
    int windowStart = Math.max(0, Math.min(at - MAX_LENGTH / 2, sentence.length() - MAX_LENGTH));
    return sentence.substring(windowStart, windowStart + MAX_LENGTH).strip();
  }

  /**
   * The text of {@code [from, to)} without markup and without the footnote bodies printed in the
   * middle of it, white space folded to single spaces.
   */
  private String clean(int from, int to) {
    // every character written stands for at least one read, so the text's length bounds the output
    char[] out = new char[to - from];
    int length = 0;
    boolean inFootnote = layout.footnoteAt(from) != null;
    int found = Arrays.binarySearch(markerStarts, from);
    int marker = found >= 0 ? found : -found - 1;
    int nextMarker = marker < markerStarts.length ? markerStarts[marker] : Integer.MAX_VALUE;
    boolean blank = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!inFootnote && (c == '\n' || c == '\r') && i + 1 < to) {
        Footnote footnote = layout.footnoteAt(i + 1);
        if (footnote != null) {
          i = footnote.line().end() - 1;
          blank = length > 0;
          continue;
        }
      }
      if (i >= nextMarker) {
        while (marker < markerStarts.length && markerStarts[marker] < i) {
          marker++;
        }
        nextMarker = marker < markerStarts.length ? markerStarts[marker] : Integer.MAX_VALUE;
        if (nextMarker == i && markerEnds[marker] <= to) {
          i = markerEnds[marker] - 1; // "Crime1", "held in 2010, 4 to"
          continue;
        }
      }
      if (c == '<' && text.startsWith("<sup>", i)) {
        int close = text.indexOf("</sup>", i);
        if (close >= 0 && close < to && close - i < 30) {
          i = close + 5;
          if (text.startsWith("lt;sup>", i + 1)) { // "<sup>&</sup>lt;sup>5</sup>"
            int second = text.indexOf("</sup>", i);
            i = second >= 0 && second < to ? second + 5 : i;
          }
          continue;
        }
      }
      if (c == '*'
          || c == '#'
          || c == '$'
          || (c == '\\' && i + 1 < to && text.charAt(i + 1) == '_')) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        blank = length > 0;
        continue;
      }
      if (blank) {
        out[length++] = ' ';
        blank = false;
      }
      out[length++] = c;
    }
    return new String(out, 0, length);
  }

  /** A semicolon, or a full stop followed by blank space and a capital letter. */
  private boolean endsSentence(int i) {
    char c = text.charAt(i);
    if (c == ';') {
      return true;
    }
    if (c != '.' || i + 2 >= text.length()) {
      return false;
    }
    return Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2));
  }
}
