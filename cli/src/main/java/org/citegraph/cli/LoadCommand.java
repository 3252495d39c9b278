package org.citegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citegraph.graph.GraphLoadException;
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

  private Integer load() {
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
