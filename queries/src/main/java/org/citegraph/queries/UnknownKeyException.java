package org.citegraph.queries;

import java.util.List;

/** A key the user typed that names no node in the graph; the message lists the nearest keys. */
public final class UnknownKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String typed;
  private final List<String> nearest;

  public UnknownKeyException(String typed, List<String> tried, List<String> nearest) {
    super(message(typed, tried, nearest));
    this.typed = typed;
    this.nearest = List.copyOf(nearest);
  }

  public String typed() {
    return typed;
  }

  /** The known keys closest to what was typed, nearest first. */
  public List<String> nearest() {
    return nearest;
  }

  private static String message(String typed, List<String> tried, List<String> nearest) {
    String shown = typed.strip().replaceAll("^[\"']+|[\"']+$", "");
    StringBuilder m = new StringBuilder("no node has the key \"").append(shown).append('"');
    if (!tried.get(0).equals(shown)) {
      m.append(" (read as \"").append(tried.get(0)).append("\")");
    }
    if (nearest.isEmpty()) {
      m.append("; the graph is empty: load documents first (citegraph load)");
    } else {
      m.append("; nearest known keys: ").append(String.join(", ", nearest));
    }
    return m.toString();
  }
}
