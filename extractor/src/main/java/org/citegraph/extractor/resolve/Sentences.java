package org.citegraph.extractor.resolve;

import java.util.regex.Pattern;
import org.citegraph.extractor.model.Span;

/**
 * The sentence around a mention, within its line: from the last sentence end before it (a full stop
 * followed by a capital, or a semicolon) to the next one, with markup removed and white space
 * folded. UN paragraphs are one sentence each, so this is usually the whole paragraph line.
 */
final class Sentences {
  static final int MAX_LENGTH = 1000;
  private static final Pattern MARKUP =
      Pattern.compile("<sup>(?:&</sup>lt;sup>)?[^<]{0,12}</sup>|[*#$]|\\\\(?=_)");

  private final String text;

  Sentences(String text) {
    this.text = text;
  }

  /** The sentence around {@code span} within {@code bounds} (its line, or its footnote). */
  String around(Span bounds, Span span) {
    int start = span.start();
    while (start > bounds.start() && !endsSentence(start - 1)) {
      start--;
    }
    int end = span.end();
    while (end < bounds.end() && !endsSentence(end - 1)) {
      end++;
    }
    start = Math.max(start, span.start() - MAX_LENGTH / 2);
    end = Math.min(end, span.end() + MAX_LENGTH / 2);
    String sentence = text.substring(start, Math.max(end, span.end()));
    return MARKUP.matcher(sentence).replaceAll("").replaceAll("\\s+", " ").trim();
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
