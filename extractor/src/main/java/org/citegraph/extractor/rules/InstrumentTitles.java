package org.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citegraph.extractor.gazetteer.PhraseIndex.Hit;
import org.citegraph.extractor.gazetteer.PhraseIndex.Phrase;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Tokens;
import org.citegraph.extractor.text.Vocabulary;

/**
 * Instruments the gazetteer does not know, recognised by the shape of their titles: a capitalised
 * title around a head noun ("Convention", "Protocol", "Treaty" ...), such as "Protocol amending the
 * Slavery Convention", "Minamata Convention on Mercury" or "Protocol of 2014 to the Forced Labour
 * Convention, 1930". Their key is {@code instrument:<title, lower case, words joined by ->}
 * (KEYS.md). A bare head noun ("the Convention", "the Protocols thereto") is anaphora and is not a
 * title: a title needs a capitalised word of its own besides the head and its qualifiers.
 */
final class InstrumentTitles {
  private static final Set<String> HEADS =
      Set.of("convention", "covenant", "protocol", "treaty", "statute", "agreement");

  /** Capitalised words that do not make a title by themselves. */
  private static final Set<String> QUALIFIERS =
      Set.of(
          "optional",
          "additional",
          "supplementary",
          "international",
          "framework",
          "united",
          "nations",
          "the",
          "regional",
          "new");

  /** Words that link a head to the rest of its title: "Convention on ...", "Protocol to ...". */
  private static final Set<String> LINKS =
      Set.of(
          "on",
          "to",
          "for",
          "against",
          "of",
          "concerning",
          "amending",
          "between",
          "regarding",
          "relating",
          "relative",
          "governing");

  /** Small words allowed between the capitalised words of a title. */
  private static final Set<String> INNER =
      Set.of("of", "and", "the", "in", "on", "for", "against", "from", "all", "its", "to", "or");

  /** Longer than any real title: bounds the work on text made of title words. */
  private static final int MAX_WORDS = 40;

  private final BitSet heads;
  private final BitSet qualifiers;
  private final BitSet links;
  private final BitSet inner;
  private final int of;
  private final int and;
  private final int to;
  private final int the;
  private final int comma;

  /** Adds the words titles are read by to the vocabulary the tokenizer will use. */
  InstrumentTitles(Vocabulary vocabulary) {
    this.heads = ids(HEADS, vocabulary);
    this.qualifiers = ids(QUALIFIERS, vocabulary);
    this.links = ids(LINKS, vocabulary);
    this.inner = ids(INNER, vocabulary);
    this.of = vocabulary.add("of");
    this.and = vocabulary.add("and");
    this.to = vocabulary.add("to");
    this.the = vocabulary.add("the");
    this.comma = vocabulary.add(",");
  }

  private static BitSet ids(Set<String> words, Vocabulary vocabulary) {
    BitSet ids = new BitSet();
    // sorted, so that the ids do not depend on the order of a set
    words.stream().sorted().forEach(w -> ids.set(vocabulary.add(w)));
    return ids;
  }

  List<Hit> find(Tokens tokens, String text) {
    List<Hit> hits = new ArrayList<>();
    int covered = 0;
    for (int h = 0; h < tokens.size(); h++) {
      if (h < covered // a head inside the title found before: that title holds it
          || !is(heads, tokens, h)
          || !capitalised(tokens, h, text)) {
        continue;
      }
      int from = left(tokens, text, h);
      int end = right(tokens, text, h + 1);
      covered = end;
      if (hasOwnWord(tokens, text, from, end, h)) {
        String name = text.substring(tokens.start(from), tokens.end(end - 1));
        String folded = foldSpaces(name);
        Phrase phrase = new Phrase(RefKind.INSTRUMENT, key(folded), folded, List.of(), false);
        hits.add(new Hit(phrase, from, end));
      }
    }
    return hits;
  }

