package org.citegraph.queries.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.queries.algorithms.CentralityTest.graph;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageOrderTest {
  @Test
  void whatIsCitedComesFirst() {
    // c cites b and a; b cites a; d cites nothing and nothing cites it.
    var g = graph("c->b", "c->a", "b->a");
    g.addVertex("d");

    LineageOrder<String> order = LineageOrder.of(g, Comparator.naturalOrder());

    assertThat(order.order()).containsExactly("a", "b", "c", "d");
    assertThat(order.cycles()).isEmpty();
    assertThat(order.positions()).containsEntry("a", 1).containsEntry("c", 3);
  }

  @Test
  void tiesGoByTheTieBreak() {
    var g = graph("z->y", "x->y");

    assertThat(LineageOrder.of(g, Comparator.<String>naturalOrder()).order())
        .containsExactly("y", "x", "z");
    assertThat(LineageOrder.of(g, Comparator.<String>reverseOrder()).order())
        .containsExactly("y", "z", "x");
  }

  @Test
  void aCycleIsKeptTogetherAndReported() {
    // a and b cite each other (an extraction error); c cites a; b cites d.
    var g = graph("a->b", "b->a", "c->a", "b->d", "e->e");

    LineageOrder<String> order = LineageOrder.of(g, Comparator.naturalOrder());

    assertThat(order.order()).containsExactly("d", "a", "b", "c", "e");
    assertThat(order.cycles()).containsExactly(List.of("a", "b"), List.of("e"));
  }
}
