package org.citegraph.queries.algorithms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of the citation graph as read for analytics and export. Equal by {@code id} (the Neo4j
 * element id), so two nodes with the same key under different labels stay apart.
 *
 * @param kind resolution, decision, document, draft, instrument, body or state
 * @param adopted an ISO date, or null
 */
public record GraphNode(
    String id,
    String key,
    String kind,
    List<String> labels,
    @Nullable String title,
    @Nullable String body,
    @Nullable Integer session,
    @Nullable String adopted,
    boolean ingested) {

  public GraphNode {
    labels = List.copyOf(labels);
  }

  /** A node for hand-built graphs: the key is the id, no labels beyond the kind. */
  public static GraphNode of(
      String key, String kind, @Nullable String body, @Nullable Integer session, boolean ingested) {
    String label = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    return new GraphNode(key, key, kind, List.of(label), null, body, session, null, ingested);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GraphNode other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
