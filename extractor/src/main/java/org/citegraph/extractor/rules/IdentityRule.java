package org.citegraph.extractor.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.Line;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document's own identity from its header (everything before "The General Assembly,") and
 * its trailer (plenary meeting line, Official Document System footer):
 *
 * <ul>
 *   <li>the key, from its symbol ({@code A/RES/67/190}, also glued into footer text or mangled by
 *       LaTeX as {@code $A_{\rm /RES/70/179}$}), from the heading "67/190. Title", or, for a draft,
 *       from its L. symbol; otherwise {@code file:<name>};
 *   <li>the session, from "Sixty-seventh session" in the header, else from the key;
 *   <li>the adoption date, from "adopted by ... on 20 December 2012" or the plenary meeting line,
 *       never from "Distr.: General 27 March 2013";
 *   <li>the title, the report it was adopted on, and a draft's sponsors.
 * </ul>
 */
public final class IdentityRule {
  private static final Pattern LATEX = Pattern.compile("\\$([^$\\n]{1,80})\\$");
  private static final Pattern LATEX_NOISE = Pattern.compile("\\\\[a-zA-Z]+|[{}_^$\\s]");
  private static final Pattern ODS_SYMBOL = Pattern.compile("<<ODS DOC SYMBOL1>>([^<\\s]+)<<");
  // "A/RES/67/190", "A/HRC/RES/20/1", "E/RES/2008/33", also glued: "United NationsA/RES/67/190"
  private static final Pattern RES_SYMBOL =
      Pattern.compile("([AES](?:/[A-Z]{2,5}(?:\\.\\d{1,3})?)?/RES/(?:E?S-)?\\d{1,4}/\\d{1,4})");
  // "A/C.3/67/L.13/Rev.1", "A/HRC/20/L.10"
  private static final Pattern DRAFT_SYMBOL =
      Pattern.compile(
          "(?<![\\p{L}/])([AE](?:/[A-Z0-9.]{1,8})*/L\\.\\d{1,3}(?:/(?:Rev|Add|Corr)\\.\\d{1,2})*)");
  // "67/190.\tImproving ...", "## 70/179. Improving ..."
  private static final Pattern HEADING =
      Pattern.compile("^[ \\t#*]*((?:E?S-)?\\d{1,4}/\\d{1,4})\\.[ \\t]+(\\S.*?)[ \\t*]*$");
  private static final Pattern SESSION_WORD =
      Pattern.compile("\\b([A-Za-z]+(?:-[a-z]+)?)[ \\t]+[Ss]ession\\b");
  private static final Pattern SESSION_NUMBER =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)[ \\t]+[Ss]ession\\b");
  private static final Pattern ADOPTED_BY =
      Pattern.compile(
          "[Aa]dopted by the [A-Z][\\w ]{2,60}?(?:\\s+at its [^,\\n]{1,40},)?\\s+on\\s+(?=\\d)");
  // "Resolution 2331 (2016)": the Security Council's own heading
  private static final Pattern SC_HEADING =
      Pattern.compile("(?m)^[ \\t#*]*Resolution (\\d{1,4}) \\(((?:19|20)\\d\\d)\\)[ \\t*]*$");
  private static final Pattern YEAR_AFTER = Pattern.compile("^[ \\t]*\\(((?:19|20)\\d\\d)\\)");
  private static final Pattern PLENARY =
      Pattern.compile("plenary meeting\\s+" + Months.DATE.pattern());
  private static final Pattern REPORT =
      Pattern.compile("\\[on the report of the [^(\\]]{3,80}\\(\\s*([A-Z][A-Za-z0-9./-]+)");
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft (?:resolution|decision)\\b");
  // "Bangladesh, Belarus and India: revised draft resolution"
  private static final Pattern SPONSORS =
      Pattern.compile("^[ \\t#*]*(.{3,2000}?):\\s*(?:revised\\s+)?draft (?:resolution|decision)");
  // Model UN: "**Sponsors:** France, Brazil", "Submitted by: Japan"
  private static final Pattern SPONSOR_LINE =
      Pattern.compile(
          "^[ \\t#*_]*(?:Sponsors?|Co-sponsors?|Sponsored by|Submitted by)[*_]*:?[*_]*[ \\t]*(.{3,2000})$");
  // "**Committee:** ...", "Topic: ...": a labelled header line, never a title
  private static final Pattern LABEL = Pattern.compile("^[A-Z][a-z-]+(?: [a-z-]+)?:");
  private static final Pattern RESOLUTION_LINE =
      Pattern.compile("(?i)^[ \\t#*]*resolution\\b|resolution adopted by");

  /** Header lines that are metadata, not a title. */
  private static final Pattern NOT_TITLE =
      Pattern.compile(
          "(?i)distr\\.|original:|\\bsession\\b|agenda item|draft (?:resolution|decision)"
              + "|^\\W*united nations\\W*$|^\\W*resolution\\b|\\[on the report|adopted by"
              + "|^\\W*(?:general assembly|security council|economic and social council"
              + "|human rights council)\\W*$|/|^\\W*\\[|^[\\W\\d]*$");

  public Identity read(String fileName, Layout layout, List<Mention> names) {
    String text = layout.text();
    int headerEnd = layout.formula() == null ? Math.min(text.length(), 3000) : layout.headerEnd();
    String header = text.substring(0, headerEnd);
    String trailer = text.substring(Math.min(layout.bodyEnd(), text.length()));
    String cleanHeader = unLatex(header);

    String body = ownBody(layout, names);
    String symbol = firstGroup(ODS_SYMBOL, trailer);
    if (symbol == null) {
      symbol = firstGroup(RES_SYMBOL, cleanHeader);
    }
    if (symbol == null) {
      symbol = firstGroup(RES_SYMBOL, trailer);
    }
    boolean draft = DRAFT.matcher(header).find();
    String draftSymbol = firstGroup(DRAFT_SYMBOL, cleanHeader);
    Matcher heading = headingLine(layout, headerEnd);

    String key = null;
    if (symbol != null && RES_SYMBOL.matcher(symbol).matches()) {
      key = resolutionKey(symbol);
      if (key != null && key.startsWith("SC ")) {
        key = securityCouncilKey(key, cleanHeader + "\n" + trailer, symbol);
      }
    }
    Matcher scHeading = SC_HEADING.matcher(cleanHeader);
    if (key == null && body.equals("SC") && scHeading.find()) {
      key = "SC " + scHeading.group(1) + " (" + scHeading.group(2) + ")";
    }
    if (key == null && heading != null && !draft) {
      key = body + " " + heading.group(1);
    }
    if (key == null && draftSymbol != null) {
      key = draftSymbol;
      symbol = draftSymbol;
      draft = true;
    }
    DocumentKind kind =
        draft
            ? DocumentKind.DRAFT
            : key != null || layout.formula() != null || RESOLUTION_LINE.matcher(header).find()
                ? DocumentKind.RESOLUTION
                : DocumentKind.DOCUMENT;
    if (key == null) {
      key = "file:" + stem(fileName);
    }
    String title = heading != null ? heading.group(2).trim() : titleLine(layout, headerEnd);
    return new Identity(
        key,
        kind,
        body,
        symbol,
        title,
        session(header, key),
        adopted(header, text, layout),
        firstGroup(REPORT, header),
        sponsors(layout, headerEnd, names));
  }

  /** The body that adopts the document: the enacting formula's, else the General Assembly. */
  private static String ownBody(Layout layout, List<Mention> names) {
    Line formula = layout.formula();
    if (formula != null) {
      for (Mention m : names) {
        if (m.kind() == RefKind.BODY
            && formula.contains(m.span().start())
            && ResolutionRule.RESOLUTION_BODIES.contains(m.key())) {
          return m.key();
        }
      }
    }
    return "GA";
  }

  private static @Nullable String resolutionKey(String symbol) {
    int res = symbol.indexOf("/RES/");
    String body = DocumentSymbolRule.issuer(symbol.substring(0, res));
    return body == null ? null : body + " " + symbol.substring(res + 5);
  }

  /** "S/RES/2331 (2016)": the Security Council's number carries its year. */
  private static String securityCouncilKey(String key, String text, String symbol) {
    int at = text.indexOf(symbol);
    if (at >= 0) {
      Matcher year = YEAR_AFTER.matcher(text.substring(at + symbol.length()));
      if (year.find()) {
        return key + " (" + year.group(1) + ")";
      }
    }
    return key;
  }

  private static @Nullable Matcher headingLine(Layout layout, int headerEnd) {
    for (Line line : layout.lines()) {
      if (line.start() >= headerEnd) {
        break;
      }
      Matcher m = HEADING.matcher(layout.text()).region(line.start(), line.end());
      if (m.matches()) {
        return m;
      }
    }
    return null;
  }

  /** The last header line that is not metadata: the title of a text with no numbered heading. */
  private static @Nullable String titleLine(Layout layout, int headerEnd) {
    String title = null;
    for (Line line : layout.lines()) {
      if (line.end() >= headerEnd || (layout.formula() == null && title != null)) {
        break;
      }
      String content = layout.text().substring(line.start(), line.end());
      String clean = content.replaceAll("[#*_]", "").trim();
      if (clean.length() >= 8
          && clean.length() <= 300
          && !NOT_TITLE.matcher(clean).find()
          && !LABEL.matcher(clean).lookingAt()) {
        title = clean.replaceAll("\\s+", " ");
      }
    }
    return title;
  }

  private static @Nullable Integer session(String header, String key) {
    Matcher words = SESSION_WORD.matcher(header);
    while (words.find()) {
      Integer n = Ordinals.parse(words.group(1));
      if (n != null) {
        return n;
      }
    }
    Matcher number = SESSION_NUMBER.matcher(header);
    if (number.find()) {
      return Integer.parseInt(number.group(1));
    }
    Matcher own = Pattern.compile("^[A-Z]+ (\\d{1,3})/").matcher(key);
    return own.find() ? Integer.parseInt(own.group(1)) : null;
  }

  private static @Nullable LocalDate adopted(String header, String text, Layout layout) {
    Matcher by = ADOPTED_BY.matcher(header);
    if (by.find()) {
      Matcher date = Months.DATE.matcher(header).region(by.end(), header.length());
      if (date.lookingAt()) {
        return Months.parse(date);
      }
    }
    Matcher plenary = PLENARY.matcher(text).region(layout.headerEnd(), text.length());
    LocalDate last = null;
    while (plenary.find()) {
      last = Months.parse(plenary);
    }
    return last;
  }

  private static List<String> sponsors(Layout layout, int headerEnd, List<Mention> names) {
    List<String> sponsors = new ArrayList<>();
    for (Line line : layout.lines()) {
      if (line.start() >= headerEnd) {
        break;
      }
      Matcher m = SPONSORS.matcher(layout.text()).region(line.start(), line.end());
      if (!m.lookingAt()) {
        m = SPONSOR_LINE.matcher(layout.text()).region(line.start(), line.end());
        if (!m.lookingAt()) {
          continue;
        }
      }
      for (Mention name : names) {
        if (name.kind() == RefKind.STATE
            && name.span().start() >= m.start(1)
            && name.span().end() <= m.end(1)
            && !sponsors.contains(name.key())) {
          sponsors.add(name.key());
        }
      }
    }
    return sponsors;
  }

  private static String unLatex(String header) {
    Matcher m = LATEX.matcher(header);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(LATEX_NOISE.matcher(m.group(1)).replaceAll("")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static @Nullable String firstGroup(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
