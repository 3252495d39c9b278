package org.citegraph.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citegraph.graph.CypherResource;
import org.citegraph.queries.algorithms.CitationAnalysis;
import org.citegraph.queries.algorithms.CitationAnalysis.NodeScores;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Stores the analytics as node properties ({@code inDegree}, {@code pageRank}, {@code betweenness},
 * {@code posterity}, {@code lineageOrder}), so that the Browser can size nodes by them; written in
 * batches of {@value #BATCH} nodes, one transaction each.
 */
public final class AnalysisStore {
  static final int BATCH = 5_000;
  private static final CypherResource WRITE =
      CypherResource.load(AnalysisStore.class, "support/write-scores");

  private AnalysisStore() {}

  /** Returns the number of nodes written. */
  public static long write(Driver driver, CitationAnalysis analysis) {
    long written = 0;
    try (Session session = driver.session()) {
      List<NodeScores> nodes = analysis.nodes();
      for (int from = 0; from < nodes.size(); from += BATCH) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NodeScores s : nodes.subList(from, Math.min(nodes.size(), from + BATCH))) {
          rows.add(
              Map.of(
                  "id",
                  s.node().id(),
                  "scores",
                  Map.of(
                      "inDegree", s.inDegree(),
                      "pageRank", s.pageRank(),
                      "betweenness", s.betweenness(),
                      "posterity", s.posterity(),
                      "lineageOrder", s.lineageOrder())));
        }
        written +=
            session.executeWrite(
                tx -> tx.run(WRITE.text(), Map.of("rows", rows)).single().get(0).asLong());
      }
    }
    return written;
  }
}
