package org.citegraph.extractor.text;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** English dates as UN texts write them: "18 December 2009". */
public final class Months {
  /** "18 December 2009" (day, month name, year). */
  public static final Pattern DATE =
      Pattern.compile(
          "\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September"
              + "|October|November|December)\\s+(\\d{4})\\b");

  private Months() {}

  private static int number(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }

  /** The date the matcher of {@link #DATE} found, or null if it is not a real date. */
  public static @Nullable LocalDate parse(Matcher m) {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(3)), number(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
