package org.citegraph.queries.algorithms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Everything {@code citegraph analyze} computes on the citation graph: the scores of each node, the
 * lineage order and the checks.
 */
public record CitationAnalysis(
    List<NodeScores> nodes,
    List<List<GraphNode>> cycles,
    List<CitationChecks.LaterCitation> laterCitations,
    int citations) {

  /** Order of nodes wherever an order must not depend on the run: by key, then element id. */
  public static final Comparator<GraphNode> BY_KEY =
      Comparator.comparing(GraphNode::key).thenComparing(GraphNode::id);

  /** One node's scores, and its position in the lineage order (1 = cites nothing earlier). */
  public record NodeScores(
      GraphNode node,
      int inDegree,
      double pageRank,
      double betweenness,
      int posterity,
      int lineageOrder) {}

  public CitationAnalysis {
    nodes = List.copyOf(nodes);
    cycles = cycles.stream().map(List::copyOf).toList();
    laterCitations = List.copyOf(laterCitations);
  }

  public static <E> CitationAnalysis of(Graph<GraphNode, E> citations) {
    Map<GraphNode, Centrality.Scores> scores = Centrality.of(citations);
    LineageOrder<GraphNode> order = LineageOrder.of(citations, BY_KEY);
    Map<GraphNode, Integer> positions = order.positions();
    List<NodeScores> nodes = new ArrayList<>();
    for (GraphNode n : order.order()) {
      Centrality.Scores s = scores.get(n);
      nodes.add(
          new NodeScores(
              n, s.inDegree(), s.pageRank(), s.betweenness(), s.posterity(), positions.get(n)));
    }
    return new CitationAnalysis(
        nodes,
        order.cycles(),
        CitationChecks.laterCitations(citations),
        citations.edgeSet().size());
  }

  /** The nodes by PageRank, highest first (ties by key). */
  public List<NodeScores> byPageRank() {
    return nodes.stream()
        .sorted(
            Comparator.comparingDouble(NodeScores::pageRank)
                .reversed()
                .thenComparing(NodeScores::node, BY_KEY))
        .toList();
  }
}
