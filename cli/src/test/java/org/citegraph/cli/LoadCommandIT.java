package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Black-box runs of {@code citegraph load} and {@code serve}: exit codes and what they print. */
class LoadCommandIT {
  static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path data;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CitegraphCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void loadsTheSeedsInProcessAndSkipsThemTheSecondTime() {
    assumeTrue(Files.isDirectory(SEEDS), "no seeds/ folder next to cli/");

    Run first = run("load", "--data", data.toString(), SEEDS.toString());
    Run second = run("load", "--data", data.toString(), SEEDS.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("4 documents (4 loaded, 0 unchanged, 0 failed)");
    assertThat(second.out()).contains("4 documents (0 loaded, 4 unchanged, 0 failed)");
    assertThat(data.resolve("data").resolve("databases").resolve("neo4j")).isDirectory();
  }

  @Test
  void anUnreachableServerIsOneLineAndExitCodeOne() {
    Run r = run("load", "--uri", "bolt://127.0.0.1:1", SEEDS.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("citegraph: cannot reach Neo4j at bolt://127.0.0.1:1");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void wrongCredentialsAreOneLineAndVerboseAddsTheStackTrace() {
    EmbeddedOptions options =
        new EmbeddedOptions(data, EmbeddedOptions.LOOPBACK, 0, 0, false, "correct-horse-battery");
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(options)) {
      String uri = server.boltUri().toString();
      // PATH is always set, and never the password.
      Run wrong = run("load", "--uri", uri, "--password-env", "PATH", SEEDS.toString());
      Run none = run("load", "--uri", uri, SEEDS.toString());
      Run verbose =
          run("load", "--uri", uri, "--password-env", "PATH", "--verbose", SEEDS.toString());

      assertThat(wrong.exit()).isEqualTo(1);
      assertThat(wrong.err().strip())
          .isEqualTo("citegraph: Neo4j at " + uri + " refused the credentials of user 'neo4j'");
      assertThat(none.err().strip())
          .isEqualTo(
              "citegraph: Neo4j at "
                  + uri
                  + " requires a user and password (--user, --password-env)");
      assertThat(verbose.err()).contains("AuthenticationException").contains("\tat ");
      assertThat(wrong.err() + none.err() + verbose.err()).doesNotContain("correct-horse-battery");
    }
  }

  @Test
  void serveRefusesToListenBeyondLoopbackWithoutAPassword() {
    Run r = run("serve", "--data", data.toString(), "--listen", "0.0.0.0");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--listen 0.0.0.0 needs --password-env");
  }
}
