package org.citegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citegraph.graph.GraphLoadException;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.embedded.EmbeddedServerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citegraph load [--uri URI] [--user U] [--password-env VAR] FILE|DIR...}. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the documents and loads them into Neo4j: batched, in transactions, incremental.",
      "An unchanged document is skipped; a changed one gets its citations replaced.",
      "The first load of 500 documents or more into a new in-process database is written by",
      "Neo4j's offline importer instead, several times faster, into the same graph.",
      "A document that fails is reported and skipped (exit code 1); the others load."
    })
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Neo4jOptions neo4j;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Documents (.txt, .md) or folders of them.")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    return load();
  }

  private Integer load() throws IOException {
    if (GraphFeed.importable(neo4j, inputs)) {
      PrintWriter err = spec.commandLine().getErr();
      try {
        GraphFeed.Result result =
            GraphFeed.importInto(GraphTarget.embeddedOptions(neo4j), inputs, err);
        try (GraphTarget target = GraphTarget.open(neo4j)) {
          new GraphLoader(target.driver()).ensureSchema();
        }
        spec.commandLine()
            .getOut()
            .println(result.report().summary() + " (a new database: written by the importer)");
        spec.commandLine().getOut().flush();
        return result.clean() ? ExitCodes.OK : ExitCodes.FAILED;
      } catch (EmbeddedServerException | IOException | UncheckedIOException e) {
        // The database is new again: the transactional load below either succeeds or says, in
        // its own words, what is wrong with the folder (a full disk, say). With --verbose, why.
        if (neo4j.verbose) {
          err.println(
              "citegraph: the importer failed (" + e.getMessage() + "); loading in transactions");
          err.flush();
        }
      }
    }
    try (GraphTarget target = GraphTarget.open(neo4j)) {
      GraphFeed.Result result;
      try {
        result = GraphFeed.run(target.driver(), inputs, spec.commandLine().getErr());
      } catch (GraphLoadException e) {
        throw target.explained(e);
      }
      spec.commandLine().getOut().println(result.report().summary());
      spec.commandLine().getOut().flush();
      return result.clean() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
