package org.citegraph.queries.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/** Hand-built graphs with answers worked out on paper (edges go from citing to cited). */
class CentralityTest {
  static Graph<String, DefaultEdge> graph(String... edges) {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (String edge : edges) {
      String[] ends = edge.split("->");
      g.addVertex(ends[0]);
      g.addVertex(ends[1]);
      g.addEdge(ends[0], ends[1]);
    }
    return g;
  }

  @Test
  void aChainOfThree() {
    // c -> b -> a: b lies on the only chain from c to a.
    Map<String, Centrality.Scores> s = Centrality.of(graph("c->b", "b->a"));

    assertThat(s.get("a").inDegree()).isEqualTo(1);
    assertThat(s.get("c").inDegree()).isZero();
    assertThat(s.get("a").posterity()).isEqualTo(2);
    assertThat(s.get("b").posterity()).isEqualTo(1);
    assertThat(s.get("c").posterity()).isZero();
    assertThat(s.get("b").betweenness()).isEqualTo(1.0);
    assertThat(s.get("a").betweenness()).isZero();
    assertThat(s.get("c").betweenness()).isZero();
  }

  @Test
  void aStarOfFourByPageRank() {
    // b, c, d each cite a. With damping d = 0.85 and a's rank spread evenly (a cites nothing):
    // x = 0.15/4 + 0.85·y/4 for b, c, d and 3x + y = 1, so y = 0.8875/1.6375.
    Map<String, Centrality.Scores> s = Centrality.of(graph("b->a", "c->a", "d->a"));

    double y = 0.8875 / 1.6375;
    assertThat(s.get("a").pageRank()).isCloseTo(y, within(1e-4));
    assertThat(s.get("b").pageRank()).isCloseTo((1 - y) / 3, within(1e-4));
    assertThat(s.get("a").inDegree()).isEqualTo(3);
    assertThat(s.get("a").posterity()).isEqualTo(3);
  }

  @Test
  void parallelCitationsAndSelfCitationsCountOnce() {
    // b cites a in two paragraphs; a cites itself ("the present resolution").
    Map<String, Centrality.Scores> s = Centrality.of(graph("b->a", "b->a", "a->a"));

    assertThat(s.get("a").inDegree()).isEqualTo(1);
    assertThat(s.get("a").posterity()).isEqualTo(1);
  }

  @Test
  void aCycleGivesEqualPageRanks() {
    Map<String, Centrality.Scores> s = Centrality.of(graph("a->b", "b->c", "c->a"));

    assertThat(s.values())
        .allSatisfy(v -> assertThat(v.pageRank()).isCloseTo(1.0 / 3, within(1e-6)));
    assertThat(s.values()).allSatisfy(v -> assertThat(v.posterity()).isEqualTo(2));
  }

  @Test
  void betweennessEqualsJgraphtsOnSeededRandomGraphs() {
    // Lucene-style seeded randomness: a failure names its seed.
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
      int n = 2 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        g.addVertex(i);
      }
      int edges = random.nextInt(n * 3);
      for (int i = 0; i < edges; i++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a != b) {
          g.addEdge(a, b);
        }
      }
      Map<Integer, Double> expected = new BetweennessCentrality<>(g, false).getScores();
      Map<Integer, Double> actual = Centrality.betweenness(g);
      for (int v = 0; v < n; v++) {
        assertThat(actual.get(v))
            .as("seed %d, vertex %d", seed, v)
            .isCloseTo(expected.get(v), within(1e-9));
      }
    }
  }
}
