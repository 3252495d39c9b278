package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** Each canned query against a small known graph, with its expected rows. */
class CannedQueryIT {
  @TempDir static Path home;
  static EmbeddedNeo4j server;
  static Driver driver;

  @BeforeAll
  static void loadAKnownGraph() {
    server = EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0));
    driver = GraphConnection.open(server.boltUri(), "neo4j", null);
    new GraphLoader(driver)
        .load(
            List.of(
                resolution(
                    "GA 67/190",
                    67,
                    ref(RefKind.RESOLUTION, "GA 64/178", "recalling also", "PP3"),
                    ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "recalling", "PP2")),
                resolution(
                    "GA 68/192",
                    68,
                    ref(RefKind.RESOLUTION, "GA 64/178", "also recalls", "OP1"),
                    ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "reaffirming", "PP1"),
                    ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "urges", "OP4")),
                resolution(
                    "GA 69/100",
                    69,
                    ref(RefKind.RESOLUTION, "GA 64/178", "taking note", "PP4"),
                    ref(RefKind.INSTRUMENT, "UNTS 2237/39574", "recalling", "PP1"))));
  }

  @AfterAll
  static void stop() {
    driver.close();
    server.close();
  }

  @Test
  void whichResolutionsRecallExcludesMereMentions() {
    QueryResult r = CannedQuery.WHICH_RESOLUTIONS_RECALL.run(driver, Map.of("key", "GA 64/178"));

    assertThat(r.columns()).containsExactly("resolution", "title", "verbs", "paragraphs");
    assertThat(r.column("resolution")).containsExactly("GA 67/190", "GA 68/192");
    assertThat(r.column("verbs"))
        .containsExactly(List.of("recalling also"), List.of("also recalls"));
  }

  @Test
  void treatiesCitedAcrossSessionsMostSessionsFirst() {
    QueryResult r = CannedQuery.TREATIES_CITED_ACROSS_SESSIONS.run(driver, Map.of());

    assertThat(r.column("instrument")).containsExactly("UNTS 2225/39574", "UNTS 2237/39574");
    assertThat(r.column("sessions")).containsExactly(List.of("GA 67", "GA 68"), List.of("GA 69"));
    assertThat(r.column("citations")).containsExactly(3L, 1L);
    assertThat(r.toTable()).contains("UNTS 2225/39574").contains("GA 67, GA 68");
  }

  static Document resolution(String key, int session, Reference... refs) {
    return new Document(
        key.replace(' ', '_').replace('/', '-') + ".txt",
        key,
        DocumentKind.RESOLUTION,
        null,
        "Resolution " + key,
        session,
        null,
        null,
        List.of(),
        "sum-" + key,
        List.of(refs),
        List.of());
  }

  static Reference ref(RefKind kind, String key, String verb, String paragraph) {
    String text = kind.json() + " " + key;
    return new Reference(
        kind,
        key,
        verb,
        paragraph,
        null,
        null,
        null,
        text,
        verb + " " + text,
        new Span(0, text.length()));
  }
}
