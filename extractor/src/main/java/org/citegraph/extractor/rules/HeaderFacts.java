package org.citegraph.extractor.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.Line;
import org.citegraph.extractor.text.Months;
import org.jspecify.annotations.Nullable;

/**
 * What a document's header and trailer state about it besides its key: its title, session, adoption
 * date (never the distribution date) and sponsors.
 */
final class HeaderFacts {
  private static final Pattern SESSION_WORD =
      Pattern.compile("\\b([A-Za-z]+(?:-[a-z]+)?)[ \\t]+[Ss]ession\\b");

  private static final Pattern SESSION_NUMBER =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)[ \\t]+[Ss]ession\\b");

  private static final Pattern ADOPTED_BY =
      Pattern.compile(
          "[Aa]dopted by the [A-Z][\\w ]{2,60}?(?:\\s+at its [^,\\n]{1,40},)?\\s+on\\s+(?=\\d)");

  private static final Pattern PLENARY =
      Pattern.compile("plenary meeting\\s+" + Months.DATE.pattern());

  // "Bangladesh, Belarus and India: revised draft resolution"
  private static final Pattern SPONSORS =
      Pattern.compile("^[ \\t#*]*(.{3,2000}?):\\s*(?:revised\\s+)?draft (?:resolution|decision)");

  // Model UN: "**Sponsors:** France, Brazil", "Submitted by: Japan"
  private static final Pattern SPONSOR_LINE =
      Pattern.compile(
          "^[ \\t#*_]*(?:Sponsors?|Co-sponsors?|Sponsored by|Submitted by)[*_]*:?[*_]*[ \\t]*(.{3,2000})$");

  // "**Committee:** ...", "Topic: ...": a labelled header line, never a title
  private static final Pattern LABEL = Pattern.compile("^[A-Z][a-z-]+(?: [a-z-]+)?:");

  /** Header lines that are metadata, not a title. */
  private static final Pattern NOT_TITLE =
      Pattern.compile(
          "(?i)distr\\.|original:|\\bsession\\b|agenda item|draft (?:resolution|decision)"
              + "|^\\W*united nations\\W*$|^\\W*resolution\\b|\\[on the report|adopted by"
              + "|^\\W*(?:general assembly|security council|economic and social council"
              + "|human rights council)\\W*$|/|^\\W*\\[|^[\\W\\d]*$");

  /** The last header line that is not metadata: the title of a text with no numbered heading. */
  static @Nullable String title(Layout layout, int headerEnd) {
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

  static @Nullable Integer session(String header, String key) {
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

  static @Nullable LocalDate adopted(String header, String text, Layout layout) {
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

  static List<String> sponsors(Layout layout, int headerEnd, List<Mention> names) {
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

  private HeaderFacts() {}
}
