package org.citegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citegraph.queries.AnalysisStore;
import org.citegraph.queries.CitationGraphReader;
import org.citegraph.queries.QueryResult;
import org.citegraph.queries.algorithms.CitationAnalysis;
import org.citegraph.queries.algorithms.CitationAnalysis.NodeScores;
import org.citegraph.queries.algorithms.CitationChecks.LaterCitation;
import org.citegraph.queries.algorithms.GraphNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citegraph analyze [--write] [--limit N]}: centrality, lineage order and checks. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the citation graph and computes, per node: in-degree (citing documents), PageRank,",
      "betweenness, posterity (documents building on it, transitively) and its place in a",
      "topological lineage order; checks for cycles and documents citing later ones.",
      "With --write, stores them as node properties (inDegree, pageRank, betweenness, posterity,",
      "lineageOrder) so that the Browser can size nodes by them."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Neo4jOptions neo4j;

  @Option(names = "--write", description = "Store the scores as node properties.")
  boolean write;

  @Option(names = "--limit", paramLabel = "N", description = "Rows of each table (default: 10).")
  int limit = 10;

  @Override
  public Integer call() throws Exception {
    return analyze();
  }

  private Integer analyze() {
    PrintWriter out = spec.commandLine().getOut();
    try (GraphTarget target = GraphTarget.open(neo4j)) {
      CitationAnalysis analysis = CitationAnalysis.of(CitationGraphReader.read(target.driver()));
      out.printf("%d nodes, %d citations.%n%n", analysis.nodes().size(), analysis.citations());
      checks(out, analysis);
      out.println();
      out.println("Most central, by PageRank:");
      out.println(table(analysis.byPageRank().stream().limit(limit).toList()));
      out.println();
      out.println("Lineage order of the loaded documents (each after what it cites):");
      out.println(
          table(analysis.nodes().stream().filter(s -> s.node().ingested()).limit(limit).toList()));
      if (write) {
        long written = AnalysisStore.write(target.driver(), analysis);
        out.println();
        out.printf(
            "Stored inDegree, pageRank, betweenness, posterity, lineageOrder on %d nodes.%n",
            written);
      }
      out.flush();
    }
    return ExitCodes.OK;
  }

  private static void checks(PrintWriter out, CitationAnalysis analysis) {
    out.println("Checks:");
    if (analysis.cycles().isEmpty()) {
      out.println("  cycles: none");
    }
    for (List<GraphNode> cycle : analysis.cycles()) {
      out.println("  cycle: " + String.join(", ", cycle.stream().map(GraphNode::key).toList()));
    }
    if (analysis.laterCitations().isEmpty()) {
      out.println("  documents citing later ones: none");
    }
    for (LaterCitation later : analysis.laterCitations()) {
      out.println("  cites a later document: " + later);
    }
  }

  private static String table(List<NodeScores> scores) {
    List<List<Object>> rows = new ArrayList<>();
    for (NodeScores s : scores) {
      rows.add(
          List.of(
              s.node().key(),
              s.node().kind(),
              s.inDegree(),
              String.format(Locale.ROOT, "%.4f", s.pageRank()),
              String.format(Locale.ROOT, "%.1f", s.betweenness()),
              s.posterity(),
              s.lineageOrder()));
    }
    return new QueryResult(
            List.of(
                "key", "kind", "inDegree", "pageRank", "betweenness", "posterity", "lineageOrder"),
            new ArrayList<>(rows))
        .toTable();
  }
}
