package org.citegraph.bench;

import java.util.List;
import java.util.Map;
import org.citegraph.extractor.model.RefKind;

/**
 * The comparison of an extraction with {@code manifest.jsonl}.
 *
 * @param documents documents found in both
 * @param notExtracted documents of the manifest the extraction did not give (their references count
 *     as missed)
 * @param notInManifest documents extracted that the manifest does not list
 * @param kinds the scores per kind of reference
 * @param fields how many documents had each field right: key, session, adopted, title
 * @param mismatches the first differences, in file order
 */
public record CheckReport(
    int documents,
    int notExtracted,
    int notInManifest,
    Map<RefKind, KindScore> kinds,
    Map<String, Integer> fields,
    List<Mismatch> mismatches) {

  public CheckReport {
    kinds = Map.copyOf(kinds);
    fields = Map.copyOf(fields);
    mismatches = List.copyOf(mismatches);
  }

  public KindScore total() {
    KindScore total = new KindScore(0, 0, 0);
    for (KindScore score : kinds.values()) {
      total = total.plus(score);
    }
    return total;
  }

  /** Per-kind precision and recall, the document fields, then the first mismatches. */
  public String table() {
    TextTable t =
        new TextTable("kind", "expected", "found", "correct", "precision", "recall", "F1");
    for (RefKind kind : RefKind.values()) {
      KindScore s = kinds.getOrDefault(kind, new KindScore(0, 0, 0));
      row(t, kind.json(), s);
    }
    row(t, "all", total());
    StringBuilder out = new StringBuilder(t.toString()).append('\n');
    TextTable f = new TextTable("field", "correct", "of", "accuracy");
    int all = documents + notExtracted;
    for (String field : List.of("key", "session", "adopted", "title")) {
      int correct = fields.getOrDefault(field, 0);
      f.row(field, Integer.toString(correct), Integer.toString(all), percent(correct, all));
    }
    out.append(f).append('\n');
    out.append(
        String.format(
            "documents compared %d, not extracted %d, not in manifest %d%n",
            documents, notExtracted, notInManifest));
    if (!mismatches.isEmpty()) {
      out.append("first mismatches:\n");
      mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
    }
    return out.toString();
  }

  private static void row(TextTable t, String name, KindScore s) {
    t.row(
        name,
        Long.toString(s.expected()),
        Long.toString(s.found()),
        Long.toString(s.correct()),
        String.format("%.3f", s.precision()),
        String.format("%.3f", s.recall()),
        String.format("%.3f", s.f1()));
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
  }
}
