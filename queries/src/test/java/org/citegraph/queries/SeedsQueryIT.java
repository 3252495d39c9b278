package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every canned query on the four seeds, against {@code golden/seeds/*.json}. */
class SeedsQueryIT {
  @TempDir static Path home;
  static GraphFixture graph;

  @BeforeAll
  static void loadSeeds() {
    graph = GraphFixture.withSeeds(home);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  static Stream<GoldenCase> cases() {
    return Stream.of(
        GoldenCase.verb("citing-64-178", CannedQuery.CITING, null, "64/178"),
        GoldenCase.verb("citing-64-178-recalling", CannedQuery.CITING, "recalling", "GA 64/178"),
        GoldenCase.of("cited-by-67-190", CannedQuery.CITED_BY, "A/RES/67/190"),
        GoldenCase.depth("lineage-70-179", CannedQuery.LINEAGE, 2, "70/179"),
        GoldenCase.depth("lineage-down-64-178", CannedQuery.LINEAGE_DOWN, 3, "64/178"),
        GoldenCase.of("treaties", CannedQuery.TREATIES),
        GoldenCase.verb("bodies", CannedQuery.BODIES, null),
        GoldenCase.verb("bodies-requests", CannedQuery.BODIES, "requests"),
        GoldenCase.kind("unresolved", CannedQuery.UNRESOLVED, null, 25),
        GoldenCase.kind("top", CannedQuery.TOP, null, 10),
        GoldenCase.kind("top-instruments", CannedQuery.TOP, "instrument", 5),
        GoldenCase.of("drafts", CannedQuery.DRAFTS),
        GoldenCase.of("path-70-179-hrc-8-12", CannedQuery.PATH, "70/179", "HRC 8/12"),
        GoldenCase.of("which-resolutions-recall", CannedQuery.WHICH_RESOLUTIONS_RECALL, "64/178"),
        GoldenCase.of(
            "treaties-cited-across-sessions", CannedQuery.TREATIES_CITED_ACROSS_SESSIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesItsGoldenResult(GoldenCase c) {
    Golden.check("seeds", c.name(), c.request().run(graph.driver).toJson());
  }

  @Test
  void everyCannedQueryHasAGoldenCase() {
    Set<CannedQuery> covered = EnumSet.noneOf(CannedQuery.class);
    cases().forEach(c -> covered.add(c.request().query()));
    assertThat(covered).containsExactlyInAnyOrder(CannedQuery.values());
  }

  @Test
  void whoRecallsGa64178() {
    QueryResult all = QueryRequest.of(CannedQuery.CITING, "A/RES/64/178").run(graph.driver);
    assertThat(all.rows())
        .extracting(row -> row.get(0) + " | " + row.get(3))
        .containsExactly(
            "file:000_ee4c0d86e09c4390 | reaffirming",
            "GA 67/190 | recalling also",
            "GA 70/179 | recalling",
            "file:002_231a7929659aa230 | recalling also");

    QueryResult recalling =
        new QueryRequest(
                CannedQuery.CITING, List.of("\"GA 64/178\""), "recalling", null, null, null)
            .run(graph.driver);
    assertThat(recalling.column("citing"))
        .containsExactly("GA 67/190", "GA 70/179", "file:002_231a7929659aa230");
    assertThat(recalling.column("symbol")).containsExactly("A/RES/67/190", "A/RES/70/179", null);
    assertThat(recalling.column("kind")).containsExactly("resolution", "resolution", "draft");
  }

  @Test
  void theDraftBecameGa67190() {
    QueryResult drafts = QueryRequest.of(CannedQuery.DRAFTS).run(graph.driver);
    assertThat(drafts.column("draft")).contains("file:002_231a7929659aa230");
    assertThat(drafts.column("resolution")).containsOnly("GA 67/190");
  }

  @Test
  void anUnknownKeyNamesTheNearestKnownKeys() {
    assertThatThrownBy(() -> QueryRequest.of(CannedQuery.CITING, "64/179").run(graph.driver))
        .isInstanceOf(UnknownKeyException.class)
        .hasMessageContaining("no node has the key \"64/179\"")
        .hasMessageContaining("GA 64/178")
        .satisfies(e -> assertThat(((UnknownKeyException) e).nearest()).startsWith("GA 64/178"));
  }

  @Test
  void aKeyWithQuotesBracesAndDetachDeleteIsData() {
    long nodes = graph.nodes();
    long relationships = graph.relationships();
    String hostile = "GA 64/178'}) DETACH DELETE n WITH 1 AS x MATCH (m {key: \"x\"}) //";

    assertThatThrownBy(() -> QueryRequest.of(CannedQuery.CITING, hostile).run(graph.driver))
        .isInstanceOf(UnknownKeyException.class)
        .hasMessageContaining("DETACH DELETE");
    for (CannedQuery query : List.of(CannedQuery.CITING, CannedQuery.CITED_BY)) {
      Map<String, Object> parameters = new java.util.HashMap<>();
      parameters.put("key", hostile);
      parameters.put("act", null);
      assertThat(query.run(graph.driver, parameters).rows()).isEmpty();
    }
    assertThat(graph.nodes()).isEqualTo(nodes);
    assertThat(graph.relationships()).isEqualTo(relationships);
  }
}
