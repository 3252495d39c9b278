package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.citegraph.queries.CannedQuery;
import org.citegraph.queries.browser.GuideServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citegraph serve [FILE|DIR...]}: loads the documents (default {@code seeds/}) into the
 * in-process Neo4j, prints the Neo4j Browser address and two answers, and serves until Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the documents (default: seeds/) into the in-process Neo4j, prints the Neo4j Browser",
      "address and two answers from the graph, then serves Bolt and the Browser until Ctrl-C.",
      "Listens on 127.0.0.1 only, unless --listen is given with --password-env."
    })
final class ServeCommand implements Callable<Integer> {
  static final String RECALLED = "GA 64/178";

  @Spec CommandSpec spec;

  @Mixin Neo4jOptions neo4j;

  @Option(
      names = "--listen",
      paramLabel = "ADDRESS",
      defaultValue = EmbeddedOptions.LOOPBACK,
      description = "Where to listen (default: ${DEFAULT-VALUE}); elsewhere needs --password-env.")
  String listen = EmbeddedOptions.LOOPBACK;

  @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: 7687).")
  int boltPort = EmbeddedOptions.DEFAULT_BOLT_PORT;

  @Option(names = "--http-port", defaultValue = "7474", description = "HTTP port (default: 7474).")
  int httpPort = EmbeddedOptions.DEFAULT_HTTP_PORT;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents or folders.")
  List<Path> inputs = List.of(Path.of("seeds"));

  @Override
  public Integer call() throws Exception {
    return serve();
  }

  private Integer serve() throws InterruptedException {
    if (neo4j.uri != null) {
      throw new ParameterException(spec.commandLine(), "serve runs its own server: drop --uri");
    }
    String password = neo4j.password();
    if (password == null && !EmbeddedOptions.isLoopback(listen)) {
      throw new ParameterException(
          spec.commandLine(), "--listen " + listen + " needs --password-env VAR (auth on)");
    }
    EmbeddedOptions options =
        new EmbeddedOptions(neo4j.data, listen, boltPort, httpPort, true, password);
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    try (GraphTarget target =
            GraphTarget.embedded(EmbeddedNeo4j.start(options), neo4j.user, password);
        GuideServer guide = GuideServer.start(0)) {
      GraphFeed.Result result = GraphFeed.run(target.driver(), inputs, spec.commandLine().getErr());
      out.println(result.report().summary());
      out.println();
      out.println("Neo4j Browser: " + target.server().browserUri());
      out.println(
          "Bolt:          " + target.uri() + (password == null ? " (no authentication)" : ""));
      out.println(
          "Questions:     "
              + (password == null
                  ? guide.browserLink(target.server().browserUri(), target.uri())
                  : guide.command()));
      answer(
          out,
          target,
          "Which resolutions recall " + RECALLED + "?",
          CannedQuery.WHICH_RESOLUTIONS_RECALL,
          Map.of("key", RECALLED));
      answer(
          out,
          target,
          "Treaties cited across sessions:",
          CannedQuery.TREATIES_CITED_ACROSS_SESSIONS,
          Map.of());
      out.println();
      out.println("Serving until Ctrl-C.");
      out.flush();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    guide.close();
                    target.close();
                    stopped.countDown();
                  },
                  "citegraph-serve-stop"));
      stopped.await();
    }
    return ExitCodes.OK;
  }

  private static void answer(
      PrintWriter out,
      GraphTarget target,
      String question,
      CannedQuery query,
      Map<String, Object> params) {
    out.println();
    out.println(question);
    out.println(query.run(target.driver(), params).toTable());
  }
}
