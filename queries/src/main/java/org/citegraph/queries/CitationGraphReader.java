package org.citegraph.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citegraph.graph.CypherResource;
import org.citegraph.queries.algorithms.Citation;
import org.citegraph.queries.algorithms.GraphNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads the citation graph through the driver into a jgrapht multigraph: every node of a KEYS.md
 * kind and one edge per {@code :CITES}. The algorithms then run on it without the driver.
 */
public final class CitationGraphReader {
  private static final CypherResource NODES =
      CypherResource.load(CitationGraphReader.class, "support/read-nodes");
  private static final CypherResource CITATIONS =
      CypherResource.load(CitationGraphReader.class, "support/read-citations");

  private CitationGraphReader() {}

  public static Graph<GraphNode, Citation> read(Driver driver) {
    Graph<GraphNode, Citation> graph = new DirectedPseudograph<>(Citation.class);
    Map<String, GraphNode> byId = new HashMap<>();
    try (Session session = driver.session()) {
      List<GraphNode> nodes =
          session.executeRead(tx -> tx.run(NODES.text()).list(CitationGraphReader::node));
      for (GraphNode n : nodes) {
        graph.addVertex(n);
        byId.put(n.id(), n);
      }
      session.executeRead(
          tx -> {
            tx.run(CITATIONS.text())
                .forEachRemaining(
                    r -> {
                      GraphNode source = byId.get(r.get("source").asString());
                      GraphNode target = byId.get(r.get("target").asString());
                      if (source != null && target != null) {
                        graph.addEdge(
                            source,
                            target,
                            new Citation(
                                text(r.get("verb")),
                                text(r.get("act")),
                                text(r.get("paragraph")),
                                r.get("footnote").isNull() ? null : r.get("footnote").asInt()));
                      }
                    });
            return null;
          });
    }
    return graph;
  }

  private static GraphNode node(Record r) {
    return new GraphNode(
        r.get("id").asString(),
        r.get("key").asString(),
        r.get("kind").asString(),
        r.get("labels").asList(Value::asString),
        text(r.get("title")),
        text(r.get("body")),
        r.get("session").isNull() ? null : r.get("session").asInt(),
        text(r.get("adopted")),
        r.get("ingested").asBoolean());
  }

  private static @org.jspecify.annotations.Nullable String text(Value v) {
    return v.isNull() ? null : v.asString();
  }
}
