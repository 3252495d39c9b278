package org.citegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.citegraph.queries.CannedQuery;
import org.citegraph.queries.QueryParameter;
import org.citegraph.queries.QueryRequest;
import org.citegraph.queries.QueryResult;
import org.citegraph.queries.browser.GuideServer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citegraph query --list} and {@code citegraph query NAME [KEY...] [options]}. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Answers one of the canned lineage questions (query --list shows them).",
      "Keys may be typed as \"GA 64/178\", 64/178 or A/RES/64/178."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Neo4jOptions neo4j;

  @Option(names = "--list", description = "List the canned queries.")
  boolean list;

  @Option(
      names = "--guide",
      description = {
        "Serve the queries as a Neo4j Browser guide on loopback until Ctrl-C,",
        "and print the :guide command to type in the Browser."
      })
  boolean guide;

  @Parameters(arity = "0..*", paramLabel = "NAME [KEY...]", description = "The query and its keys.")
  List<String> words = new ArrayList<>();

  @Option(names = "--verb", paramLabel = "VERB", description = "citing, bodies: only this act.")
  @Nullable String verb;

  @Option(names = "--depth", paramLabel = "N", description = "lineage: the most steps (5).")
  @Nullable Integer depth;

  @Option(
      names = "--direction",
      paramLabel = "up|down",
      description = "lineage: what it builds on (up, default) or what builds on it (down).")
  @Nullable String direction;

  @Option(names = "--kind", paramLabel = "KIND", description = "top, unresolved: one kind.")
  @Nullable String kind;

  @Option(names = "--limit", paramLabel = "N", description = "top, unresolved: the most rows.")
  @Nullable Integer limit;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      description = "Output: an aligned table (default), JSON or CSV.")
  OutputFormat format = OutputFormat.table;

  /** How a result is printed. */
  enum OutputFormat {
    table,
    json,
    csv;

    String render(QueryResult result) {
      return switch (this) {
        case table -> result.toTable();
        case json -> result.toJson();
        case csv -> result.toCsv().stripTrailing();
      };
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      out.print(catalogue());
      out.flush();
      return ExitCodes.OK;
    }
    if (guide) {
      return serveGuide(out);
    }
    QueryRequest request = request();
    try (GraphTarget target = GraphTarget.open(neo4j)) {
      out.println(format.render(request.run(target.driver())));
      out.flush();
    }
    return ExitCodes.OK;
  }

  private Integer serveGuide(PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    GuideServer server = GuideServer.start(0);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "citegraph-guide-stop"));
    out.println("In Neo4j Browser, run:  " + server.command());
    out.println("Serving the guide until Ctrl-C.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private QueryRequest request() {
    if (words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing query NAME (see query --list)");
    }
    if (direction != null && !direction.equals("up") && !direction.equals("down")) {
      throw new ParameterException(spec.commandLine(), "--direction must be up or down");
    }
    String name = words.get(0);
    CannedQuery query =
        CannedQuery.forCommand(name, direction)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "Unknown query '" + name + "' (see query --list)"));
    if (direction != null && !query.command().equals(CannedQuery.LINEAGE.command())) {
      throw new ParameterException(spec.commandLine(), "--direction is for lineage only");
    }
    try {
      return new QueryRequest(query, words.subList(1, words.size()), verb, depth, kind, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  static String catalogue() {
    StringBuilder s = new StringBuilder();
    for (CannedQuery q : CannedQuery.commands()) {
      StringBuilder usage = new StringBuilder(q.command());
      for (QueryParameter p : q.parameters()) {
        usage.append(' ').append(p.usage());
      }
      if (q == CannedQuery.LINEAGE) {
        usage.append(" [--direction up|down]");
      }
      s.append(usage).append('\n');
      s.append("    ").append(q.purpose()).append('\n');
      s.append("    (").append(q.fileName()).append(".cypher)\n");
    }
    return s.toString();
  }
}
