package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citegraph.bench.CorpusGenerator;
import org.citegraph.cli.LoadCommandIT.Run;
import org.citegraph.graph.GraphSnapshot;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Fault drills on {@code citegraph load} (issue #5): the client killed mid-load, two overlapping
 * loads at once, a full disk and a read-only data folder. The server killed mid-load is {@code
 * KilledServerIT} in graph-loader. A generated corpus of {@value #DOCUMENTS} documents (about 41
 * references each) is loaded into a server started by the test, over Bolt.
 */
class LoadFaultsIT {
  static final int DOCUMENTS = 600;

  @TempDir static Path temp;
  static Path corpus;
  static EmbeddedNeo4j server;
  static Driver driver;
  static String uri;

  @BeforeAll
  static void start() throws IOException {
    corpus = temp.resolve("corpus");
    CorpusGenerator.withDefaults().generate(corpus, DOCUMENTS, 5);
    server =
        EmbeddedNeo4j.start(
            new EmbeddedOptions(
                temp.resolve("neo4j"), EmbeddedOptions.LOOPBACK, 0, 0, false, null));
    uri = server.boltUri().toString();
    driver = GraphDatabase.driver(uri);
  }

  @AfterAll
  static void stop() {
    driver.close();
    server.close();
  }

  @BeforeEach
  void empty() {
    GraphSnapshot.clear(driver);
  }

  @Test
  void aClientKilledMidLoadLeavesWholeDocumentsAndAReRunGivesTheGraphOfACleanLoad()
      throws Exception {
    Process client = citegraph(temp.resolve("client.log"), "load", "--uri", uri, corpus.toString());
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (ingested() == 0) {
        assertThat(client.isAlive()).as("the load ended before it could be killed").isTrue();
        assertThat(System.nanoTime()).as("the load never got going").isLessThan(deadline);
        Thread.sleep(20);
      }
    } finally {
      client.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
    }
    long partial = ingested();
    assertThat(partial).isPositive().isLessThan(DOCUMENTS);

    Run rerun = LoadCommandIT.run("load", "--uri", uri, corpus.toString());

    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(rerun.out())
        .contains(
            DOCUMENTS
                + " documents ("
                + (DOCUMENTS - partial)
                + " loaded, "
                + partial
                + " unchanged, 0 failed)");
    assertThat(GraphSnapshot.of(driver)).isEqualTo(cleanLoad(corpus));
  }

  @Test
  void twoOverlappingLoadsAtOnceGiveTheGraphOfOneLoadWithoutSurfacingDeadlocks() throws Exception {
    List<Path> files = documents(corpus);
    Path first = copy(files.subList(0, 400), temp.resolve("first"));
    Path second = copy(files.subList(200, DOCUMENTS), temp.resolve("second"));

    CompletableFuture<Run> a =
        CompletableFuture.supplyAsync(() -> LoadCommandIT.run("load", "--uri", uri, first + ""));
    CompletableFuture<Run> b =
        CompletableFuture.supplyAsync(() -> LoadCommandIT.run("load", "--uri", uri, second + ""));
    Run ra = a.get(5, TimeUnit.MINUTES);
    Run rb = b.get(5, TimeUnit.MINUTES);

    assertThat(ra.exit()).as(ra.err()).isZero();
    assertThat(rb.exit()).as(rb.err()).isZero();
    assertThat(ra.err() + rb.err()).doesNotContain("citegraph:");
    GraphSnapshot concurrent = GraphSnapshot.of(driver);
    assertThat(concurrent).isEqualTo(cleanLoad(corpus));
  }

  @Test
  void aFirstLoadIntoANewFolderIsImportedAndTheSameLoadAgainChangesNothing() {
    Path data = temp.resolve("imported");
    Run first = LoadCommandIT.run("load", "--data", data.toString(), corpus.toString());
    Run second = LoadCommandIT.run("load", "--data", data.toString(), corpus.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(DOCUMENTS + " documents (" + DOCUMENTS + " loaded, 0 unchanged, 0 failed)")
        .contains("written by the importer");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains(DOCUMENTS + " documents (0 loaded, " + DOCUMENTS + " unchanged, 0 failed)")
        .doesNotContain("importer");
  }

  @Test
  void aFullDiskIsOneClearLineAndExitCodeOne() throws Exception {
    Path mount = temp.resolve("full");
    assumeTrue(mountTmpfs(mount, "size=6m"), "cannot mount a small tmpfs (needs root)");
    try {
      Path err = temp.resolve("full.err");
      Process load =
          citegraph(err, "load", "--data", mount.resolve("neo4j").toString(), corpus.toString());
      assertThat(load.waitFor(3, TimeUnit.MINUTES)).as("load ended").isTrue();

      assertThat(load.exitValue()).isEqualTo(1);
      // Neo4j's own logger also complains on stderr that it cannot write its log files.
      assertThat(citegraphLines(err))
          .singleElement()
          .asString()
          .startsWith("citegraph: Neo4j failed: ")
          .contains("is full (");
    } finally {
      unmount(mount);
    }
  }

  @Test
  void aReadOnlyDataFolderIsOneClearLineAndExitCodeOne() throws Exception {
    Path mount = temp.resolve("readonly");
    assumeTrue(mountTmpfs(mount, "size=64m"), "cannot mount a tmpfs (needs root)");
    try {
      Path data = mount.resolve("neo4j");
      Run created = LoadCommandIT.run("load", "--data", data.toString(), "../seeds");
      assertThat(created.exit()).as(created.err()).isZero();
      assertThat(command("mount", "-o", "remount,ro", mount.toString())).isZero();

      Run existing = LoadCommandIT.run("load", "--data", data.toString(), "../seeds");
      Run fresh = LoadCommandIT.run("load", "--data", mount.resolve("new").toString(), "../seeds");

      assertThat(existing.exit()).isEqualTo(1);
      assertThat(existing.err().strip())
          .isEqualTo(
              "citegraph: cannot write "
                  + data.toAbsolutePath().resolve("conf").resolve("neo4j.conf")
                  + ": Read-only file system");
      assertThat(fresh.exit()).isEqualTo(1);
      assertThat(fresh.err().strip())
          .startsWith("citegraph: cannot create the data folder")
          .endsWith(": Read-only file system");
    } finally {
      unmount(mount);
    }
  }

  private static GraphSnapshot cleanLoad(Path folder) {
    GraphSnapshot.clear(driver);
    Run clean = LoadCommandIT.run("load", "--uri", uri, folder.toString());
    assertThat(clean.exit()).as(clean.err()).isZero();
    return GraphSnapshot.of(driver);
  }

  private static long ingested() {
    try (Session session = driver.session()) {
      return session.run("MATCH (d) WHERE d.ingested RETURN count(d)").single().get(0).asLong();
    }
  }

  /** {@code citegraph ARGS} in a child JVM, stdout and stderr to {@code log}. */
  private static Process citegraph(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(CitegraphCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
        .redirectError(log.toFile())
        .start();
  }

  private static List<String> citegraphLines(Path err) throws IOException {
    return Files.readAllLines(err, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("citegraph:"))
        .toList();
  }

  private static List<Path> documents(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path copy(List<Path> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Path file : files) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    return folder;
  }

  private static boolean mountTmpfs(Path at, String options) throws Exception {
    Files.createDirectories(at);
    return command("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0;
  }

  private static void unmount(Path at) throws Exception {
    command("umount", "-l", at.toString());
  }

  private static int command(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
