package org.citegraph.queries.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

class CitationChecksTest {
  static final GraphNode GA_64 = GraphNode.of("GA 64/30", "resolution", "GA", 64, true);
  static final GraphNode GA_65 = GraphNode.of("GA 65/99", "resolution", "GA", 65, false);
  static final GraphNode GA_61 = GraphNode.of("GA 61/40", "resolution", "GA", 61, false);
  static final GraphNode HRC_20 = GraphNode.of("HRC 20/1", "resolution", "HRC", 20, false);
  static final GraphNode HRC_66 = GraphNode.of("HRC 66/1", "resolution", "HRC", 66, true);
  static final GraphNode UNODC = GraphNode.of("UNODC", "body", null, null, false);

  @Test
  void aDocumentCitingALaterSessionOfTheSameBodyIsFlagged() {
    Graph<GraphNode, Citation> g = new DirectedPseudograph<>(Citation.class);
    for (GraphNode n : new GraphNode[] {GA_64, GA_65, GA_61, HRC_20, HRC_66, UNODC}) {
      g.addVertex(n);
    }
    g.addEdge(GA_64, GA_65, new Citation("noting", "note", "PP2", null));
    g.addEdge(GA_64, GA_65, new Citation("recalling", "recall", "PP3", null));
    g.addEdge(GA_64, GA_61, new Citation("recalling", "recall", "PP1", null));
    g.addEdge(GA_64, HRC_20, new Citation("recalling", "recall", "PP1", null)); // other body
    g.addEdge(HRC_66, GA_65, new Citation("recalling", "recall", "PP1", null)); // other body
    g.addEdge(GA_65, UNODC, new Citation("invites", "invite", "OP1", null)); // not ingested

    assertThat(CitationChecks.laterCitations(g))
        .extracting(Object::toString)
        .containsExactly("GA 64/30 cites GA 65/99 (session 65, after 64)");
  }
}
