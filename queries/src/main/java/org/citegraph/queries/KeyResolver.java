package org.citegraph.queries;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citegraph.graph.CypherResource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Finds the node a typed key means: the first of {@link KeyNormalizer#candidates} that names a
 * node, else a key equal to one of them but for case, else an {@link UnknownKeyException} naming
 * the nearest keys by edit distance.
 */
public final class KeyResolver {
  /** How many near keys an unknown key's message lists. */
  static final int NEAREST = 5;

  private static final CypherResource FIND_KEYS =
      CypherResource.load(KeyResolver.class, "support/find-keys");
  private static final CypherResource ALL_KEYS =
      CypherResource.load(KeyResolver.class, "support/all-keys");

  private final Driver driver;

  public KeyResolver(Driver driver) {
    this.driver = driver;
  }

  /** The key of the node {@code typed} means. */
  public String resolve(String typed) {
    List<String> candidates = KeyNormalizer.candidates(typed);
    try (Session session = driver.session()) {
      Set<String> found =
          session.executeRead(
              tx ->
                  tx
                      .run(FIND_KEYS.text(), Map.of("keys", candidates))
                      .list(r -> r.get(0).asString())
                      .stream()
                      .collect(Collectors.toSet()));
      for (String candidate : candidates) {
        if (found.contains(candidate)) {
          return candidate;
        }
      }
      List<String> all =
          session.executeRead(tx -> tx.run(ALL_KEYS.text()).list(r -> r.get(0).asString()));
      for (String candidate : candidates) {
        for (String key : all) {
          if (key.equalsIgnoreCase(candidate)) {
            return key;
          }
        }
      }
      throw new UnknownKeyException(typed, candidates, nearest(candidates.get(0), all));
    }
  }

  /** The keys nearest to {@code key}, by edit distance ignoring case, then by key. */
  static List<String> nearest(String key, List<String> keys) {
    String target = key.toUpperCase(Locale.ROOT);
    return keys.stream()
        .distinct()
        .sorted(
            Comparator.comparingInt((String k) -> distance(target, k.toUpperCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .limit(NEAREST)
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
