package org.citegraph.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citegraph.graph.ActLemma;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * One run of a canned query as the command line asks for it: the keys typed (positional) and the
 * options given. Checked when built (an option the query does not take, a missing key, a depth out
 * of range are {@link IllegalArgumentException}s); keys are resolved against the graph when run.
 */
public record QueryRequest(
    CannedQuery query,
    List<String> keys,
    @Nullable String verb,
    @Nullable Integer depth,
    @Nullable String kind,
    @Nullable Integer limit) {

  static final int MAX_DEPTH = 10;
  static final Set<String> KINDS =
      Set.of("resolution", "decision", "document", "draft", "instrument", "body", "state");

  public QueryRequest {
    keys = List.copyOf(keys);
    List<QueryParameter> keyParameters =
        query.parameters().stream().filter(p -> p.type() == QueryParameter.Type.KEY).toList();
    if (keys.size() != keyParameters.size()) {
      throw new IllegalArgumentException(
          "query "
              + query.command()
              + " takes "
              + (keyParameters.isEmpty()
                  ? "no key"
                  : String.join(" ", keyParameters.stream().map(QueryParameter::usage).toList()))
              + ", got "
              + (keys.isEmpty() ? "none" : String.join(" ", keys)));
    }
    check(query, QueryParameter.Type.VERB, verb);
    check(query, QueryParameter.Type.DEPTH, depth);
    check(query, QueryParameter.Type.KIND, kind);
    check(query, QueryParameter.Type.LIMIT, limit);
    if (depth != null && (depth < 1 || depth > MAX_DEPTH)) {
      throw new IllegalArgumentException("--depth must be 1 to " + MAX_DEPTH + ", got " + depth);
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    if (kind != null) {
      kind = kind.toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            "--kind must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
      }
    }
  }

  /** A request with only keys. */
  public static QueryRequest of(CannedQuery query, String... keys) {
    return new QueryRequest(query, List.of(keys), null, null, null, null);
  }

  /** The Cypher parameters, with each typed key resolved to the key of a node. */
  public Map<String, @Nullable Object> parameters(KeyResolver resolver) {
    Map<String, @Nullable Object> parameters = new HashMap<>();
    List<String> typed = new ArrayList<>(keys);
    for (QueryParameter p : query.parameters()) {
      Object value =
          switch (p.type()) {
            case KEY -> resolver.resolve(typed.remove(0));
            case VERB -> verb == null ? null : act(verb);
            case DEPTH -> depth == null ? p.defaultValue() : Long.valueOf(depth);
            case KIND -> kind;
            case LIMIT -> limit == null ? p.defaultValue() : Long.valueOf(limit);
          };
      parameters.put(p.name(), value);
    }
    return parameters;
  }

  /** Resolves the keys and runs the query. */
  public QueryResult run(Driver driver) {
    return query.run(driver, parameters(new KeyResolver(driver)));
  }

  /** "recalling" and "recall" both give the act 'recall'. */
  static String act(String verb) {
    String lemma = ActLemma.of(verb.strip().toLowerCase(Locale.ROOT));
    return lemma == null ? verb.strip().toLowerCase(Locale.ROOT) : lemma;
  }

  private static void check(CannedQuery query, QueryParameter.Type type, @Nullable Object value) {
    if (value != null && query.parameters().stream().noneMatch(p -> p.type() == type)) {
      throw new IllegalArgumentException(
          "query " + query.command() + " does not take " + type.option());
    }
  }
}
