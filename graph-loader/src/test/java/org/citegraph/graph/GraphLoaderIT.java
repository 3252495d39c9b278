package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.graph.Fixtures.ref;

import java.nio.file.Path;
import java.util.List;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The loader against the real Neo4j server, started in-process once for the class. */
class GraphLoaderIT {
  @TempDir static Path home;
  static EmbeddedNeo4j server;
  static Driver driver;
  GraphLoader loader;

  @BeforeAll
  static void startServer() {
    server = EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0));
    driver = GraphConnection.open(server.boltUri(), "neo4j", null);
  }

  @AfterAll
  static void stopServer() {
    if (driver != null) {
      driver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void emptyGraph() {
    GraphSnapshot.clear(driver);
    loader = new GraphLoader(driver, null, 2, 100);
  }

  @Test
  void loadingTwiceIsLoadingOnce() {
    LoadReport first = loader.load(Fixtures.all());
    GraphSnapshot once = GraphSnapshot.of(driver);

    LoadReport second = loader.load(Fixtures.all());

    assertThat(first.loaded()).isEqualTo(4);
    assertThat(first.failures()).isEmpty();
    assertThat(second.loaded()).isZero();
    assertThat(second.unchanged()).isEqualTo(4);
    assertThat(second.relationshipsCreated()).isZero();
    assertThat(GraphSnapshot.of(driver)).isEqualTo(once);
  }

  @Test
  void incrementalLoadsEqualAFullRebuild() {
    // The draft before its resolution, the citing resolution before the cited one.
    for (Document d :
        List.of(
            Fixtures.draft67(),
            Fixtures.resolution68(),
            Fixtures.report(),
            Fixtures.resolution67())) {
      loader.load(List.of(d));
    }
    GraphSnapshot incremental = GraphSnapshot.of(driver);

    GraphSnapshot.clear(driver);
    new GraphLoader(driver).load(Fixtures.all());

    assertThat(incremental).isEqualTo(GraphSnapshot.of(driver));
    assertThat(
            count(
                "MATCH (:Draft {key: 'A/C.3/67/L.13'})-[:BECAME]->(:Resolution {key: 'GA 67/190'}) RETURN count(*)"))
        .isEqualTo(1);
  }

  @Test
  void anEditedDocumentReplacesOnlyItsOutgoingRelationships() {
    loader.load(Fixtures.all());
    String nodeId = single("MATCH (r:Resolution {key: 'GA 67/190'}) RETURN elementId(r)");
    Document edited =
        Fixtures.edited(
            Fixtures.resolution67(),
            "c67-edited",
            List.of(
                ref(RefKind.RESOLUTION, "GA 64/178", "recalling also", "PP3"),
                ref(RefKind.RESOLUTION, "GA 65/190", "recalling further", "PP4")));

    LoadReport report = loader.load(List.of(edited));

    assertThat(report.loaded()).isEqualTo(1);
    assertThat(single("MATCH (r:Resolution {key: 'GA 67/190'}) RETURN elementId(r)"))
        .isEqualTo(nodeId);
    // Incoming edges from the other documents survive.
    assertThat(
            count(
                "MATCH (:Resolution {key: 'GA 68/192'})-[:CITES]->(:Resolution {key: 'GA 67/190'}) RETURN count(*)"))
        .isEqualTo(1);
    assertThat(
            count(
                "MATCH (:Document {key: 'file:004_07297d904fe3b757'})-[:CITES]->(:Resolution {key: 'GA 67/190'}) RETURN count(*)"))
        .isEqualTo(1);
    assertThat(count("MATCH (:Draft)-[:BECAME]->(:Resolution {key: 'GA 67/190'}) RETURN count(*)"))
        .isEqualTo(1);
    assertThat(count("MATCH (:Resolution {key: 'GA 67/190'})-[:CITES]->(t) RETURN count(t)"))
        .isEqualTo(2);
    // GA 64/293 was cited by the old version only: gone, as in a rebuild.
    assertThat(count("MATCH (n {key: 'GA 64/293'}) RETURN count(n)")).isZero();
    GraphSnapshot afterEdit = GraphSnapshot.of(driver);

    GraphSnapshot.clear(driver);
    loader.load(List.of(edited, Fixtures.resolution68(), Fixtures.draft67(), Fixtures.report()));
    assertThat(afterEdit).isEqualTo(GraphSnapshot.of(driver));
  }

  @Test
  void aFailingDocumentIsReportedAndSkipped() {
    LoadReport report =
        new GraphLoader(driver)
            .load(
                List.of(
                    Fixtures.resolution67(),
                    Fixtures.unindexable("bad.txt"),
                    Fixtures.resolution68()));

    assertThat(report.loaded()).isEqualTo(2);
    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.file()).isEqualTo("bad.txt"));
    assertThat(count("MATCH (n) WHERE n.ingested RETURN count(n)")).isEqualTo(2);
    assertThat(count("MATCH (n) WHERE size(n.key) > 1000 RETURN count(n)")).isZero();
  }

  @Test
  void aFailedTransactionLeavesTheGraphAsItWas() {
    loader.load(Fixtures.all());
    GraphSnapshot before = GraphSnapshot.of(driver);

    LoadReport report =
        loader.load(List.of(Fixtures.withUnindexableReference(Fixtures.resolution67())));

    assertThat(report.failures()).hasSize(1);
    assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
  }

  @Test
  void theVerbIsQueryableAsANormalisedAct() {
    loader.load(Fixtures.all());

    List<String> recalling =
        strings(
            "MATCH (r:Resolution)-[:CITES {act: 'recall'}]->(:Resolution {key: 'GA 64/178'})"
                + " RETURN DISTINCT r.key ORDER BY r.key");

    assertThat(recalling).containsExactly("GA 67/190", "GA 68/192");
    assertThat(count("MATCH ()-[c:CITES {verb: 'taking note'}]->() RETURN count(c)")).isEqualTo(2);
  }

  @Test
  void linksTheTextsStateAndTheSchema() {
    loader.load(Fixtures.all());

    assertThat(
            strings(
                "MATCH (:Resolution {key: 'GA 67/190'})-[:IN_SESSION]->(s:Session) RETURN s.key"))
        .containsExactly("GA 67");
    assertThat(
            strings(
                "MATCH (:Resolution {key: 'GA 67/190'})-[:ADOPTED_ON]->(d:Document) RETURN d.key"))
        .containsExactly("A/67/458");
    assertThat(
            strings(
                "MATCH (:Draft)-[s:SPONSORED_BY]->(st:State) RETURN st.key ORDER BY s.position"))
        .containsExactly("BLR", "PHL");
    assertThat(
            count(
                "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'citegraph_' RETURN count(*)"))
        .isEqualTo(7);
    assertThat(strings("MATCH (i:Instrument) RETURN i.name"))
        .containsExactly("United Nations Convention against Transnational Organized Crime");
  }

  static long count(String cypher) {
    try (Session session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  static String single(String cypher) {
    try (Session session = driver.session()) {
      return session.run(cypher).single().get(0).asString();
    }
  }

  static List<String> strings(String cypher) {
    try (Session session = driver.session()) {
      return session.run(cypher).list(r -> r.get(0).asString());
    }
  }
}
