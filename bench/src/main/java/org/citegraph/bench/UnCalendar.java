package org.citegraph.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Sessions, years and numbering of United Nations bodies as the generator needs them: session
 * {@code s} of the General Assembly opens in year {@code 1945 + s}; the Human Rights Council holds
 * three sessions a year from 2006; the Crime Commission's session {@code n} meets in {@code 1991 +
 * n}; the Conference of the Parties to UNTOC meets every two years from 2004.
 */
final class UnCalendar {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String[] UNITS = {
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] UNIT_ORDINALS = {
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] TENS_ORDINALS = {
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth"
  };

  private final TreeMap<Integer, Integer> securityCouncilFirsts;
  private final TreeMap<Integer, Integer> assemblyFirsts;

  UnCalendar(Vocabulary vocabulary) {
    this.securityCouncilFirsts = vocabulary.securityCouncilFirsts;
    this.assemblyFirsts = vocabulary.assemblyFirsts;
  }

  static int year(int session) {
    return 1945 + session;
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 67} gives {@code Sixty-seventh}. */
  static String sessionWords(int n) {
    String words = ordinalWords(n);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** {@code 67} gives {@code sixty-seventh}. */
  static String ordinalWords(int n) {
    if (n <= 0 || n >= 100) {
      throw new IllegalArgumentException("no ordinal words for " + n);
    }
    if (n < 20) {
      return UNIT_ORDINALS[n];
    }
    return n % 10 == 0 ? TENS_ORDINALS[n / 10] : TENS[n / 10] + "-" + UNIT_ORDINALS[n % 10];
  }

  static String cardinalWords(int n) {
    if (n <= 0 || n >= 100) {
      throw new IllegalArgumentException("no words for " + n);
    }
    return n < 20 ? UNITS[n] : TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
  }

  /** {@code 60} gives {@code 60th}. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  static String roman(int n) {
    int[] values = {50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder s = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        s.append(symbols[i]);
        rest -= values[i];
      }
    }
    return s.toString();
  }

  /** A day in the given month of the year, as adoption dates fall. */
  static LocalDate day(SplittableRandom random, int year, int month, int firstDay, int lastDay) {
    return LocalDate.of(year, month, random.nextInt(firstDay, lastDay + 1));
  }

  /** The first Human Rights Council session held in {@code year} (from 2006). */
  static int firstHumanRightsCouncilSession(int year) {
    return year == 2006 ? 1 : 3 * (year - 2007) + 4;
  }

  /** A Security Council resolution number of the given year (1990 on). */
  int securityCouncilNumber(SplittableRandom random, int year) {
    int first = interpolate(securityCouncilFirsts, year);
    int last = interpolate(securityCouncilFirsts, year + 1) - 1;
    return random.nextInt(first, Math.max(first, last) + 1);
  }

  /** A General Assembly resolution number of sessions 1 to 30. */
  int oldAssemblyNumber(SplittableRandom random, int session) {
    int first = interpolate(assemblyFirsts, session);
    int last = interpolate(assemblyFirsts, session + 1) - 1;
    return random.nextInt(first, Math.max(first, last) + 1);
  }

  private static int interpolate(TreeMap<Integer, Integer> anchors, int at) {
    Map.Entry<Integer, Integer> low = anchors.floorEntry(at);
    Map.Entry<Integer, Integer> high = anchors.ceilingEntry(at);
    if (low == null || high == null) {
      throw new IllegalArgumentException("outside the numbering table: " + at);
    }
    if (low.getKey().equals(high.getKey())) {
      return low.getValue();
    }
    double share = (double) (at - low.getKey()) / (high.getKey() - low.getKey());
    return (int) Math.round(low.getValue() + share * (high.getValue() - low.getValue()));
  }
}
