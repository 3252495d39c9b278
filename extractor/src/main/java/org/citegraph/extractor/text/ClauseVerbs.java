package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the opening phrase of a clause ("Recalling also", "*Reiterates its request*", "Also
 * urges") from the gazetteer's clause phrases and adverbs. The phrase may be wrapped in markdown
 * emphasis; an adverb may stand before the phrase ("Also urges") or after it ("Recalling also").
 */
public final class ClauseVerbs {
  /** A recognised opening: the verb in lower case, and where it ends in the text. */
  public record Opening(String verb, int end) {}

  private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();
  private final Set<String> adverbs = new HashSet<>();

  public ClauseVerbs(List<String> phrases, List<String> adverbs) {
    for (String phrase : phrases) {
      String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
      phrasesByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
    }
    phrasesByFirstWord
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> -w.length)));
    for (String adverb : adverbs) {
      this.adverbs.add(adverb.toLowerCase(Locale.ROOT).trim());
    }
  }

  /**
   * The clause opening at {@code from} (leading blanks, list dashes and emphasis skipped), or null
   * when the text there does not open with a known phrase. The first letter must be upper case.
   */
  public @Nullable Opening at(String text, int from, int limit) {
    List<int[]> words = words(text, from, Math.min(limit, from + 200), 8);
    if (words.isEmpty() || !Character.isUpperCase(text.charAt(words.get(0)[0]))) {
      return null;
    }
    List<String> lower = new ArrayList<>(words.size());
    for (int[] w : words) {
      lower.add(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
    }
    int first = 0;
    while (first < lower.size() - 1 && adverbs.contains(lower.get(first)) && first < 2) {
      first++;
    }
    int length = phraseLength(lower, first);
    if (length == 0) {
      return null;
    }
    int last = first + length;
    while (last < lower.size() && adverbs.contains(lower.get(last)) && last < first + length + 2) {
      last++;
    }
    return new Opening(String.join(" ", lower.subList(0, last)), words.get(last - 1)[1]);
  }

  /** True when the word is a known adverb ("also", "further"). */
  public boolean isAdverb(String word) {
    return adverbs.contains(word.toLowerCase(Locale.ROOT));
  }

  private int phraseLength(List<String> lower, int first) {
    List<String[]> candidates = phrasesByFirstWord.get(lower.get(first));
    if (candidates == null) {
      return 0;
    }
    for (String[] phrase : candidates) {
      if (first + phrase.length <= lower.size() && matches(lower, first, phrase)) {
        return phrase.length;
      }
    }
    return 0;
  }

  private static boolean matches(List<String> lower, int first, String[] phrase) {
    for (int i = 0; i < phrase.length; i++) {
      if (!lower.get(first + i).equals(phrase[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Up to {@code max} words from {@code from}, skipping blanks, list dashes, '#' and emphasis
   * marks; stops at other punctuation. Each word is {start, end}.
   */
  static List<int[]> words(String text, int from, int limit, int max) {
    List<int[]> words = new ArrayList<>();
    int i = from;
    while (i < limit && words.size() < max) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        while (i < limit && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        words.add(new int[] {start, i});
      } else if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '#' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    return words;
  }
}
