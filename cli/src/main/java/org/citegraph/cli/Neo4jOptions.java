package org.citegraph.cli;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the graph lives: a Neo4j server given by {@code --uri}, or, without it, the in-process
 * server with its data under {@code --data}. Shared by the commands that touch the graph.
 */
final class Neo4jOptions {
  static final Path DEFAULT_DATA = Path.of(".citegraph", "neo4j");

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description = {
        "A Neo4j server: bolt://host:7687, neo4j://host, neo4j+s://host.",
        "Without it, citegraph runs Neo4j in-process with its data under --data."
      })
  @Nullable URI uri;

  @Option(
      names = "--user",
      paramLabel = "USER",
      defaultValue = "neo4j",
      description = "The Neo4j user (default: ${DEFAULT-VALUE}).")
  String user = "neo4j";

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "The environment variable that holds the password (never on the command line).")
  @Nullable String passwordEnv;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The in-process server's folder, kept across runs (default: .citegraph/neo4j).")
  Path data = DEFAULT_DATA;

  /** Read by {@link ExitCodes}, the one place that prints failures. */
  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  /** The password from {@code --password-env}, or null when none was asked for. */
  @Nullable String password() {
    if (passwordEnv == null) {
      return null;
    }
    String value = System.getenv(passwordEnv);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "environment variable " + passwordEnv + " (from --password-env) is not set");
    }
    return value;
  }
}