  /**
   * {@code instrument:} and the name in lower case with straight apostrophes, keeping only letters,
   * numbers, blanks and hyphens, trimmed, each run of blanks and hyphens made one hyphen.
   */
  static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || isNumber(c) || isBlank(c) || c == '-') {
        kept.appendCodePoint(c);
      }
    }
    String trimmed = kept.toString().trim();
    StringBuilder slug = new StringBuilder("instrument:".length() + trimmed.length());
    slug.append("instrument:");
    boolean separator = false; // the last character was a blank or a hyphen
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean blankOrHyphen = isBlank(c) || c == '-';
      if (!blankOrHyphen) {
        slug.append(c);
      } else if (!separator) {
        slug.append('-');
      }
      separator = blankOrHyphen;
    }
    return slug.toString();
  }

  /** Runs of blanks (space, tab, line breaks) made one space. */
  private static String foldSpaces(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    boolean blank = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (isBlank(c)) {
        blank = true;
      } else {
        if (blank) {
          folded.append(' ');
          blank = false;
        }
        folded.append(c);
      }
    }
    if (blank) {
      folded.append(' ');
    }
    return folded.toString();
  }

  /** What {@code \\s} matches. */
  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** What {@code \\p{N}} matches. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Capitalised words before the head: "Worst Forms of Child Labour Convention". */
  private int left(Tokens tokens, String text, int head) {
    int from = head;
    int i = head - 1;
    while (i >= 0 && head - i <= MAX_WORDS) {
      if (capitalised(tokens, i, text) && !text.startsWith("ing", tokens.end(i) - 3)) {
        from = i;
        i--;
      } else if ((tokens.word(i) == of || tokens.word(i) == and)
          && i > 0
          && capitalised(tokens, i - 1, text)) {
        i--;
      } else {
        break;
      }
    }
    return from;
  }

  /** The rest of the title: "of 2014 to the Forced Labour Convention, 1930", "on Mercury". */
  private int right(Tokens tokens, String text, int start) {
    int end = start;
    int i = start;
    int n = tokens.size();
    while (i < n && i - start <= MAX_WORDS) {
      int j = i;
      if (j + 1 < n && tokens.word(j) == of && year(tokens, j + 1, text)) {
        j += 2;
      }
      if (j >= n || !is(links, tokens, j)) {
        break;
      }
      j++;
      if (j < n && tokens.word(j) == to) {
        j++; // "relating to", "relative to"
      }
      if (j < n && tokens.word(j) == the) {
        j++;
      }
      int runEnd = capitalisedRun(tokens, text, j);
      if (runEnd == j) {
        break;
      }
      end = runEnd;
      i = runEnd;
    }
    if (end + 1 < n && tokens.word(end) == comma && year(tokens, end + 1, text)) {
      end += 2;
    }
    return end;
  }

  /** Capitalised words, with small words between them: "Abolition of Slavery". */
  private int capitalisedRun(Tokens tokens, String text, int i) {
    int end = i;
    while (i < tokens.size()) {
      if (capitalised(tokens, i, text)) {
        i++;
        end = i;
      } else if (is(inner, tokens, i) && end > 0 && end == i) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  private boolean hasOwnWord(Tokens tokens, String text, int from, int to, int head) {
    for (int i = from; i < to; i++) {
      if (i != head
          && capitalised(tokens, i, text)
          && !is(qualifiers, tokens, i)
          && !is(heads, tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(Tokens tokens, int i, String text) {
    return Character.isUpperCase(text.charAt(tokens.start(i)));
  }

  /** 1800 to 2099. */
  private static boolean year(Tokens tokens, int i, String text) {
    int start = tokens.start(i);
    if (tokens.end(i) - start != 4) {
      return false;
    }
    char century = text.charAt(start);
    char decade = text.charAt(start + 1);
    return (century == '1' && (decade == '8' || decade == '9') || century == '2' && decade == '0')
        && isAsciiDigit(text.charAt(start + 2))
        && isAsciiDigit(text.charAt(start + 3));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean is(BitSet words, Tokens tokens, int i) {
    int word = tokens.word(i);
    return word != Vocabulary.NONE && words.get(word);
  }
}
