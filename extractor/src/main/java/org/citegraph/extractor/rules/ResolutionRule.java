package org.citegraph.extractor.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Diagnostic;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.text.Anchor;
import org.citegraph.extractor.text.Footnote;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.Months;
import org.jspecify.annotations.Nullable;

/**
 * Resolutions and decisions cited by number: "its resolution 64/178 of 18 December 2009", lists
 * ("resolutions 55/67, 58/137 and 63/194", with dates between the numbers), the body named before
 * ("Human Rights Council resolutions 8/12 and 11/3"), after ("resolution 20/3 of the Commission on
 * Crime Prevention and Criminal Justice") or by anaphora ("other relevant Council resolutions"),
 * Security Council years ({@code 1325 (2000)}) and old-style numbers ({@code 2200 A (XXI)}).
 *
 * <p>A number with no body (or "its resolution") takes, in a footnote, the body of the "...
 * resolutions" phrase its marker hangs on, and otherwise the document's own body. Only the Security
 * Council numbers "1325 (2000)". Numbers a body cannot bear are not given to it: the General
 * Assembly has numbered "N/M" only since its 31st session and never by year; a year-numbered
 * resolution ("2008/33") with no body is the Economic and Social Council's.
 */
public final class ResolutionRule {
  /** Bodies whose resolutions have keys of their own (KEYS.md). */
  static final Set<String> RESOLUTION_BODIES =
      Set.of("GA", "SC", "ECOSOC", "HRC", "CCPCJ", "CHR", "CSW", "CND");

  private static final Set<String> COUNCILS = Set.of("SC", "ECOSOC", "HRC");
  private static final Set<String> COMMISSIONS = Set.of("CCPCJ", "CHR", "CSW", "CND");

