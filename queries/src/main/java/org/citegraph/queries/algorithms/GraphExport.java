package org.citegraph.queries.algorithms;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the citation graph for Gephi, Graphviz or {@code neo4j-admin database import}: nodes with
 * kind, key, title, session; edges with verb, act, paragraph. Node ids are {@code n0, n1, ...} in
 * key order (valid in every format); the key is an attribute and the label.
 */
public final class GraphExport {
  /** The formats {@code citegraph export} writes. */
  public enum Format {
    GRAPHML,
    GEXF,
    DOT,
    CSV;

    public static Format parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown export format '" + name + "': graphml, gexf, dot or csv", e);
      }
    }
  }

  private static final List<String> NODE_ATTRIBUTES = List.of("key", "kind", "title", "session");
  private static final List<String> EDGE_ATTRIBUTES = List.of("verb", "act", "paragraph");

  private GraphExport() {}

  /** GraphML, GEXF or DOT, as one document. For CSV use {@link #neo4jAdminCsv}. */
  public static <E extends Citation> String write(Graph<GraphNode, E> graph, Format format) {
    Map<GraphNode, String> ids = ids(graph);
    Function<GraphNode, Map<String, Attribute>> nodeAttributes = GraphExport::nodeAttributes;
    Function<E, Map<String, Attribute>> edgeAttributes = GraphExport::edgeAttributes;
    GraphExporter<GraphNode, E> exporter =
        switch (format) {
          case GRAPHML -> {
            GraphMLExporter<GraphNode, E> x = new GraphMLExporter<>(ids::get);
            NODE_ATTRIBUTES.forEach(
                a ->
                    x.registerAttribute(
                        a,
                        GraphMLExporter.AttributeCategory.NODE,
                        a.equals("session") ? AttributeType.INT : AttributeType.STRING));
            EDGE_ATTRIBUTES.forEach(
                a ->
                    x.registerAttribute(
                        a, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING));
            x.setVertexAttributeProvider(nodeAttributes);
            x.setEdgeAttributeProvider(edgeAttributes);
            yield x;
          }
          case GEXF -> {
            GEXFExporter<GraphNode, E> x = new GEXFExporter<>(ids::get, edgeIds(graph)::get);
            NODE_ATTRIBUTES.forEach(
                a ->
                    x.registerAttribute(
                        a,
                        GEXFExporter.AttributeCategory.NODE,
                        a.equals("session")
                            ? GEXFAttributeType.INTEGER
                            : GEXFAttributeType.STRING));
            EDGE_ATTRIBUTES.forEach(
                a ->
                    x.registerAttribute(
                        a, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
            x.setVertexAttributeProvider(nodeAttributes);
            x.setEdgeAttributeProvider(edgeAttributes);
            yield x;
          }
          case DOT -> {
            DOTExporter<GraphNode, E> x = new DOTExporter<>(ids::get);
            x.setVertexAttributeProvider(nodeAttributes);
            x.setEdgeAttributeProvider(edgeAttributes);
            yield x;
          }
          case CSV -> throw new IllegalArgumentException("CSV is two files: use neo4jAdminCsv");
        };
    StringWriter out = new StringWriter();
    exporter.exportGraph(graph, out);
    return out.toString();
  }

  /** The node and relationship files {@code neo4j-admin database import full} reads. */
  public record CsvFiles(String nodes, String relationships) {}

  /**
   * {@code nodes.csv}: {@code key:ID,kind,title,session:int,adopted:date,ingested:boolean,:LABEL};
   * {@code relationships.csv}: {@code :START_ID,:END_ID,:TYPE,verb,act,paragraph,footnote:int}. The
   * key is the import id, so keys must be unique across labels (KEYS.md keys are).
   */
  public static <E extends Citation> CsvFiles neo4jAdminCsv(Graph<GraphNode, E> graph) {
    Set<String> seen = new HashSet<>();
    StringBuilder nodes =
        new StringBuilder("key:ID,kind,title,session:int,adopted:date,ingested:boolean,:LABEL\n");
    for (GraphNode n : sorted(graph)) {
      if (!seen.add(n.key())) {
        throw new IllegalStateException(
            "two nodes have the key " + n.key() + ": the CSV import needs unique keys");
      }
      nodes.append(
          csvLine(
              n.key(),
              n.kind(),
              n.title(),
              n.session(),
              n.adopted(),
              n.ingested(),
              String.join(";", n.labels())));
    }
    StringBuilder relationships =
        new StringBuilder(":START_ID,:END_ID,:TYPE,verb,act,paragraph,footnote:int\n");
    for (E e : sortedEdges(graph)) {
      relationships.append(
          csvLine(
              graph.getEdgeSource(e).key(),
              graph.getEdgeTarget(e).key(),
              "CITES",
              e.verb(),
              e.act(),
              e.paragraph(),
              e.footnote()));
    }
    return new CsvFiles(nodes.toString(), relationships.toString());
  }

  private static Map<String, Attribute> nodeAttributes(GraphNode n) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(n.key()));
    a.put("key", DefaultAttribute.createAttribute(n.key()));
    a.put("kind", DefaultAttribute.createAttribute(n.kind()));
    if (n.title() != null) {
      a.put("title", DefaultAttribute.createAttribute(n.title()));
    }
    if (n.session() != null) {
      a.put("session", DefaultAttribute.createAttribute(n.session()));
    }
    return a;
  }

  private static Map<String, Attribute> edgeAttributes(Citation c) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    if (c.verb() != null) {
      a.put("label", DefaultAttribute.createAttribute(c.verb()));
      a.put("verb", DefaultAttribute.createAttribute(c.verb()));
    }
    if (c.act() != null) {
      a.put("act", DefaultAttribute.createAttribute(c.act()));
    }
    if (c.paragraph() != null) {
      a.put("paragraph", DefaultAttribute.createAttribute(c.paragraph()));
    }
    return a;
  }

  private static <E> Map<GraphNode, String> ids(Graph<GraphNode, E> graph) {
    Map<GraphNode, String> ids = new HashMap<>();
    for (GraphNode n : sorted(graph)) {
      ids.put(n, "n" + ids.size());
    }
    return ids;
  }

  private static <E> Map<E, String> edgeIds(Graph<GraphNode, E> graph) {
    Map<E, String> ids = new HashMap<>();
    for (E e : sortedEdges(graph)) {
      ids.put(e, "e" + ids.size());
    }
    return ids;
  }

  private static <E> List<GraphNode> sorted(Graph<GraphNode, E> graph) {
    List<GraphNode> nodes = new ArrayList<>(graph.vertexSet());
    nodes.sort(CitationAnalysis.BY_KEY);
    return nodes;
  }

  /** Edges in the graph's own order: the reader adds them sorted. */
  private static <E> List<E> sortedEdges(Graph<GraphNode, E> graph) {
    return new ArrayList<>(graph.edgeSet());
  }

  private static String csvLine(@Nullable Object... values) {
    List<String> fields = new ArrayList<>();
    for (Object v : values) {
      String text = v == null ? "" : String.valueOf(v);
      boolean quote =
          text.indexOf(',') >= 0
              || text.indexOf('"') >= 0
              || text.indexOf('\n') >= 0
              || text.indexOf('\r') >= 0;
      fields.add(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
    }
    return String.join(",", fields) + "\n";
  }
}
