package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.citegraph.queries.algorithms.Citation;
import org.citegraph.queries.algorithms.CitationAnalysis;
import org.citegraph.queries.algorithms.CitationAnalysis.NodeScores;
import org.citegraph.queries.algorithms.GraphExport;
import org.citegraph.queries.algorithms.GraphNode;
import org.jgrapht.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph read through the driver into jgrapht, analysed, written back and exported. */
class CitationAnalysisIT {
  @TempDir static Path home;
  static GraphFixture graph;

  @BeforeAll
  static void loadCorpus() {
    graph = GraphFixture.withKnownCorpus(home);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @Test
  void readsEveryNodeAndOneEdgePerCitation() {
    Graph<GraphNode, Citation> g = CitationGraphReader.read(graph.driver);

    // 5 ingested + 5 cited, 2 instruments, 2 bodies, 1 State; 2 + 3 + 8 + 4 + 4 references.
    assertThat(g.vertexSet()).hasSize(15);
    assertThat(g.edgeSet()).hasSize(21);
  }

  @Test
  void theKnownCorpusHasOneLaterCitationAndNoCycle() {
    CitationAnalysis analysis = CitationAnalysis.of(CitationGraphReader.read(graph.driver));

    assertThat(analysis.cycles()).isEmpty();
    assertThat(analysis.laterCitations())
        .extracting(Object::toString)
        .containsExactly("GA 64/30 cites GA 65/99 (session 65, after 64)");
    assertThat(
            analysis.nodes().stream()
                .filter(s -> s.node().kind().equals("resolution") && s.node().ingested())
                .map(s -> s.node().key()))
        .containsExactly("GA 61/40", "GA 64/30", "GA 67/20", "GA 70/10");
    NodeScores ga6140 =
        analysis.nodes().stream().filter(s -> s.node().key().equals("GA 61/40")).findFirst().get();
    assertThat(ga6140.inDegree()).isEqualTo(1);
    assertThat(ga6140.posterity()).isEqualTo(4); // 64/30, 67/20, 70/10 and the draft
  }

  @Test
  void writeStoresTheScoresAsNodeProperties() {
    CitationAnalysis analysis = CitationAnalysis.of(CitationGraphReader.read(graph.driver));

    assertThat(AnalysisStore.write(graph.driver, analysis)).isEqualTo(15);
    try (var session = graph.driver.session()) {
      var r =
          session
              .run(
                  "MATCH (n:Resolution {key: 'GA 67/20'}) "
                      + "RETURN n.inDegree AS d, n.posterity AS p, n.pageRank AS pr")
              .single();
      assertThat(r.get("d").asInt()).isEqualTo(2);
      assertThat(r.get("p").asInt()).isEqualTo(2);
      assertThat(r.get("pr").asDouble()).isPositive();
    }
  }

  @Test
  void exportsTheGraph() {
    Graph<GraphNode, Citation> g = CitationGraphReader.read(graph.driver);

    assertThat(GraphExport.neo4jAdminCsv(g).relationships().lines()).hasSize(22); // header + 21
    assertThat(GraphExport.write(g, GraphExport.Format.GRAPHML)).contains(">A/C.3/70/L.5<");
  }
}
