package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The loader checks against the official Neo4j image, where a Docker engine exists. Skipped,
 * visibly, where none does (the build machines have none; the in-process and child-process tests
 * cover the real server there).
 */
@Testcontainers(disabledWithoutDocker = true)
class OfficialImageIT {
  @Container
  static final Neo4jContainer NEO4J =
      new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

  static Driver driver;
  GraphLoader loader;

  @BeforeAll
  static void connect() {
    driver = GraphConnection.open(URI.create(NEO4J.getBoltUrl()), "neo4j", null);
  }

  @AfterAll
  static void disconnect() {
    if (driver != null) {
      driver.close();
    }
  }

  @BeforeEach
  void emptyGraph() {
    GraphSnapshot.clear(driver);
    loader = new GraphLoader(driver, null, 2, 100);
  }

  @Test
  void loadingTwiceIsLoadingOnce() {
    loader.load(Fixtures.all());
    GraphSnapshot once = GraphSnapshot.of(driver);

    LoadReport second = loader.load(Fixtures.all());

    assertThat(second.unchanged()).isEqualTo(4);
    assertThat(GraphSnapshot.of(driver)).isEqualTo(once);
  }

  @Test
  void incrementalLoadsEqualAFullRebuild() {
    for (var d :
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
}
