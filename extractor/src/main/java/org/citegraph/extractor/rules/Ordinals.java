package org.citegraph.extractor.rules;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** English ordinal numbers as session headings spell them: "Sixty-seventh" is 67. */
final class Ordinals {
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30),
          Map.entry("fortieth", 40),
          Map.entry("fiftieth", 50),
          Map.entry("sixtieth", 60),
          Map.entry("seventieth", 70),
          Map.entry("eightieth", 80),
          Map.entry("ninetieth", 90));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private Ordinals() {}

  /** 67 for "Sixty-seventh" (any case), 70 for "Seventieth", null for other words. */
  static @Nullable Integer parse(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    if (dash < 0) {
      return UNITS.get(w);
    }
    Integer tens = TENS.get(w.substring(0, dash));
    Integer unit = UNITS.get(w.substring(dash + 1));
    return tens == null || unit == null || unit > 9 ? null : tens + unit;
  }
}
