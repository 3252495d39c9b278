package org.citegraph.extractor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The number of a resolution or decision in its three shapes, normalised for keys: {@code 64/178}
 * (also {@code S-26/2}, {@code ES-10/19}, ECOSOC's {@code 2008/33}), Security Council {@code 1325
 * (2000)}, and the old style {@code 2200 A (XXI)}.
 */
public record ResolutionNumber(String value, Shape shape, int start, int end) {
  /** The three shapes. */
  public enum Shape {
    SLASHED,
    YEAR,
    ROMAN_SESSION
  }

  // "1325 (2000)"
  private static final Pattern YEAR = Pattern.compile("(\\d{1,4})[ \\t]*\\(((?:19|20)\\d\\d)\\)");
  // "2200 A (XXI)", "1503 (XLVIII)", "3 (S-I)"
  private static final Pattern ROMAN =
      Pattern.compile("(\\d{1,4})(?:[ \\t]?([A-Z]))?[ \\t]*\\(((?:ES-|S-)?[IVXLC]{1,8})\\)");
  // "64/178", "S-26/2", "ES-10/19", "2008/33"
  private static final Pattern SLASHED =
      Pattern.compile("((?:ES-|S-)?\\d{1,4}/\\d{1,4})(?![\\d/])");

  /** The number that starts exactly at {@code at}, or null. */
  static @Nullable ResolutionNumber at(String text, int at, int limit) {
    Matcher m = YEAR.matcher(text).region(at, limit);
    if (m.lookingAt()) {
      return new ResolutionNumber(m.group(1) + " (" + m.group(2) + ")", Shape.YEAR, at, m.end());
    }
    m = ROMAN.matcher(text).region(at, limit);
    if (m.lookingAt()) {
      String part = m.group(2) == null ? "" : " " + m.group(2);
      return new ResolutionNumber(
          m.group(1) + part + " (" + m.group(3) + ")", Shape.ROMAN_SESSION, at, m.end());
    }
    m = SLASHED.matcher(text).region(at, limit);
    if (m.lookingAt()) {
      return new ResolutionNumber(m.group(1), Shape.SLASHED, at, m.end());
    }
    return null;
  }

  /** The number before the slash: a GA session, an HRC session, or ECOSOC's year. */
  int first() {
    String head = value.substring(value.startsWith("ES-") ? 3 : value.startsWith("S-") ? 2 : 0);
    int slash = head.indexOf('/');
    return slash < 0 ? -1 : Integer.parseInt(head.substring(0, slash));
  }

  /** ECOSOC numbers its resolutions by year ("2008/33"). */
  boolean yearNumbered() {
    return shape == Shape.SLASHED && first() >= 1946 && !value.startsWith("S");
  }

  /**
   * Whether a General Assembly resolution can bear this number: the "N/M" form exists only from the
   * 31st session (1976) on, and the Assembly never numbers by year.
   */
  boolean possibleForGeneralAssembly() {
    if (shape == Shape.YEAR) {
      return false;
    }
    if (shape == Shape.SLASHED && !value.startsWith("S-") && !value.startsWith("ES-")) {
      return first() >= 31 && first() < 1946;
    }
    return true;
  }
}
