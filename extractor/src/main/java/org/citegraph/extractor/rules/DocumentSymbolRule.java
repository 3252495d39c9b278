package org.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Diagnostic;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * UN document symbols: {@code A/67/156}, {@code E/2002/68/Add.1}, {@code A/C.3/67/L.13/Rev.1},
 * {@code CTOC/COP/WG.4/2011/8}, "(A/67/53 and Corr.1)" (two documents), joint symbols {@code
 * A/67/700-S/2013/5} (two documents), ranges {@code A/HRC/20/18/Add.1-3} (three documents). Symbols
 * of resolutions and decisions ({@code A/RES/64/178}, {@code A/HRC/RES/8/12}, {@code S/RES/1325
 * (2000)}) give resolution and decision keys instead.
 *
 * <p>Look-alikes are refused: a symbol must start with a known series (the gazetteer's {@code
 * symbol-series.txt}) and carry a number; one left blank ({@code CTOC/COP/2012/__}) is reported,
 * not cited. Sales numbers ({@code E.12.IV.1}), job numbers ({@code 12-49000}) and page numbers
 * ({@code 2/2}) have no series and never match.
 */
public final class DocumentSymbolRule {
  // Series, then "/"-separated parts: "A", "67", "C.3", "L.13", "Add.1", "WG.4", "S-26", "RES".
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.])([A-Z]{1,8}(?:\\.\\d{1,3})?"
              + "(?:/(?:[A-Z][a-z]{1,5}\\.\\d{1,3}|[A-Z]{1,10}(?:\\.\\d{1,3})?(?![a-z])|E?S-\\d{1,3}|\\d{1,5}))+)");
  // "A/67/53 and Corr.1"
  private static final Pattern AND_SUFFIX =
      Pattern.compile("\\s+and\\s+((?:Corr|Add|Rev|Amend)\\.\\d{1,3})\\b");
  // "S/RES/1325 (2000)"
  private static final Pattern YEAR_AFTER = Pattern.compile("[ \\t]*\\(((?:19|20)\\d\\d)\\)");
  // what may not follow a whole symbol: a blank number "CTOC/COP/2012/__", or more of it
  private static final Pattern BLANK_AFTER = Pattern.compile("/?\\s*(?:\\\\?_){2}");

  // "Add.1" at the end of a symbol, and "-3" after it
  private static final Pattern LAST_PART = Pattern.compile("/(Add|Corr|Rev)\\.(\\d{1,3})$");
  private static final Pattern RANGE = Pattern.compile("[-–](\\d{1,3})\\b");
  private static final int MAX_RANGE = 20;

  private final Set<String> series;

  public DocumentSymbolRule(List<String> series) {
    this.series = new HashSet<>(series);
  }

  public List<Mention> find(String text, List<Diagnostic> diagnostics) {
    List<Mention> found = new ArrayList<>();
    Matcher m = SYMBOL.matcher(text).useTransparentBounds(true);
    int covered = 0;
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      // the expression runs only from the start of the word before each slash
      int start = slash;
      while (start > covered && symbolChar(text.charAt(start - 1))) {
        start--;
      }
      if (start == slash
          || start < covered
          || !isUpper(text.charAt(start))
          || !m.region(start, text.length()).lookingAt()) {
        continue;
      }
      covered = m.end();
      slash = Math.max(slash, m.end() - 1);
      String symbol = m.group(1);
      if (!valid(symbol)) {
        continue;
      }
      int end = m.end();
      if (end < text.length()
          && BLANK_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()) {
        diagnostics.add(
            new Diagnostic("symbol left blank: " + symbol + "/__", new Span(m.start(), end)));
        continue;
      }
      Mention resolution = resolution(text, symbol, m.start(), end);
      if (resolution != null) {
        found.add(resolution);
        continue;
      }
      found.add(Mention.of(RefKind.DOCUMENT, symbol, new Span(m.start(), end)));
      addRange(text, symbol, end, found);
      Matcher suffix = AND_SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 20));
      if (suffix.lookingAt()) {
        found.add(
            Mention.of(
                RefKind.DOCUMENT,
                symbol + "/" + suffix.group(1),
                new Span(suffix.start(1), suffix.end(1))));
      }
    }
    return found;
  }

  /** "A/HRC/20/18/Add.1-3" also cites Add.2 and Add.3. */
  private static void addRange(String text, String symbol, int end, List<Mention> found) {
    Matcher last = LAST_PART.matcher(symbol);
    Matcher range = RANGE.matcher(text).region(end, Math.min(text.length(), end + 4));
    if (!last.find() || !range.lookingAt()) {
      return;
    }
    int from = Integer.parseInt(last.group(2));
    int to = Integer.parseInt(range.group(1));
    if (to <= from || to - from > MAX_RANGE) {
      return;
    }
    String base = symbol.substring(0, last.start(2));
    for (int n = from + 1; n <= to; n++) {
      found.add(Mention.of(RefKind.DOCUMENT, base + n, new Span(range.start(1), range.end(1))));
    }
  }

  private static boolean symbolChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private boolean valid(String symbol) {
    int slash = symbol.indexOf('/');
    String root = symbol.substring(0, slash);
    int dot = root.indexOf('.');
    if (!series.contains(dot < 0 ? root : root.substring(0, dot))) {
      return false;
    }
    String last = symbol.substring(symbol.lastIndexOf('/') + 1);
    return last.chars().anyMatch(Character::isDigit);
  }

  /** The resolution or decision key a RES/DEC symbol stands for, or null for other symbols. */
  private static @Nullable Mention resolution(String text, String symbol, int start, int end) {
    String[] parts = symbol.split("/");
    int res = -1;
    for (int i = 1; i < parts.length - 1; i++) {
      if (parts[i].equals("RES") || parts[i].equals("DEC")) {
        res = i;
      }
    }
    if (res < 0) {
      return null;
    }
    String body = issuer(String.join("/", Arrays.copyOfRange(parts, 0, res)));
    if (body == null) {
      return null;
    }
    String number = String.join("/", Arrays.copyOfRange(parts, res + 1, parts.length));
    int spanEnd = end;
    if (body.equals("SC")) {
      Matcher year = YEAR_AFTER.matcher(text).region(end, Math.min(text.length(), end + 10));
      if (year.lookingAt()) {
        number += " (" + year.group(1) + ")";
        spanEnd = year.end();
      }
    }
    String key = body + (parts[res].equals("DEC") ? " dec " : " ") + number;
    RefKind kind = parts[res].equals("DEC") ? RefKind.DECISION : RefKind.RESOLUTION;
    return Mention.of(kind, key, new Span(start, spanEnd));
  }

  /** The body whose resolutions carry symbols starting with {@code prefix}. */
  static @Nullable String issuer(String prefix) {
    return switch (prefix) {
      case "A" -> "GA";
      case "S" -> "SC";
      case "E" -> "ECOSOC";
      case "A/HRC" -> "HRC";
      case "E/CN.4" -> "CHR";
      case "E/CN.6" -> "CSW";
      case "E/CN.7" -> "CND";
      case "E/CN.15" -> "CCPCJ";
      default -> null;
    };
  }
}
