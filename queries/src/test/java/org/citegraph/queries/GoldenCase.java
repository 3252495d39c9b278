package org.citegraph.queries;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One run of a canned query with a golden result: {@code golden/<graph>/<name>.json}. */
record GoldenCase(String name, QueryRequest request) {
  static GoldenCase of(String name, CannedQuery query, String... keys) {
    return new GoldenCase(name, QueryRequest.of(query, keys));
  }

  static GoldenCase verb(String name, CannedQuery query, @Nullable String verb, String... keys) {
    return new GoldenCase(name, new QueryRequest(query, List.of(keys), verb, null, null, null));
  }

  static GoldenCase depth(String name, CannedQuery query, int depth, String key) {
    return new GoldenCase(name, new QueryRequest(query, List.of(key), null, depth, null, null));
  }

  static GoldenCase kind(String name, CannedQuery query, @Nullable String kind, int limit) {
    return new GoldenCase(name, new QueryRequest(query, List.of(), null, null, kind, limit));
  }

  @Override
  public String toString() {
    return name;
  }
}
