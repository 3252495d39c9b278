package org.citegraph.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Cuts the part of a resolution after "The General Assembly," into preambular paragraphs (PP1, PP2
 * ... in order) and operative paragraphs (OP n, as numbered). A line opens a new paragraph when it
 * starts with a number ("1.", "- 1.") or, in the preamble, with a clause phrase or an italicised or
 * -ing opening; any other line continues the paragraph before it (a page break, a name split by
 * footnote bodies, "(a) ..." sub-items).
 */
final class ClauseSegmenter {
  // "1.\tAffirms", "- 12. Calls upon", "3. *Requests*"
  private static final Pattern NUMBERED = Pattern.compile("^[ \\t>*-]*(\\d{1,3})\\.[ \\t]+");
  // "*Deeply troubled*", "_Noting_"
  private static final Pattern EMPHASIS = Pattern.compile("^[ \\t-]*[*_]{1,2}([^*_\\n]{2,60})[*_]");

  private final ClauseVerbs verbs;

  ClauseSegmenter(ClauseVerbs verbs) {
    this.verbs = verbs;
  }

  /** Lines to read: non-blank lines of the body that are not footnote bodies. */
  List<Clause> segment(String text, List<Line> bodyLines) {
    List<Clause> clauses = new ArrayList<>();
    String id = null;
    String verb = null;
    List<Span> segments = new ArrayList<>();
    int preambular = 0;
    boolean operative = false;
    for (Line line : bodyLines) {
      Matcher numbered = NUMBERED.matcher(text).region(line.start(), line.end());
      String newId = null;
      String newVerb = null;
      if (numbered.lookingAt()) {
        operative = true;
        newId = "OP" + Integer.parseInt(numbered.group(1));
        newVerb = openingOrFirstWords(text, numbered.end(), line.end());
      } else if (!operative) {
        newVerb = preambularOpening(text, line);
        if (newVerb != null) {
          newId = "PP" + (++preambular);
        }
      }
      if (newId != null) {
        if (id != null) {
          clauses.add(new Clause(id, verb, segments));
        }
        id = newId;
        verb = newVerb;
        segments = new ArrayList<>();
      }
      if (id != null) {
        segments.add(new Span(line.start(), line.end()));
      }
    }
    if (id != null) {
      clauses.add(new Clause(id, verb, segments));
    }
    return clauses;
  }

  private @Nullable String preambularOpening(String text, Line line) {
    ClauseVerbs.Opening opening = verbs.at(text, line.start(), line.end());
    if (opening != null) {
      return opening.verb();
    }
    Matcher emphasis = EMPHASIS.matcher(text).region(line.start(), line.end());
    if (emphasis.lookingAt()) {
      return fold(emphasis.group(1));
    }
    List<int[]> words = ClauseVerbs.words(text, line.start(), line.end(), 3);
    if (!words.isEmpty()) {
      String first = text.substring(words.get(0)[0], words.get(0)[1]);
      if (Character.isUpperCase(first.charAt(0)) && first.endsWith("ing") && first.length() > 5) {
        return withAdverb(text, words, first);
      }
    }
    return null;
  }

  /** An operative paragraph's opening: a known phrase, its emphasis, or its first word. */
  private String openingOrFirstWords(String text, int from, int end) {
    ClauseVerbs.Opening opening = verbs.at(text, from, end);
    if (opening != null) {
      return opening.verb();
    }
    Matcher emphasis = EMPHASIS.matcher(text).region(from, end);
    if (emphasis.lookingAt()) {
      return fold(emphasis.group(1));
    }
    List<int[]> words = ClauseVerbs.words(text, from, end, 3);
    if (words.isEmpty()) {
      return null;
    }
    return withAdverb(text, words, text.substring(words.get(0)[0], words.get(0)[1]));
  }

  private String withAdverb(String text, List<int[]> words, String first) {
    String verb = first.toLowerCase(Locale.ROOT);
    if (words.size() > 1) {
      String second = text.substring(words.get(1)[0], words.get(1)[1]);
      if (verbs.isAdverb(second)) {
        verb += " " + second.toLowerCase(Locale.ROOT);
      }
    }
    return verb;
  }

  private static String fold(String phrase) {
    return phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
