package org.citegraph.graph;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a resolution or decision key says by itself: {@code GA 64/178} is body {@code GA}, number
 * {@code 64/178}, session 64; {@code GA 2200 A (XXI)} is session 21; {@code SC 1325 (2000)} and
 * {@code ECOSOC 2008/33} have a year, not a session, so their session is null.
 */
public record KeyParts(String body, String number, @Nullable Integer session) {
  /** Bodies whose {@code N/M} numbers start with the session (KEYS.md). */
  private static final Set<String> SESSION_NUMBERED = Set.of("GA", "HRC", "CCPCJ", "CSW", "CND");

  // "GA 64/178", "ECOSOC dec 1980/127", "GA 2200 A (XXI)"
  private static final Pattern KEY = Pattern.compile("^(\\S+) (?:dec )?(.+)$");
  private static final Pattern SESSION_FIRST = Pattern.compile("^(\\d{1,3})/\\d+");
  private static final Pattern ROMAN_SESSION = Pattern.compile("\\(([IVXLC]+)\\)$");

  /** Parts of a resolution or decision key, or null when the key has no body prefix. */
  public static @Nullable KeyParts of(String key) {
    Matcher m = KEY.matcher(key);
    if (!m.matches()) {
      return null;
    }
    String body = m.group(1);
    String number = m.group(2);
    return new KeyParts(body, number, session(body, number));
  }

  private static @Nullable Integer session(String body, String number) {
    if (!SESSION_NUMBERED.contains(body)) {
      return null;
    }
    Matcher first = SESSION_FIRST.matcher(number);
    if (first.find()) {
      return Integer.valueOf(first.group(1));
    }
    Matcher roman = ROMAN_SESSION.matcher(number);
    return roman.find() ? roman(roman.group(1)) : null;
  }

  static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int value =
          switch (numeral.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> throw new IllegalArgumentException("not a Roman numeral: " + numeral);
          };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }
}
