package org.citegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The normalised act of a clause verb, so that one equality finds every form: {@code recalling},
 * {@code recalling also}, {@code recalls} and {@code also recalls} all give {@code recall}; {@code
 * taking note} and {@code takes note} give {@code take note}; {@code deeply concerned} gives {@code
 * concerned}. Stored on each {@code :CITES} relationship as {@code act}, beside the verb as
 * written.
 */
public final class ActLemma {
  /** Words that qualify a clause verb without changing the act. */
  private static final Set<String> QUALIFIERS =
      Set.of("also", "further", "again", "once", "moreover", "therefore", "furthermore", "and");

  /** Words kept after the verb because they make a different act ("take note", "call upon"). */
  private static final Set<String> PARTICLES = Set.of("note", "upon", "on", "in", "mind");

  /** Forms the suffix rules get wrong. */
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "taking", "take",
          "takes", "take",
          "bearing", "bear",
          "bears", "bear",
          "having", "have",
          "has", "have",
          "is", "be",
          "being", "be");

  private ActLemma() {}

  public static @Nullable String of(@Nullable String verb) {
    if (verb == null || verb.isBlank()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String word : verb.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !QUALIFIERS.contains(word) && !isAdverb(word, words)) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return verb.strip().toLowerCase(Locale.ROOT);
    }
    StringBuilder act = new StringBuilder(lemma(words.get(0)));
    for (String word : words.subList(1, words.size())) {
      if (!PARTICLES.contains(word)) {
        break;
      }
      act.append(' ').append(word);
    }
    return act.toString();
  }

  private static boolean isAdverb(String word, List<String> before) {
    return before.isEmpty() && word.endsWith("ly") && word.length() > 4;
  }

  static String lemma(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.endsWith("ing") && word.length() > 5) {
      return restoreE(word.substring(0, word.length() - 3));
    }
    if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** {@code welcom} → welcome, {@code not} → note, {@code urg} → urge; {@code recall} stays. */
  private static String restoreE(String stem) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    if (n >= 2 && last == stem.charAt(n - 2) && "lsfz".indexOf(last) < 0) {
      return stem.substring(0, n - 1); // "committ" → "commit"
    }
    if (stem.endsWith("er") || stem.endsWith("en") || stem.endsWith("on")) {
      return stem; // "consider", "strengthen", "mention"
    }
    for (String ending :
        List.of("dg", "rg", "ng", "rs", "ns", "nc", "ps", "rv", "lv", "iz", "ys")) {
      if (stem.endsWith(ending) && !stem.endsWith("ing")) {
        return ending.equals("ng") ? stem : stem + "e"; // "bring" stays; "urge", "observe"
      }
    }
    if (n >= 3 && isConsonant(stem.charAt(n - 3)) && isVowel(stem.charAt(n - 2)) && cvcEnd(last)) {
      return stem + "e"; // "welcom" → welcome, "decid" → decide, "invit" → invite
    }
    return stem;
  }

  private static boolean cvcEnd(char c) {
    return isConsonant(c) && "wxy".indexOf(c) < 0;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && !isVowel(c);
  }
}
