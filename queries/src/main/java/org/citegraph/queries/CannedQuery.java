package org.citegraph.queries;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citegraph.graph.CypherResource;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A question the graph answers, kept in {@code cypher/<file>.cypher} with its {@code //} header
 * (purpose, parameters, columns, example) and run as {@code citegraph query <command>}. Queries
 * take {@code $parameters}; nothing is ever concatenated into them.
 */
public enum CannedQuery {
  CITING("citing", "who-cites", QueryParameter.key("key", "the cited node"), QueryParameter.verb()),
  CITED_BY("cited-by", "what-does-it-cite", QueryParameter.key("key", "the citing document")),
  LINEAGE(
      "lineage",
      "what-does-it-build-on",
      QueryParameter.key("key", "the resolution"),
      QueryParameter.depth()),
  /** {@code lineage KEY --direction down}. */
  LINEAGE_DOWN(
      "lineage",
      "what-builds-on-it",
      QueryParameter.key("key", "the resolution"),
      QueryParameter.depth()),
  TREATIES("treaties", "which-treaties-are-cited-by-session"),
  BODIES("bodies", "which-bodies-are-addressed", QueryParameter.verb()),
  UNRESOLVED(
      "unresolved",
      "what-should-be-fetched-next",
      QueryParameter.kind("resolution, decision, document"),
      QueryParameter.limit()),
  TOP(
      "top",
      "what-is-cited-most",
      QueryParameter.kind("resolution, decision, document, draft, instrument, body, state"),
      QueryParameter.limit()),
  DRAFTS("drafts", "what-did-drafts-become"),
  PATH(
      "path",
      "how-are-they-connected",
      QueryParameter.key("from", "one node"),
      QueryParameter.key("to", "the other node")),
  WHICH_RESOLUTIONS_RECALL(
      "which-resolutions-recall",
      "which-resolutions-recall",
      QueryParameter.key("key", "the recalled resolution")),
  TREATIES_CITED_ACROSS_SESSIONS(
      "treaties-cited-across-sessions", "treaties-cited-across-sessions");

  private final String command;
  private final String fileName;
  private final List<QueryParameter> parameters;
  private final CypherResource resource;

  CannedQuery(String command, String fileName, QueryParameter... parameters) {
    this.command = command;
    this.fileName = fileName;
    this.parameters = List.of(parameters);
    this.resource = CypherResource.load(CannedQuery.class, fileName);
  }

  /** The name {@code citegraph query} knows it by. */
  public String command() {
    return command;
  }

  /** The file name without {@code .cypher}: a kebab-case question. */
  public String fileName() {
    return fileName;
  }

  /** What the command line gives: positional keys first, then options. */
  public List<QueryParameter> parameters() {
    return parameters;
  }

  /** The header lines, the first of which says what the query answers. */
  public List<String> comments() {
    return resource.comments();
  }

  /** The header's first sentence, for {@code query --list}. */
  public String purpose() {
    String header = String.join(" ", comments());
    int parameters = header.indexOf("Parameters:");
    String first = parameters < 0 ? header : header.substring(0, parameters);
    int colon = first.indexOf(':');
    return (colon < 0 ? first : first.substring(0, colon)).strip();
  }

  public String cypher() {
    return resource.text();
  }

  /** The queries {@code query --list} shows, one per command ({@code lineage} once). */
  public static List<CannedQuery> commands() {
    return Arrays.stream(values()).filter(q -> q != LINEAGE_DOWN).toList();
  }

  /** The query run as {@code query <command>}; {@code direction} is for {@code lineage}. */
  public static Optional<CannedQuery> forCommand(String command, @Nullable String direction) {
    if (command.equals(LINEAGE.command) && "down".equals(direction)) {
      return Optional.of(LINEAGE_DOWN);
    }
    return commands().stream().filter(q -> q.command.equals(command)).findFirst();
  }

  /** Runs the query in a read transaction. */
  public QueryResult run(Driver driver, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      return session.executeRead(
          tx -> {
            var result = tx.run(cypher(), parameters);
            List<String> columns = result.keys();
            List<List<Object>> rows =
                result.list((Record r) -> r.values().stream().map(CannedQuery::plain).toList());
            return new QueryResult(columns, rows);
          });
    }
  }

  private static @Nullable Object plain(Value value) {
    return value.isNull() ? null : value.asObject();
  }
}
