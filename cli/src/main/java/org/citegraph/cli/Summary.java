package org.citegraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;

/** The readable form of a record: the document's identity, then distinct keys by kind. */
final class Summary {
  private Summary() {}

  static String of(Document d) {
    StringBuilder s = new StringBuilder();
    s.append(d.file()).append('\n');
    s.append("  key      ").append(d.key()).append(" (").append(d.kind().json()).append(")\n");
    line(s, "title", d.title());
    line(s, "session", d.session());
    line(s, "adopted", d.adopted());
    line(s, "report", d.report());
    Map<RefKind, TreeSet<String>> byKind = new LinkedHashMap<>();
    for (RefKind kind : RefKind.values()) {
      byKind.put(kind, new TreeSet<>());
    }
    for (Reference r : d.references()) {
      byKind.get(r.kind()).add(r.key());
    }
    s.append("  cites    ").append(d.references().size()).append(" references\n");
    byKind.forEach(
        (kind, keys) -> {
          if (!keys.isEmpty()) {
            s.append(String.format("    %-11s %s%n", kind.json(), String.join(", ", keys)));
          }
        });
    return s.toString().stripTrailing();
  }

  private static void line(StringBuilder s, String label, Object value) {
    if (value != null) {
      s.append(String.format("  %-8s %s%n", label, value));
    }
  }
}
