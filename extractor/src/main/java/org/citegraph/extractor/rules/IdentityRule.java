package org.citegraph.extractor.rules;

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
 * its trailer (plenary meeting line, Official Document System footer): its key, from its symbol
 * ({@code A/RES/67/190}, also glued into footer text or mangled by LaTeX as {@code $A_{\rm
 * /RES/70/179}$}), from the heading "67/190. Title", or, for a draft, from its L. symbol, otherwise
 * {@code file:<name>}; its kind; and, through {@link HeaderFacts}, its title, session, adoption
 * date, report and sponsors.
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
  // "Resolution 2331 (2016)": the Security Council's own heading
  private static final Pattern SC_HEADING =
      Pattern.compile("(?m)^[ \\t#*]*Resolution (\\d{1,4}) \\(((?:19|20)\\d\\d)\\)[ \\t*]*$");
  private static final Pattern YEAR_AFTER = Pattern.compile("^[ \\t]*\\(((?:19|20)\\d\\d)\\)");
  private static final Pattern REPORT =
      Pattern.compile("\\[on the report of the [^(\\]]{3,80}\\(\\s*([A-Z][A-Za-z0-9./-]+)");
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft (?:resolution|decision)\\b");
  private static final Pattern RESOLUTION_LINE =
      Pattern.compile("(?i)^[ \\t#*]*resolution\\b|resolution adopted by");

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
    String title = heading != null ? heading.group(2).trim() : HeaderFacts.title(layout, headerEnd);
    return new Identity(
        key,
        kind,
        body,
        symbol,
        title,
        HeaderFacts.session(header, key),
        HeaderFacts.adopted(header, text, layout),
        firstGroup(REPORT, header),
        HeaderFacts.sponsors(layout, headerEnd, names));
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
