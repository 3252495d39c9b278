package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.model.Span;

/**
 * Splits text into words (letters and digits, with inner hyphens and apostrophes: "Inter-Agency",
 * "Children's") and the punctuation that names contain ({@code , . ( )}). Markdown emphasis, {@code
 * <sup>} tags, footnote markers and quotes are skipped, so a name reads the same however it was
 * typeset. A word glued to a footnote number ("Crime1") ends before the number.
 */
public final class Tokenizer {
  private static final String[] PUNCTUATION = {",", ".", "(", ")"};

  private Tokenizer() {}

  public static List<Token> tokens(Layout layout, Vocabulary vocabulary) {
    String text = layout.text();
    List<Token> tokens = new ArrayList<>(text.length() / 5);
    List<Marker> markers = layout.markers();
    int markerIndex = 0;
    int n = text.length();
    int i = 0;
    List<Footnote> footnotes = layout.footnotes(); // in the order of the text
    int nextFootnote = 0;
    Footnote footnote = null;
    int stream = -1;
    int quietUntil = 0; // no footnote line or marker starts or ends before this offset
    while (i < n) {
      if (i >= quietUntil) {
        if (footnote != null && i >= footnote.line().end()) {
          footnote = null;
        }
        while (footnote == null
            && nextFootnote < footnotes.size()
            && footnotes.get(nextFootnote).line().start() <= i) {
          Footnote f = footnotes.get(nextFootnote++);
          if (i < f.line().end()) {
            footnote = f;
          }
        }
        while (markerIndex < markers.size() && markers.get(markerIndex).span().end() <= i) {
          markerIndex++;
        }
        if (markerIndex < markers.size() && markers.get(markerIndex).span().start() <= i) {
          i = markers.get(markerIndex).span().end();
          continue;
        }
        stream = footnote == null ? -1 : footnote.line().start();
        int footnoteEdge =
            footnote != null
                ? footnote.line().end()
                : nextFootnote < footnotes.size() ? footnotes.get(nextFootnote).line().start() : n;
        int markerEdge = markerIndex < markers.size() ? markers.get(markerIndex).span().start() : n;
        quietUntil = Math.min(footnoteEdge, markerEdge);
      }
      char c = text.charAt(i);
      if (c == '<') {
        i = skipTag(text, i);
      } else if (Character.isLetter(c)) {
        int end = wordEnd(text, i, true);
        tokens.add(new Token(i, end, vocabulary.lookup(text, i, end), stream));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = wordEnd(text, i, false);
        tokens.add(new Token(i, end, vocabulary.lookup(text, i, end), stream));
        i = end;
      } else if (c == ',' || c == '.' || c == '(' || c == ')') {
        tokens.add(new Token(i, i + 1, PUNCTUATION[",.()".indexOf(c)], stream));
        i++;
      } else {
        i++;
      }
    }
    return tokens;
  }

  /** The span from the first to the last of {@code tokens[from..to)}. */
  public static Span span(List<Token> tokens, int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  private static int wordEnd(String text, int i, boolean letters) {
    int n = text.length();
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (letters ? Character.isLetter(c) : Character.isDigit(c)) {
        j++;
      } else if ((c == '-' || c == '\'' || c == '’')
          && j + 1 < n
          && (letters
              ? Character.isLetter(text.charAt(j + 1))
              : Character.isDigit(text.charAt(j + 1)))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Skips an HTML-like tag such as {@code <sup>} or {@code </sup>}; a lone '<' is one char. */
  private static int skipTag(String text, int i) {
    int limit = Math.min(text.length(), i + 12);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (!Character.isLetter(c) && c != '/') {
        break;
      }
    }
    return i + 1;
  }
}
