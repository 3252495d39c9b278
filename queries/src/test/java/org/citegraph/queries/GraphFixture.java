package org.citegraph.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.neo4j.driver.Driver;

/** One in-process Neo4j per test class, loaded with a known graph. */
final class GraphFixture implements AutoCloseable {
  /** The repository's seeds, from the module folder (where Maven runs the tests). */
  static final Path SEEDS = Path.of("..", "seeds");

  final EmbeddedNeo4j server;
  final Driver driver;

  private GraphFixture(Path home, List<Document> documents) {
    server = EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0));
    driver = GraphConnection.open(server.boltUri(), "neo4j", null);
    new GraphLoader(driver).load(documents);
  }

  static GraphFixture withSeeds(Path home) {
    List<Document> documents = new ArrayList<>();
    int failed =
        new Corpus(List.of(SEEDS))
            .forEach(
                Extractor.withDefaults(),
                documents::add,
                (path, reason) -> {
                  throw new IllegalStateException(path + ": " + reason);
                });
    if (failed > 0 || documents.size() != 4) {
      throw new IllegalStateException("expected the 4 seeds in " + SEEDS.toAbsolutePath());
    }
    return new GraphFixture(home, documents);
  }

  static GraphFixture withKnownCorpus(Path home) {
    return new GraphFixture(home, KnownCorpus.documents());
  }

  long nodes() {
    try (var session = driver.session()) {
      return session.run("MATCH (n) RETURN count(n) AS n").single().get(0).asLong();
    }
  }

  long relationships() {
    try (var session = driver.session()) {
      return session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get(0).asLong();
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      server.close();
    }
  }
}
