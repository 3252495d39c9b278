package org.citegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The whole graph as sorted lines, for comparing two graphs: one line per node (labels, properties)
 * and per relationship (ends by key, type, properties). Element ids are left out on purpose.
 */
public record GraphSnapshot(List<String> nodes, List<String> relationships) {
  public static GraphSnapshot of(Driver driver) {
    try (Session session = driver.session()) {
      List<String> nodes = new ArrayList<>();
      for (Record r : session.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").list()) {
        nodes.add(sorted(r.get("l").asList()) + " " + new TreeMap<>(r.get("p").asMap()));
      }
      List<String> rels = new ArrayList<>();
      for (Record r :
          session
              .run(
                  "MATCH (a)-[r]->(b) RETURN labels(a) AS la, a.key AS a, type(r) AS t,"
                      + " properties(r) AS p, labels(b) AS lb, b.key AS b")
              .list()) {
        rels.add(
            sorted(r.get("la").asList())
                + r.get("a").asString()
                + " -["
                + r.get("t").asString()
                + " "
                + new TreeMap<>(r.get("p").asMap())
                + "]-> "
                + sorted(r.get("lb").asList())
                + r.get("b").asString());
      }
      nodes.sort(null);
      rels.sort(null);
      return new GraphSnapshot(nodes, rels);
    }
  }

  private static String sorted(List<Object> labels) {
    return labels.stream().map(Object::toString).sorted().toList().toString();
  }

  public static void clear(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume();
    }
  }
}
