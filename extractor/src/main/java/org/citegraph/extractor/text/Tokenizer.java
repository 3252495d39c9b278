package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (letters and digits, with inner hyphens and apostrophes: "Inter-Agency",
 * "Children's") and the punctuation that names contain ({@code , . ( )}). Markdown emphasis, {@code
 * <sup>} tags, footnote markers and quotes are skipped, so a name reads the same however it was
 * typeset. A word glued to a footnote number ("Crime1") ends before the number. The running text
 * and each footnote are separate flows, so that names never run across the two.
 */
public final class Tokenizer {
  /** The tokens of the running text, and those of each footnote in the order of the text. */
  public record Flows(Tokens running, List<Tokens> footnotes) {}

  private final char[] text; // read by index: cheaper than String.charAt in the inner loops
  private final Vocabulary vocabulary;
  private int hash; // of the word wordEnd last read

  private Tokenizer(String text, Vocabulary vocabulary) {
    this.text = text.toCharArray();
    this.vocabulary = vocabulary;
  }

  public static Flows tokens(Layout layout, Vocabulary vocabulary) {
    return new Tokenizer(layout.text(), vocabulary).read(layout);
  }

  private Flows read(Layout layout) {
    Tokens running = new Tokens(text.length / 6);
    Tokens notes = new Tokens(64);
    List<Tokens> footnoteFlows = new ArrayList<>();
    List<Marker> markers = layout.markers();
    int markerIndex = 0;
    int n = text.length;
    int i = 0;
    List<Footnote> footnotes = layout.footnotes(); // in the order of the text
    int nextFootnote = 0;
    Footnote footnote = null;
    Tokens out = running;
    int flowStart = 0; // where the current footnote's tokens start in `notes`
    int quietUntil = 0; // no footnote line or marker starts or ends before this offset
    while (i < n) {
      if (i >= quietUntil) {
        Footnote before = footnote;
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
        if (footnote != before) {
          if (before != null && notes.size() > flowStart) {
            footnoteFlows.add(notes.slice(flowStart, notes.size()));
          }
          flowStart = notes.size();
        }
        while (markerIndex < markers.size() && markers.get(markerIndex).span().end() <= i) {
          markerIndex++;
        }
        if (markerIndex < markers.size() && markers.get(markerIndex).span().start() <= i) {
          i = markers.get(markerIndex).span().end();
          continue;
        }
        out = footnote == null ? running : notes;
        int footnoteEdge =
            footnote != null
                ? footnote.line().end()
                : nextFootnote < footnotes.size() ? footnotes.get(nextFootnote).line().start() : n;
        int markerEdge = markerIndex < markers.size() ? markers.get(markerIndex).span().start() : n;
        quietUntil = Math.min(footnoteEdge, markerEdge);
      }
      char c = text[i];
      if (isLetter(c)) {
        int end = wordEnd(i, true);
        out.add(i, end, vocabulary.id(text, i, end, hash));
        i = end;
      } else if (isDigit(c)) {
        int end = wordEnd(i, false);
        out.add(i, end, vocabulary.id(text, i, end, hash));
        i = end;
      } else if (c == ',' || c == '.' || c == '(' || c == ')') {
        out.add(i, i + 1, vocabulary.id(text, i, i + 1, Vocabulary.hash(0, c)));
        i++;
      } else if (c == '<') {
        i = skipTag(i);
      } else {
        i++;
      }
    }
    if (footnote != null && notes.size() > flowStart) {
      footnoteFlows.add(notes.slice(flowStart, notes.size()));
    }
    return new Flows(running, footnoteFlows);
  }

  /** The end of the word (or number) at {@code i}; leaves its {@link Vocabulary#hash} in hash. */
  private int wordEnd(int i, boolean letters) {
    int n = text.length;
    int h = Vocabulary.hash(0, text[i]);
    int j = i + 1;
    while (j < n) {
      char c = text[j];
      if (letters ? isLetter(c) : isDigit(c)) {
        h = Vocabulary.hash(h, c);
        j++;
      } else if ((c == '-' || c == '\'' || c == '’')
          && j + 1 < n
          && (letters ? isLetter(text[j + 1]) : isDigit(text[j + 1]))) {
        h = Vocabulary.hash(h, c);
        j++;
      } else {
        break;
      }
    }
    hash = h;
    return j;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? (char) (c - '0') < 10 : Character.isDigit(c);
  }

  /** Skips an HTML-like tag such as {@code <sup>} or {@code </sup>}; a lone '<' is one char. */
  private int skipTag(int i) {
    int limit = Math.min(text.length, i + 12);
    for (int j = i + 1; j < limit; j++) {
      char c = text[j];
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
