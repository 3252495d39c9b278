package org.citegraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citegraph.queries.CitationGraphReader;
import org.citegraph.queries.algorithms.Citation;
import org.citegraph.queries.algorithms.GraphExport;
import org.citegraph.queries.algorithms.GraphNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code citegraph export --format graphml|gexf|dot|csv [--out FILE]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the citation graph for Gephi (graphml, gexf), Graphviz (dot) or neo4j-admin (csv),",
      "with node attributes kind, key, title, session and edge attributes verb, act, paragraph.",
      "csv writes nodes.csv and relationships.csv into the folder --out (default: standard output,",
      "the two files one after the other); import them with",
      "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Neo4jOptions neo4j;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "graphml|gexf|dot|csv",
      description = "The file format.")
  String format = "graphml";

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (csv: a folder).")
  @Nullable Path out;

  @Override
  public Integer call() throws Exception {
    GraphExport.Format chosen;
    try {
      chosen = GraphExport.Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return export(chosen);
  }

  private Integer export(GraphExport.Format chosen) throws IOException {
    Graph<GraphNode, Citation> graph;
    try (GraphTarget target = GraphTarget.open(neo4j)) {
      graph = CitationGraphReader.read(target.driver());
    }
    if (chosen == GraphExport.Format.CSV) {
      GraphExport.CsvFiles csv = GraphExport.neo4jAdminCsv(graph);
      if (out == null) {
        spec.commandLine().getOut().print(csv.nodes() + "\n" + csv.relationships());
      } else {
        Files.createDirectories(out);
        Files.writeString(out.resolve("nodes.csv"), csv.nodes(), StandardCharsets.UTF_8);
        Files.writeString(
            out.resolve("relationships.csv"), csv.relationships(), StandardCharsets.UTF_8);
      }
    } else if (out == null) {
      spec.commandLine().getOut().print(GraphExport.write(graph, chosen));
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, GraphExport.write(graph, chosen), StandardCharsets.UTF_8);
    }
    if (out != null) {
      spec.commandLine()
          .getErr()
          .printf(
              "%d nodes and %d citations written to %s%n",
              graph.vertexSet().size(), graph.edgeSet().size(), out);
    }
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }
}
