package org.citegraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distinct nodes a batch of reference rows cites, one row per (kind, key), with the smallest
 * name and date the citations give: {@code merge-targets.cypher} then merges each node once.
 */
final class Targets {
  private Targets() {}

  static List<Map<String, Object>> of(List<Map<String, Object>> references) {
    // Sorted, so that concurrent loads lock the nodes they share in one order (fewer deadlocks).
    Map<String, Map<String, Object>> byKey = new TreeMap<>();
    for (Map<String, Object> ref : references) {
      fold(byKey, ref);
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * Adds one reference row to the targets met so far, keyed {@code "kind key"}: a new target, or
   * the smaller name and earlier date of the two.
   */
  static void fold(Map<String, Map<String, Object>> byKey, Map<String, Object> ref) {
    Map<String, Object> target =
        byKey.computeIfAbsent(
            ref.get("kind") + " " + ref.get("key"),
            k -> {
              Map<String, Object> row = new HashMap<>();
              row.put("kind", ref.get("kind"));
              row.put("key", ref.get("key"));
              row.put("derived", ref.get("derived"));
              row.put("name", null);
              row.put("date", null);
              return row;
            });
    String name = (String) ref.get("name");
    if (name != null
        && (target.get("name") == null || name.compareTo((String) target.get("name")) < 0)) {
      target.put("name", name);
    }
    LocalDate date = (LocalDate) ref.get("date");
    if (date != null
        && (target.get("date") == null || date.isBefore((LocalDate) target.get("date")))) {
      target.put("date", date);
    }
  }
}
