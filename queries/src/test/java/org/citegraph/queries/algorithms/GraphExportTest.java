package org.citegraph.queries.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

class GraphExportTest {
  static Graph<GraphNode, Citation> twoResolutions() {
    Graph<GraphNode, Citation> g = new DirectedPseudograph<>(Citation.class);
    GraphNode a =
        new GraphNode(
            "1",
            "GA 67/190",
            "resolution",
            List.of("Resolution"),
            "Improving, \"coordination\"",
            "GA",
            67,
            "2012-12-20",
            true);
    GraphNode b = GraphNode.of("GA 64/178", "resolution", "GA", 64, false);
    GraphNode draft =
        new GraphNode(
            "3",
            "A/C.3/67/L.13",
            "draft",
            List.of("Document", "Draft"),
            null,
            null,
            67,
            null,
            true);
    g.addVertex(a);
    g.addVertex(b);
    g.addVertex(draft);
    g.addEdge(a, b, new Citation("recalling also", "recall", "PP3", 5));
    g.addEdge(draft, b, new Citation("recalling also", "recall", "PP3", null));
    return g;
  }

  @Test
  void graphMlCarriesNodeAndEdgeAttributes() {
    String xml = GraphExport.write(twoResolutions(), GraphExport.Format.GRAPHML);

    assertThat(xml)
        .contains("<graphml")
        .contains("attr.name=\"kind\"")
        .contains("attr.name=\"verb\"")
        .contains(">GA 67/190<")
        .contains(">recalling also<")
        .contains("<edge ");
  }

  @Test
  void gexfAndDotAreWritten() {
    assertThat(GraphExport.write(twoResolutions(), GraphExport.Format.GEXF))
        .contains("<gexf")
        .contains("label=\"GA 64/178\"");
    assertThat(GraphExport.write(twoResolutions(), GraphExport.Format.DOT))
        .startsWith("digraph G {")
        .contains("n2 -> n1 [ label=\"recalling also\" verb=\"recalling also\"")
        .contains("label=\"GA 64/178\"");
  }

  @Test
  void csvIsWhatNeo4jAdminImports() {
    GraphExport.CsvFiles csv = GraphExport.neo4jAdminCsv(twoResolutions());

    assertThat(csv.nodes())
        .isEqualTo(
            "key:ID,kind,title,session:int,adopted:date,ingested:boolean,:LABEL\n"
                + "A/C.3/67/L.13,draft,,67,,true,Document;Draft\n"
                + "GA 64/178,resolution,,64,,false,Resolution\n"
                + "GA 67/190,resolution,\"Improving, \"\"coordination\"\"\",67,2012-12-20,true,"
                + "Resolution\n");
    assertThat(csv.relationships())
        .isEqualTo(
            ":START_ID,:END_ID,:TYPE,verb,act,paragraph,footnote:int\n"
                + "GA 67/190,GA 64/178,CITES,recalling also,recall,PP3,5\n"
                + "A/C.3/67/L.13,GA 64/178,CITES,recalling also,recall,PP3,\n");
  }
}
