package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.citegraph.graph.embedded.EmbeddedServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The offline import of a first load against the transactional loader: the same graph. */
class InitialImportIT {
  @Test
  void theImportBuildsTheGraphTheLoaderBuilds(@TempDir Path dir) throws Exception {
    List<Document> corpus = new ArrayList<>(seeds());
    corpus.addAll(Fixtures.all());
    corpus.addAll(SyntheticCorpus.generate(300, 20, 7));
    corpus.add(corpus.get(0)); // the same key twice: the second is refused, in both

    LoadReport byLoader;
    GraphSnapshot loaded;
    try (EmbeddedNeo4j server = start(dir.resolve("loaded"));
        Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null)) {
      byLoader = new GraphLoader(driver).load(corpus);
      loaded = GraphSnapshot.of(driver);
    }

    Path home = dir.resolve("imported");
    assertThat(EmbeddedNeo4j.isNew(home)).isTrue();
    LoadReport byImport;
    try (InitialImport initial = new InitialImport(dir.resolve("csv"))) {
      corpus.forEach(initial::add);
      byImport = initial.finish(EmbeddedOptions.at(home));
    }
    assertThat(EmbeddedNeo4j.isNew(home)).isFalse();
    try (EmbeddedNeo4j server = start(home);
        Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null)) {
      GraphLoader loader = new GraphLoader(driver);
      loader.ensureSchema();
      GraphSnapshot imported = GraphSnapshot.of(driver);
      assertThat(imported.nodes()).containsExactlyElementsOf(loaded.nodes());
      assertThat(imported.relationships()).containsExactlyElementsOf(loaded.relationships());

      // the imported graph is an ordinary one: loading the corpus again changes nothing
      LoadReport again = loader.load(corpus);
      assertThat(again.unchanged()).isEqualTo(byLoader.loaded());
      assertThat(again.relationshipsCreated()).isZero();
    }
    assertThat(byImport.loaded()).isEqualTo(byLoader.loaded()).isGreaterThan(300);
    assertThat(byImport.failures()).containsExactlyElementsOf(byLoader.failures());
    assertThat(byImport.nodesCreated()).isEqualTo(byLoader.nodesCreated());
    assertThat(byImport.relationshipsCreated()).isEqualTo(byLoader.relationshipsCreated());
  }

  @Test
  void aFailedImportLeavesTheFolderNew(@TempDir Path dir) throws IOException {
    Path nodes = Files.writeString(dir.resolve("n.csv"), ":ID,:LABEL,key\n\"Body GA\",Body,GA\n");
    Path rels =
        Files.writeString(
            dir.resolve("r.csv"), ":START_ID,:END_ID,:TYPE\n\"Body GA\",\"Body nowhere\",CITES\n");
    Path home = dir.resolve("home");

    assertThatThrownBy(
            () ->
                EmbeddedNeo4j.importCsv(
                    EmbeddedOptions.at(home), List.of(nodes), List.of(rels), dir.resolve("report")))
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessageContaining("import");
    assertThat(EmbeddedNeo4j.isNew(home)).isTrue();
  }

  private static EmbeddedNeo4j start(Path home) {
    return EmbeddedNeo4j.start(EmbeddedOptions.at(home).withPorts(0, 0));
  }

  private static List<Document> seeds() throws Exception {
    Extractor extractor = Extractor.withDefaults();
    List<Document> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      for (Path file : files.sorted().toList()) {
        seeds.add(extractor.extract(file));
      }
    }
    return seeds;
  }
}
