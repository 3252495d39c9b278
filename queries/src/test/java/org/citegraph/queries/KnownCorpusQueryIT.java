package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canned query on {@link KnownCorpus}, against {@code golden/corpus/*.json}, and the answers
 * the corpus was written to give, asserted by hand.
 */
class KnownCorpusQueryIT {
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

  static Stream<GoldenCase> cases() {
    return Stream.of(
        GoldenCase.verb("citing-67-20", CannedQuery.CITING, null, "67/20"),
        GoldenCase.verb("citing-67-20-recall", CannedQuery.CITING, "recall", "67/20"),
        GoldenCase.of("cited-by-67-20", CannedQuery.CITED_BY, "A/RES/67/20"),
        GoldenCase.depth("lineage-70-10", CannedQuery.LINEAGE, 3, "70/10"),
        GoldenCase.depth("lineage-down-61-40", CannedQuery.LINEAGE_DOWN, 5, "GA 61/40"),
        GoldenCase.of("treaties", CannedQuery.TREATIES),
        GoldenCase.verb("bodies", CannedQuery.BODIES, null),
        GoldenCase.kind("unresolved", CannedQuery.UNRESOLVED, null, 25),
        GoldenCase.kind("top", CannedQuery.TOP, null, 25),
        GoldenCase.of("drafts", CannedQuery.DRAFTS),
        GoldenCase.of("path-70-10-hrc-11-3", CannedQuery.PATH, "70/10", "HRC 11/3"),
        GoldenCase.of("which-resolutions-recall", CannedQuery.WHICH_RESOLUTIONS_RECALL, "67/20"),
        GoldenCase.of(
            "treaties-cited-across-sessions", CannedQuery.TREATIES_CITED_ACROSS_SESSIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesItsGoldenResult(GoldenCase c) {
    Golden.check("corpus", c.name(), c.request().run(graph.driver).toJson());
  }

  @Test
  void everyCannedQueryHasAGoldenCase() {
    Set<CannedQuery> covered = EnumSet.noneOf(CannedQuery.class);
    cases().forEach(c -> covered.add(c.request().query()));
    assertThat(covered).containsExactlyInAnyOrder(CannedQuery.values());
  }

  @Test
  void aThreeStepLineageUpAndDown() {
    QueryResult up =
        new QueryRequest(CannedQuery.LINEAGE, List.of("70/10"), null, 3, null, null)
            .run(graph.driver);
    assertThat(up.column("resolution"))
        .containsExactly(
            "GA 67/20",
            "ECOSOC 2008/33",
            "GA 64/30",
            "HRC 11/3",
            "HRC 8/12",
            "GA 61/40",
            "GA 65/99");
    assertThat(up.column("path").get(5))
        .isEqualTo(List.of("GA 70/10", "GA 67/20", "GA 64/30", "GA 61/40"));

    QueryResult down =
        new QueryRequest(CannedQuery.LINEAGE_DOWN, List.of("61/40"), null, 2, null, null)
            .run(graph.driver);
    assertThat(down.column("resolution")).containsExactly("GA 64/30", "GA 67/20");
  }

  @Test
  void listsAcrossBodiesGiveOneKeyEach() {
    QueryResult cited = QueryRequest.of(CannedQuery.CITED_BY, "GA 67/20").run(graph.driver);
    assertThat(cited.column("key"))
        .containsExactly(
            "ECOSOC 2008/33",
            "GA 64/30",
            "HRC 11/3",
            "HRC 8/12",
            "UNTS 2225/39574",
            "SG",
            "UNODC",
            "BLR");
    assertThat(QueryRequest.of(CannedQuery.CITING, "8/12").run(graph.driver).column("citing"))
        .containsExactly("GA 67/20");
  }

  @Test
  void theDraftAndWhatChangedInItsResolution() {
    QueryResult drafts = QueryRequest.of(CannedQuery.DRAFTS).run(graph.driver);
    assertThat(drafts.rows())
        .extracting(row -> row.get(2) + " " + row.get(3) + " +" + row.get(4) + " -" + row.get(5))
        .containsExactly("GA 70/10 PP3 +[UNTS 2237/39574] -[]", "GA 70/10 OP4 +[] -[A/70/100]");
  }

  @Test
  void bodiesBySessionWithTheirVerbs() {
    QueryResult bodies =
        new QueryRequest(CannedQuery.BODIES, List.of(), "requests", null, null, null)
            .run(graph.driver);
    assertThat(bodies.rows())
        .extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(3))
        .containsExactly(
            "61 SG [requests (1)]",
            "64 SG [requests (1)]",
            "67 SG [requests (1)]",
            "70 UNODC [requests (2)]");
  }
}
