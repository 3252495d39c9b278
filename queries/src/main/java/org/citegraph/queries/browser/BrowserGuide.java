package org.citegraph.queries.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.queries.CannedQuery;

/**
 * A Neo4j Browser guide made from the canned queries' own files, so it never drifts from them: one
 * {@code <slide>} per query with its header, a runnable {@code :params} block built from the
 * header's {@code Example:} line, and the query as a runnable block (a click puts it in the
 * editor). The Browser splits HTML guides at {@code <slide>} and makes {@code pre.runnable} blocks
 * clickable; scripts are stripped, so the page holds none.
 */
public final class BrowserGuide {
  // "$key = 'GA 64/178', $act = 'recall' (citegraph query citing 64/178 --verb recalling)"
  private static final Pattern ASSIGNMENT =
      Pattern.compile("\\$(\\w+) = ('[^']*'|[^,(]+?)(?=,|\\s*\\(|$)");

  private BrowserGuide() {}

  /** The whole guide, one HTML document. */
  public static String html() {
    StringBuilder s = new StringBuilder();
    s.append("<title>citegraph: lineage questions</title>\n");
    s.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    s.append("<slide class=\"row-fluid\">\n<h3>citegraph: lineage questions</h3>\n");
    s.append("<p>Each slide is one canned question. Click the <code>:params</code> block, run it,")
        .append(" change the key if you like (exact keys: <code>GA 64/178</code>,")
        .append(" <code>HRC 8/12</code>, <code>A/67/156</code>), then click the query and run it.")
        .append(
            " The same questions from a terminal: <code>citegraph query --list</code>.</p>\n<ul>\n");
    for (CannedQuery q : CannedQuery.values()) {
      s.append("<li>").append(escape(q.purpose())).append(" (<code>").append(usage(q));
      s.append("</code>)</li>\n");
    }
    s.append("</ul>\n</slide>\n");
    for (CannedQuery q : CannedQuery.values()) {
      slide(s, q);
    }
    s.append("</carousel>\n</article>\n");
    return s.toString();
  }

  private static void slide(StringBuilder s, CannedQuery q) {
    s.append("<slide class=\"row-fluid\">\n");
    s.append("<h3>").append(escape(q.purpose())).append("</h3>\n");
    s.append("<p>").append(escape(String.join(" ", q.comments()))).append("</p>\n");
    String params = params(q.comments());
    if (params != null) {
      s.append("<pre class=\"runnable\">").append(escape(params)).append("</pre>\n");
    }
    s.append("<pre class=\"runnable\">").append(escape(q.cypher())).append("</pre>\n");
    s.append("</slide>\n");
  }

  /** How {@code citegraph query} runs it: {@code lineage --direction down} for LINEAGE_DOWN. */
  static String usage(CannedQuery q) {
    return q == CannedQuery.LINEAGE_DOWN ? q.command() + " --direction down" : q.command();
  }

  /** {@code :params {key: 'GA 64/178', act: 'recall'}} from the Example line, or null. */
  static @org.jspecify.annotations.Nullable String params(List<String> comments) {
    for (String line : comments) {
      if (!line.startsWith("Example:")) {
        continue;
      }
      List<String> pairs = new ArrayList<>();
      Matcher m = ASSIGNMENT.matcher(line);
      while (m.find()) {
        pairs.add(m.group(1) + ": " + m.group(2).strip());
      }
      return pairs.isEmpty() ? null : ":params {" + String.join(", ", pairs) + "}";
    }
    return null;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
