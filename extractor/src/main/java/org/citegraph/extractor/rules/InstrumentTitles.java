package org.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citegraph.extractor.gazetteer.PhraseIndex.Hit;
import org.citegraph.extractor.gazetteer.PhraseIndex.Phrase;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Token;

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

  private InstrumentTitles() {}

  static List<Hit> find(List<Token> tokens, String text) {
    List<Hit> hits = new ArrayList<>();
    int covered = 0;
    for (int h = 0; h < tokens.size(); h++) {
      if (h < covered // a head inside the title found before: that title holds it
          || !capitalised(tokens.get(h), text)
          || !is(HEADS, tokens.get(h))) {
        continue;
      }
      int from = left(tokens, text, h);
      int to = right(tokens, text, h + 1);
      covered = to;
      if (hasOwnWord(tokens, text, from, to, h)) {
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        String folded = name.replaceAll("\\s+", " ");
        Phrase phrase = new Phrase(RefKind.INSTRUMENT, key(folded), folded, List.of(), false);
        hits.add(new Hit(phrase, from, to));
      }
    }
    return hits;
  }

  static String key(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replaceAll("[^\\p{L}\\p{N}\\s-]", "")
            .trim()
            .replaceAll("[\\s-]+", "-");
    return "instrument:" + slug;
  }

  /** Capitalised words before the head: "Worst Forms of Child Labour Convention". */
  private static int left(List<Token> tokens, String text, int head) {
    int from = head;
    int i = head - 1;
    while (i >= 0 && head - i <= MAX_WORDS && tokens.get(i).stream() == tokens.get(head).stream()) {
      Token t = tokens.get(i);
      if (capitalised(t, text) && !text.startsWith("ing", t.end() - 3)) {
        from = i;
        i--;
      } else if (("of".equals(t.norm()) || "and".equals(t.norm()))
          && i > 0
          && capitalised(tokens.get(i - 1), text)) {
        i--;
      } else {
        break;
      }
    }
    return from;
  }

  /** The rest of the title: "of 2014 to the Forced Labour Convention, 1930", "on Mercury". */
  private static int right(List<Token> tokens, String text, int start) {
    int to = start;
    int i = start;
    while (i < tokens.size() && i - start <= MAX_WORDS) {
      int j = i;
      if (j + 1 < tokens.size()
          && "of".equals(tokens.get(j).norm())
          && year(tokens.get(j + 1), text)) {
        j += 2;
      }
      if (j >= tokens.size() || !is(LINKS, tokens.get(j))) {
        break;
      }
      j++;
      if (j < tokens.size() && "to".equals(tokens.get(j).norm())) {
        j++; // "relating to", "relative to"
      }
      if (j < tokens.size() && "the".equals(tokens.get(j).norm())) {
        j++;
      }
      int end = capitalisedRun(tokens, text, j);
      if (end == j) {
        break;
      }
      to = end;
      i = end;
    }
    if (to + 1 < tokens.size()
        && ",".equals(tokens.get(to).norm())
        && year(tokens.get(to + 1), text)) {
      to += 2;
    }
    return to;
  }

  /** Capitalised words, with small words between them: "Abolition of Slavery". */
  private static int capitalisedRun(List<Token> tokens, String text, int i) {
    int end = i;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (capitalised(t, text)) {
        i++;
        end = i;
      } else if (is(INNER, t) && end > 0 && end == i) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean hasOwnWord(List<Token> tokens, String text, int from, int to, int head) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i != head && capitalised(t, text) && !is(QUALIFIERS, t) && !is(HEADS, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(Token t, String text) {
    return Character.isUpperCase(text.charAt(t.start()));
  }

  private static boolean year(Token t, String text) {
    if (t.end() - t.start() != 4) {
      return false;
    }
    String digits = text.substring(t.start(), t.end());
    return digits.matches("(?:1[89]|20)\\d\\d");
  }

  private static boolean is(Set<String> words, Token t) {
    return t.norm() != null && words.contains(t.norm());
  }

  /** The words these titles are read by; a tokenizer must know them. */
  static Set<String> words() {
    Set<String> words = new java.util.HashSet<>(HEADS);
    words.addAll(QUALIFIERS);
    words.addAll(LINKS);
    words.addAll(INNER);
    return words;
  }
}
