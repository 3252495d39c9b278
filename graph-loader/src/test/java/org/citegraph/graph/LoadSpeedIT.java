package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Load speed at United Nations scale (20,000 generated resolutions, 160,000 references): the loader
 * against a bare {@code UNWIND ... CREATE} of the same rows on the same server. Runs only with
 * {@code -Dcitegraph.bench=true}; prints the figures and writes them to {@code
 * target/bench/load-speed.txt}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "citegraph.bench", matches = "true")
class LoadSpeedIT {
  static final int DOCUMENTS = 20_000;
  static final int REFERENCES_EACH = 8;
  static final int BARE_BATCH = 10_000;

  @TempDir Path home;

  @Test
  void theLoaderIsWithinTwiceABareCreate() throws Exception {
    List<Document> corpus = SyntheticCorpus.generate(DOCUMENTS, REFERENCES_EACH, 7);
    long references = SyntheticCorpus.references(corpus);
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0));
        Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null)) {
      GraphLoader loader = new GraphLoader(driver);
      loader.ensureSchema();
      // Interleaved, best of two each: the machine may be shared with other builds.
      double loaderSeconds = Double.MAX_VALUE;
      double bareSeconds = Double.MAX_VALUE;
      LoadReport report = null;
      double skipSeconds = 0;
      for (int round = 0; round < 2; round++) {
        GraphSnapshot.clear(driver);
        long start = System.nanoTime();
        report = loader.load(corpus);
        loaderSeconds = Math.min(loaderSeconds, (System.nanoTime() - start) / 1e9);
        long again = System.nanoTime();
        LoadReport second = loader.load(corpus);
        skipSeconds = (System.nanoTime() - again) / 1e9;
        assertThat(second.unchanged()).isEqualTo(DOCUMENTS);

        GraphSnapshot.clear(driver);
        bareSeconds = Math.min(bareSeconds, bareCreate(driver, corpus));
      }

      String figures =
          String.format(
              Locale.ROOT,
              "documents %d, references %d%n"
                  + "(best of two interleaved runs each)%n"
                  + "loader (MERGE, incremental): %.1f s, %.0f relationships/s%n"
                  + "bare UNWIND ... CREATE:      %.1f s, %.0f relationships/s%n"
                  + "ratio loader/bare: %.2f%n"
                  + "second load (all unchanged, skipped): %.1f s%n",
              corpus.size(),
              references,
              loaderSeconds,
              report.relationshipsCreated() / loaderSeconds,
              bareSeconds,
              references / bareSeconds,
              loaderSeconds / bareSeconds,
              skipSeconds);
      System.out.println(figures);
      Path out = Path.of("target", "bench", "load-speed.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, figures);

      assertThat(report.loaded()).isEqualTo(DOCUMENTS);
    }
  }

  /** Nodes by UNWIND CREATE, then relationships by UNWIND MATCH ... CREATE, same properties. */
  static double bareCreate(Driver driver, List<Document> corpus) {
    try (Session session = driver.session()) {
      session.run("CREATE INDEX bare_key IF NOT EXISTS FOR (n:Bare) ON (n.key)").consume();
      session.run("CALL db.awaitIndexes(300)").consume();
    }
    Set<String> keys = new LinkedHashSet<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Document d : corpus) {
      keys.add(d.key());
      DocumentRows documentRows = DocumentRows.of(d);
      for (Map<String, Object> ref : documentRows.references()) {
        keys.add((String) ref.get("key"));
        Map<String, Object> row = new HashMap<>();
        row.put("from", d.key());
        row.put("key", ref.get("key"));
        row.put("rel", ref.get("rel"));
        rows.add(row);
      }
    }
    long start = System.nanoTime();
    List<String> keyList = List.copyOf(keys);
    try (Session session = driver.session()) {
      for (int i = 0; i < keyList.size(); i += BARE_BATCH) {
        List<String> batch = keyList.subList(i, Math.min(keyList.size(), i + BARE_BATCH));
        session.executeWrite(
            tx ->
                tx.run("UNWIND $keys AS key CREATE (:Bare {key: key})", Map.of("keys", batch))
                    .consume());
      }
      for (int i = 0; i < rows.size(); i += BARE_BATCH) {
        List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BARE_BATCH));
        session.executeWrite(
            tx ->
                tx.run(
                        "UNWIND $rows AS row MATCH (a:Bare {key: row.from}) MATCH (b:Bare {key: row.key})"
                            + " CREATE (a)-[c:CITES]->(b) SET c = row.rel",
                        Map.of("rows", batch))
                    .consume());
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
