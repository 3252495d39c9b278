package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.embedded.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The server in a child JVM, Bolt across a socket, killed (SIGKILL) in the middle of a load: after
 * a restart every document is either wholly in the graph or not at all, and a re-run completes it.
 */
class KilledServerIT {
  @TempDir Path home;

  @Test
  void aServerKilledMidLoadKeepsTheGraphConsistentAndAReRunCompletesIt() throws Exception {
    List<Document> corpus = SyntheticCorpus.generate(2_000, 8, 42);
    Map<String, Integer> expected = new HashMap<>();
    corpus.forEach(d -> expected.put(d.key(), d.references().size()));
    int port = freePort();

    try (ServerProcess first = ServerProcess.start(home, port)) {
      Driver driver = GraphConnection.open(URI.create(first.boltUri()), "neo4j", null);
      GraphLoader loader = new GraphLoader(driver, null, 25, 10_000);
      CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(() -> loader.load(corpus));
      waitForIngested(driver, 200);
      first.kill();
      assertThatThrownBy(() -> load.get(60, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(GraphLoadException.class);
      driver.close();
    }

    try (ServerProcess second = ServerProcess.start(home, port);
        Driver driver = GraphConnection.open(URI.create(second.boltUri()), "neo4j", null)) {
      Map<String, Long> partial = citationsPerIngestedDocument(driver);
      assertThat(partial).isNotEmpty().hasSizeLessThan(corpus.size());
      partial.forEach(
          (key, count) -> assertThat(count).as(key).isEqualTo((long) expected.get(key)));

      LoadReport rerun = new GraphLoader(driver).load(corpus);

      assertThat(rerun.unchanged()).isEqualTo(partial.size());
      assertThat(rerun.loaded()).isEqualTo(corpus.size() - partial.size());
      Map<String, Long> complete = citationsPerIngestedDocument(driver);
      assertThat(complete).hasSize(corpus.size());
      complete.forEach(
          (key, count) -> assertThat(count).as(key).isEqualTo((long) expected.get(key)));
    }
  }

  private static Map<String, Long> citationsPerIngestedDocument(Driver driver) {
    try (Session session = driver.session()) {
      Map<String, Long> counts = new HashMap<>();
      for (Record r :
          session
              .run(
                  "MATCH (d:Resolution) WHERE d.ingested RETURN d.key AS key, COUNT { (d)-[:CITES]->() } AS n")
              .list()) {
        counts.put(r.get("key").asString(), r.get("n").asLong());
      }
      return counts;
    }
  }

  private static void waitForIngested(Driver driver, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try (Session session = driver.session()) {
        long n =
            session
                .run("MATCH (d:Resolution) WHERE d.ingested RETURN count(d)")
                .single()
                .get(0)
                .asLong();
        if (n >= atLeast) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the load never got going");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
