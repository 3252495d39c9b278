package org.citegraph.queries.algorithms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * A topological order of the citation graph with what is cited first: every node comes after all
 * the nodes it cites. Ties go by {@code tieBreak}, so the order is the same on every run. A cycle
 * (which only an extraction error makes: a document cannot cite one written after it that cites it
 * back) is kept together, its members in {@code tieBreak} order, and reported in {@link #cycles()}.
 */
public record LineageOrder<V>(List<V> order, List<List<V>> cycles) {
  public LineageOrder {
    order = List.copyOf(order);
    cycles = cycles.stream().map(List::copyOf).toList();
  }

  public static <V, E> LineageOrder<V> of(Graph<V, E> citations, Comparator<V> tieBreak) {
    // The condensation by hand, components as indices: jgrapht's getCondensation() builds a
    // subgraph view per component, and a comparator over views is slow on 27,000 components.
    List<List<V>> components = new ArrayList<>();
    Map<V, Integer> componentOf = new HashMap<>();
    for (Set<V> set :
        new KosarajuStrongConnectivityInspector<>(citations).stronglyConnectedSets()) {
      List<V> members = new ArrayList<>(set);
      members.sort(tieBreak);
      for (V v : members) {
        componentOf.put(v, components.size());
      }
      components.add(members);
    }
    // Edges from cited to citing component, so that the topological order puts the cited first.
    Graph<Integer, DefaultEdge> citedFirst = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < components.size(); i++) {
      citedFirst.addVertex(i);
    }
    for (E e : citations.edgeSet()) {
      int from = componentOf.get(citations.getEdgeTarget(e));
      int to = componentOf.get(citations.getEdgeSource(e));
      if (from != to) {
        citedFirst.addEdge(from, to);
      }
    }
    Comparator<Integer> byFirstMember =
        Comparator.comparing(i -> components.get(i).get(0), tieBreak);
    List<V> order = new ArrayList<>();
    List<List<V>> cycles = new ArrayList<>();
    var it = new TopologicalOrderIterator<>(citedFirst, byFirstMember);
    while (it.hasNext()) {
      List<V> members = components.get(it.next());
      order.addAll(members);
      if (members.size() > 1 || citations.getEdge(members.get(0), members.get(0)) != null) {
        cycles.add(members);
      }
    }
    cycles.sort(Comparator.comparing(c -> c.get(0), tieBreak));
    return new LineageOrder<>(order, cycles);
  }

  /** The position of each node in the order, from 1. */
  public Map<V, Integer> positions() {
    Map<V, Integer> positions = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i + 1);
    }
    return positions;
  }
}
