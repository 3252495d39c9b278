package org.citegraph.queries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a key as a user types it into the KEYS.md keys it may mean, most likely first: {@code "GA
 * 64/178"}, {@code 64/178}, {@code A/RES/64/178} and {@code resolution 64/178} all give {@code GA
 * 64/178}; {@code 8/12} (never GA: N/M numbers start at the 31st session) gives {@code HRC 8/12}
 * and the other session-numbered bodies; {@code a/67/156} gives {@code A/67/156}. The {@link
 * KeyResolver} keeps the first candidate that names a node. Pure: no graph, no I/O.
 */
public final class KeyNormalizer {
  static final List<String> BODIES =
      List.of("GA", "SC", "ECOSOC", "HRC", "CCPCJ", "CHR", "CSW", "CND");

  /** Bodies whose N/M numbers begin with the session, after GA (KEYS.md). */
  private static final List<String> SESSION_BODIES = List.of("HRC", "CCPCJ", "CSW", "CND");

  private static final Map<String, String> BODY_NAMES =
      Map.of(
          "GENERAL ASSEMBLY", "GA",
          "SECURITY COUNCIL", "SC",
          "ECONOMIC AND SOCIAL COUNCIL", "ECOSOC",
          "HUMAN RIGHTS COUNCIL", "HRC",
          "COMMISSION ON HUMAN RIGHTS", "CHR");

  // A/RES/64/178, A/HRC/RES/8/12, E/RES/2008/33, S/RES/1325 (2000), A/RES/2200 A (XXI)
  private static final Pattern RESOLUTION_SYMBOL =
      Pattern.compile("^(A/HRC|A|E|S)/RES/(.+)$", Pattern.CASE_INSENSITIVE);
  // "resolution 64/178", "res. 64/178", "General Assembly resolution 64/178"
  private static final Pattern RESOLUTION_WORD =
      Pattern.compile("^(.*?)\\s*\\b(?:RESOLUTIONS?|RES\\.?)\\s+(.+)$");
  // "GA 64/178", "ECOSOC dec 1980/127", "SC 1325(2000)"
  private static final Pattern BODY_KEY =
      Pattern.compile("^(GA|SC|ECOSOC|HRC|CCPCJ|CHR|CSW|CND)\\s*(DEC\\.?\\s+|DECISION\\s+)?(.+)$");
  // 64/178
  private static final Pattern SESSION_NUMBER = Pattern.compile("^(\\d{1,4})/(\\d+)$");
  // 1325 (2000)
  private static final Pattern YEAR_NUMBER = Pattern.compile("^(\\d+)\\s*\\((\\d{4})\\)$");
  // Add.1, Corr.1, Rev.1, Amend.1 keep their case in symbols: E/2002/68/Add.1
  private static final Pattern SYMBOL_SUFFIX = Pattern.compile("/(ADD|CORR|REV|AMEND)\\.");

  private KeyNormalizer() {}

  /** The candidate keys, most likely first; the typed text itself (trimmed) comes last. */
  public static List<String> candidates(String typed) {
    String text = typed.strip().replaceAll("\\s+", " ");
    if (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    Set<String> out = new LinkedHashSet<>();
    if (text.regionMatches(true, 0, "file:", 0, 5)) {
      out.add("file:" + text.substring(5));
      return List.copyOf(out);
    }
    String upper = text.toUpperCase(Locale.ROOT);
    Matcher symbol = RESOLUTION_SYMBOL.matcher(text);
    if (symbol.matches()) {
      String body =
          switch (symbol.group(1).toUpperCase(Locale.ROOT)) {
            case "A" -> "GA";
            case "A/HRC" -> "HRC";
            case "E" -> "ECOSOC";
            default -> "SC";
          };
      out.add(body + " " + number(symbol.group(2).toUpperCase(Locale.ROOT)));
    }
    out.addAll(resolutionKeys(upper));
    if (upper.startsWith("UNTS")) {
      out.add("UNTS " + upper.substring(4).strip());
    }
    if (text.contains("/") && !text.contains(" ")) {
      out.add(SYMBOL_SUFFIX.matcher(upper).replaceAll(m -> "/" + suffix(m.group(1)) + "."));
    }
    out.add(text);
    out.add(upper);
    return List.copyOf(out);
  }

  private static List<String> resolutionKeys(String upper) {
    List<String> out = new ArrayList<>();
    String rest = upper;
    String body = null;
    Matcher word = RESOLUTION_WORD.matcher(upper);
    if (word.matches()) {
      body = word.group(1).isEmpty() ? null : BODY_NAMES.getOrDefault(word.group(1), word.group(1));
      rest = word.group(2);
    }
    Matcher keyed = BODY_KEY.matcher(body == null ? rest : body + " " + rest);
    if (keyed.matches()) {
      String dec = keyed.group(2) == null ? "" : "dec ";
      out.add(keyed.group(1) + " " + dec + number(keyed.group(3)));
      return out;
    }
    Matcher sessionNumber = SESSION_NUMBER.matcher(rest);
    if (sessionNumber.matches()) {
      int first = Integer.parseInt(sessionNumber.group(1));
      if (sessionNumber.group(1).length() == 4) {
        out.add("ECOSOC " + rest);
      } else if (first >= 31) {
        out.add("GA " + rest);
      }
      for (String b : SESSION_BODIES) {
        out.add(b + " " + rest);
      }
      return out;
    }
    Matcher year = YEAR_NUMBER.matcher(rest);
    if (year.matches()) {
      out.add("SC " + year.group(1) + " (" + year.group(2) + ")");
    }
    return out;
  }

  /** "1325(2000)" as "1325 (2000)"; "2200A(XXI)" as "2200 A (XXI)". */
  private static String number(String number) {
    return number
        .replaceAll("(\\d)([A-Z])\\b", "$1 $2")
        .replaceAll("([^ ])\\(", "$1 (")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String suffix(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }
}
