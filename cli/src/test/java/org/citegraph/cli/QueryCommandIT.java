package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/**
 * Black-box runs of {@code query}, {@code analyze} and {@code export} against one in-process server
 * loaded with the seeds (through {@code load --uri}): exit codes and what they print.
 */
class QueryCommandIT {
  static final Path SEEDS = Path.of("..", "seeds");

  @TempDir static Path home;
  static EmbeddedNeo4j server;
  static String uri;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void loadTheSeeds() {
    server = EmbeddedNeo4j.start(EmbeddedOptions.at(home.resolve("db")).withPorts(0, 0));
    uri = server.boltUri().toString();
    Run load = run("load", "--uri", uri, SEEDS.toString());
    assertThat(load.exit()).as(load.err()).isZero();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CitegraphCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static long count(String cypher) {
    try (Driver driver = GraphConnection.open(server.boltUri(), "neo4j", null);
        var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void listShowsEveryQueryWithItsArguments() {
    Run r = run("query", "--list");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("citing KEY [--verb VERB]")
        .contains("cited-by KEY")
        .contains("lineage KEY [--depth N] [--direction up|down]")
        .contains("path FROM TO")
        .contains("(who-cites.cypher)");
  }

  @Test
  void citingRecallingAnswersWhoRecalls64178() {
    Run r = run("query", "citing", "64/178", "--verb", "recalling", "--uri", uri);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.strip().split("\\s+")[0]))
        .containsExactly("GA", "GA", "file:002_231a7929659aa230");
    assertThat(r.out()).contains("GA 67/190").contains("GA 70/179").doesNotContain("file:000");
  }

  @Test
  void jsonGivesOneObjectPerCitation() throws Exception {
    Run r = run("query", "citing", "A/RES/64/178", "--format", "json", "--uri", uri);

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("citing").asText()).isEqualTo("file:000_ee4c0d86e09c4390");
    assertThat(rows.get(0).get("verb").asText()).isEqualTo("reaffirming");
    assertThat(rows.get(3).get("symbol").isNull()).isTrue();
  }

  @Test
  void csvHasAHeaderAndQuotedFields() {
    Run r =
        run(
            "query",
            "lineage",
            "GA 64/178",
            "--direction",
            "down",
            "--format",
            "csv",
            "--uri",
            uri);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).first().isEqualTo("resolution,depth,title,path");
    assertThat(r.out()).contains("GA 67/190,1,").contains("GA 67/190; GA 64/178");
  }

  @Test
  void anUnknownKeyNamesTheNearestKeysWithExitCodeOne() {
    Run r = run("query", "citing", "64/179", "--uri", uri);

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .startsWith("citegraph: no node has the key \"64/179\"")
        .contains("nearest known keys: GA 64/178");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("query", "nosuch", "--uri", uri).exit()).isEqualTo(2);
    assertThat(run("query", "citing", "--uri", uri).exit()).isEqualTo(2);
    assertThat(run("query", "citing", "64/178", "--depth", "3", "--uri", uri).err())
        .contains("query citing does not take --depth");
    assertThat(run("query", "lineage", "64/178", "--depth", "11", "--uri", uri).exit())
        .isEqualTo(2);
    assertThat(run("query", "top", "--kind", "planet", "--uri", uri).exit()).isEqualTo(2);
  }

  @Test
  void aHostileKeyIsDataNotCypher() {
    long nodes = count("MATCH (n) RETURN count(n)");
    long relationships = count("MATCH ()-[r]->() RETURN count(r)");

    Run r =
        run(
            "query",
            "citing",
            "GA 64/178\"}) DETACH DELETE n WITH 1 AS x MATCH (m {key: 'x'}) //",
            "--uri",
            uri);

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no node has the key").contains("DETACH DELETE");
    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
  }

  @Test
  void analyzePrintsChecksAndWritesScores() {
    Run r = run("analyze", "--write", "--uri", uri);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Checks:")
        .contains("cycles: none")
        .contains("Most central, by PageRank:")
        .contains("Stored inDegree, pageRank, betweenness, posterity, lineageOrder on");
    assertThat(count("MATCH (n:Resolution {key: 'GA 64/178'}) RETURN n.inDegree")).isEqualTo(4);
  }

  @Test
  void exportWritesEachFormat(@TempDir Path out) throws Exception {
    for (String format : new String[] {"graphml", "gexf", "dot"}) {
      Path file = out.resolve("seeds." + format);
      Run r = run("export", "--format", format, "--out", file.toString(), "--uri", uri);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Files.readString(file)).contains("GA 67/190");
    }
    Run csv =
        run("export", "--format", "csv", "--out", out.resolve("csv").toString(), "--uri", uri);
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("csv").resolve("nodes.csv")).get(0))
        .isEqualTo("key:ID,kind,title,session:int,adopted:date,ingested:boolean,:LABEL");
    assertThat(Files.readAllLines(out.resolve("csv").resolve("relationships.csv")))
        .contains("GA 67/190,GA 64/178,CITES,recalling also,recall,PP3,");
    assertThat(run("export", "--format", "xml", "--uri", uri).exit()).isEqualTo(2);
  }
}
