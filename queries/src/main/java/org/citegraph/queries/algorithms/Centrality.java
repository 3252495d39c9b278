package org.citegraph.queries.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * How central each node is in the citation graph (edges point from the citing document to what it
 * cites). Parallel edges (a document citing a node in several places) count once and self-citations
 * not at all, so every score is about distinct documents:
 *
 * <ul>
 *   <li>{@code inDegree}: how many documents cite the node;
 *   <li>{@code pageRank}: jgrapht's PageRank, damping 0.85 (scores sum to 1);
 *   <li>{@code betweenness}: how many shortest citation chains pass through it (not normalised);
 *   <li>{@code posterity}: how many documents build on it, directly or through others.
 * </ul>
 *
 * Posterity walks back from each cited node: O(V·E) at worst, fine for tens of thousands of nodes.
 */
public final class Centrality {
  public static final double DAMPING = 0.85;

  private Centrality() {}

  /** The scores of one node. */
  public record Scores(int inDegree, double pageRank, double betweenness, int posterity) {}

  /** Scores for every vertex, in the graph's vertex order. */
  public static <V, E> Map<V, Scores> of(Graph<V, E> citations) {
    Graph<V, DefaultEdge> simple = new DefaultDirectedGraph<>(DefaultEdge.class);
    citations.vertexSet().forEach(simple::addVertex);
    for (E e : citations.edgeSet()) {
      V source = citations.getEdgeSource(e);
      V target = citations.getEdgeTarget(e);
      if (!source.equals(target)) {
        simple.addEdge(source, target);
      }
    }
    Map<V, Double> pageRank = new PageRank<>(simple, DAMPING).getScores();
    Map<V, Double> betweenness = betweenness(simple);
    Map<V, Integer> posterity = posterity(simple);
    Map<V, Scores> scores = new LinkedHashMap<>();
    for (V v : simple.vertexSet()) {
      scores.put(
          v,
          new Scores(simple.inDegreeOf(v), pageRank.get(v), betweenness.get(v), posterity.get(v)));
    }
    return scores;
  }

  /**
   * Brandes' betweenness for an unweighted directed graph, the same scores as jgrapht's {@code
   * BetweennessCentrality(graph, false)} (the test compares them on seeded random graphs), but each
   * search touches only what its source reaches and sources that cite nothing are skipped. In a
   * citation graph most nodes are cited and cite nothing, and jgrapht's version initialises every
   * vertex for every source: 150 s instead of seconds on 27,000 nodes.
   */
  static <V> Map<V, Double> betweenness(Graph<V, DefaultEdge> g) {
    Map<V, Double> scores = new HashMap<>();
    g.vertexSet().forEach(v -> scores.put(v, 0.0));
    for (V s : g.vertexSet()) {
      if (g.outDegreeOf(s) == 0) {
        continue;
      }
      Deque<V> stack = new ArrayDeque<>();
      Map<V, List<V>> predecessors = new HashMap<>();
      Map<V, Double> paths = new HashMap<>();
      Map<V, Integer> distance = new HashMap<>();
      Deque<V> queue = new ArrayDeque<>();
      paths.put(s, 1.0);
      distance.put(s, 0);
      queue.add(s);
      while (!queue.isEmpty()) {
        V v = queue.poll();
        stack.push(v);
        int next = distance.get(v) + 1;
        for (DefaultEdge e : g.outgoingEdgesOf(v)) {
          V w = g.getEdgeTarget(e);
          Integer dw = distance.get(w);
          if (dw == null) {
            distance.put(w, next);
            queue.add(w);
            dw = next;
          }
          if (dw == next) {
            paths.merge(w, paths.get(v), Double::sum);
            predecessors.computeIfAbsent(w, k -> new ArrayList<>()).add(v);
          }
        }
      }
      Map<V, Double> dependency = new HashMap<>();
      while (!stack.isEmpty()) {
        V w = stack.pop();
        double dw = dependency.getOrDefault(w, 0.0);
        for (V v : predecessors.getOrDefault(w, List.of())) {
          dependency.merge(v, paths.get(v) / paths.get(w) * (1 + dw), Double::sum);
        }
        if (!w.equals(s)) {
          scores.merge(w, dw, Double::sum);
        }
      }
    }
    return scores;
  }

  private static <V> Map<V, Integer> posterity(Graph<V, DefaultEdge> simple) {
    Graph<V, DefaultEdge> reversed = new EdgeReversedGraph<>(simple);
    Map<V, Integer> posterity = new HashMap<>();
    for (V v : simple.vertexSet()) {
      if (simple.inDegreeOf(v) == 0) {
        posterity.put(v, 0);
        continue;
      }
      int reached = -1; // the walk starts at v itself
      for (var it = new BreadthFirstIterator<>(reversed, v); it.hasNext(); it.next()) {
        reached++;
      }
      posterity.put(v, reached);
    }
    return posterity;
  }
}