  // "resolution", "Resolutions", "decision", "decisions"
  private static final Pattern TRIGGER = Pattern.compile("\\b([Rr]esolution|[Dd]ecision)s?\\b");
  // " of 18 December 2009"
  private static final Pattern DATE = Pattern.compile("\\s+of\\s+" + Months.DATE.pattern());
  // ", " / " and " / ", and " / " or " between numbers
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "[ \\t]*(?:,[ \\t]*(?:and[ \\t]+|or[ \\t]+)?|[ \\t]+(?:and|or|as well as)[ \\t]+)");
  private static final Pattern OF_THE = Pattern.compile(",?\\s+of\\s+the\\s+");
  // the word before "resolution": "its resolution", "Council resolutions", "Assembly resolution"
  private static final Pattern WORD_BEFORE =
      Pattern.compile("\\b(its|their|Assembly|Council|Commission)[ \\t]*$");

  private final String text;
  private final Layout layout;
  private final String ownBody;
  private final Map<Integer, Mention> bodiesByEnd = new HashMap<>();
  private final Map<Integer, Mention> bodiesByStart = new HashMap<>();
  private final List<Mention> bodies = new ArrayList<>();
  private final List<Diagnostic> diagnostics;
  private final Map<Integer, Optional<String>> anchorBodies = new HashMap<>();

  public ResolutionRule(
      Layout layout, List<Mention> bodyMentions, String ownBody, List<Diagnostic> diagnostics) {
    this.text = layout.text();
    this.layout = layout;
    this.ownBody = ownBody;
    this.diagnostics = diagnostics;
    for (Mention m : bodyMentions) {
      if (m.kind() == RefKind.BODY && RESOLUTION_BODIES.contains(m.key())) {
        bodiesByEnd.put(m.span().end(), m);
        bodiesByStart.put(m.span().start(), m);
        bodies.add(m);
      }
    }
  }

  public List<Mention> find() {
    List<Mention> found = new ArrayList<>();
    Matcher trigger = TRIGGER.matcher(text).useTransparentBounds(true);
    int resolution = text.indexOf("esolution");
    int decision = text.indexOf("ecision");
    while (resolution >= 0 || decision >= 0) {
      // the regular expression runs only where the literal words stand
      boolean first = decision < 0 || (resolution >= 0 && resolution < decision);
      int at = first ? resolution : decision;
      trigger.region(Math.max(0, at - 1), Math.min(text.length(), at + 12));
      if (trigger.lookingAt() && layout.zoneAt(trigger.start()) != Layout.Zone.TRAILER) {
        readList(trigger.start(), trigger.end(), trigger.group(1), found);
      }
      if (first) {
        resolution = text.indexOf("esolution", at + 1);
      } else {
        decision = text.indexOf("ecision", at + 1);
      }
    }
    return found;
  }

  private void readList(int start, int end, String word, List<Mention> found) {
    boolean decision = Character.toLowerCase(word.charAt(0)) == 'd';
    String named = bodyBefore(start);
    List<ResolutionNumber> numbers = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    String namedAfter = null;
    int pos = skipBlanks(end);
    while (true) {
      ResolutionNumber number = ResolutionNumber.at(text, pos, Math.min(text.length(), pos + 40));
      if (number == null) {
        break;
      }
      numbers.add(number);
      pos = number.end();
      LocalDate date = null;
      Matcher d = DATE.matcher(text).region(pos, Math.min(text.length(), pos + 40));
      if (d.lookingAt()) {
        date = Months.parse(d);
        pos = d.end();
      }
      Matcher of = OF_THE.matcher(text).region(pos, Math.min(text.length(), pos + 20));
      if (of.lookingAt() && bodiesByStart.containsKey(of.end())) {
        namedAfter = bodiesByStart.get(of.end()).key();
        pos = bodiesByStart.get(of.end()).span().end();
        Matcher d2 = DATE.matcher(text).region(pos, Math.min(text.length(), pos + 40));
        if (date == null && d2.lookingAt()) {
          date = Months.parse(d2);
          pos = d2.end();
        }
      }
      dates.add(date);
      Matcher sep = SEPARATOR.matcher(text).region(pos, Math.min(text.length(), pos + 20));
      if (!sep.lookingAt()) {
        break;
      }
      pos = sep.end();
    }
    for (int i = 0; i < numbers.size(); i++) {
      ResolutionNumber number = numbers.get(i);
      String body = named != null ? named : namedAfter;
      if (body == null) {
        body = implicitBody(number, start);
      }
      if (body == null) {
        diagnostics.add(
            new Diagnostic(
                "cannot tell which body adopted resolution " + number.value() + "; left out",
                new Span(number.start(), number.end())));
        continue;
      }
      String key = body + (decision ? " dec " : " ") + number.value();
      RefKind kind = decision ? RefKind.DECISION : RefKind.RESOLUTION;
      found.add(new Mention(kind, key, new Span(number.start(), number.end()), dates.get(i), null));
    }
  }

  /** The body a number with no body named beside it belongs to, or null if none can. */
  private @Nullable String implicitBody(ResolutionNumber number, int at) {
    if (number.yearNumbered()) {
      return "ECOSOC";
    }
    if (number.shape() == ResolutionNumber.Shape.YEAR) {
      return "SC";
    }
    String context = ownBody;
    Footnote footnote = layout.footnoteAt(at);
    if (footnote != null) {
      String anchored = anchorBody(footnote);
      if (anchored != null) {
        context = anchored;
      }
    }
    if (context.equals("GA") && !number.possibleForGeneralAssembly()) {
      return null;
    }
    return context;
  }

  /**
   * The body of the last "... resolutions" phrase before the footnote's first marker, in the clause
   * that marker stands in ("other relevant Human Rights Council resolutions ...,7").
   */
  private @Nullable String anchorBody(Footnote footnote) {
    return anchorBodies
        .computeIfAbsent(footnote.number(), n -> Optional.ofNullable(findAnchorBody(footnote)))
        .orElse(null);
  }

  private @Nullable String findAnchorBody(Footnote footnote) {
    List<Anchor> anchors = layout.anchors(footnote.number());
    if (anchors.isEmpty() || anchors.get(0).clause() == null) {
      return null;
    }
    int from = anchors.get(0).clause().start();
    int to = anchors.get(0).marker().span().start();
    String body = null;
    Matcher trigger = TRIGGER.matcher(text).region(from, to);
    while (trigger.find()) {
      String named = bodyBefore(trigger.start());
      if (named != null) {
        body = named;
      }
    }
    return body;
  }

  /** The body named just before "resolution" at {@code at}, or null. */
  private @Nullable String bodyBefore(int at) {
    int end = at;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    Mention body = bodiesByEnd.get(end);
    if (body != null) {
      return body.key();
    }
    Matcher word = WORD_BEFORE.matcher(text).region(Math.max(0, at - 20), at);
    if (!word.find()) {
      return null;
    }
    return switch (word.group(1)) {
      case "its", "their" -> null; // the document's own body, with the implicit checks
      case "Assembly" -> "GA";
      case "Council" -> lastBefore(at, COUNCILS);
      default -> lastBefore(at, COMMISSIONS);
    };
  }

  private @Nullable String lastBefore(int at, Set<String> keys) {
    String last = null;
    for (Mention m : bodies) {
      if (m.span().start() >= at) {
        break;
      }
      if (keys.contains(m.key())) {
        last = m.key();
      }
    }
    return last;
  }

  private int skipBlanks(int pos) {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    return pos;
  }
}
