package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s, accepting LF, CRLF and lone CR line breaks. */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    return text.indexOf('\r') < 0 ? ofLineFeeds(text) : ofAnyBreaks(text);
  }

  /** The common case, no CR: String.indexOf finds the breaks faster than a loop over chars. */
  private static List<Line> ofLineFeeds(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(new Line(lines.size(), start, i));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(new Line(lines.size(), start, text.length()));
    }
    return lines;
  }

  private static List<Line> ofAnyBreaks(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(lines.size(), start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new Line(lines.size(), start, n));
    }
    return lines;
  }

  /** True when the line holds only white space. */
  public static boolean isBlank(String text, Line line) {
    for (int i = line.start(); i < line.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
