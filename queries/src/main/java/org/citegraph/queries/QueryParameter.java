package org.citegraph.queries;

import org.jspecify.annotations.Nullable;

/**
 * One parameter of a canned query, as the command line gives it: a key typed by the user (a
 * positional argument, normalised to its KEYS.md key before the query runs) or an option.
 *
 * @param name the Cypher parameter, {@code $name}
 * @param type how the typed value becomes the parameter
 * @param defaultValue the value when the option is not given, or null
 * @param description one line for {@code query --list}
 */
public record QueryParameter(
    String name, Type type, @Nullable Object defaultValue, String description) {

  /** How a typed value becomes a Cypher parameter. */
  public enum Type {
    /** A positional key, normalised and checked against the graph. */
    KEY(null),
    /** {@code --verb recalling}: the clause verb, given to Cypher as its act lemma ('recall'). */
    VERB("--verb"),
    /** {@code --depth N}: 1 to 10. */
    DEPTH("--depth"),
    /** {@code --kind K}: a node kind. */
    KIND("--kind"),
    /** {@code --limit N}: at least 1. */
    LIMIT("--limit");

    private final @Nullable String option;

    Type(@Nullable String option) {
      this.option = option;
    }

    /** The command-line option, or null for a positional key. */
    public @Nullable String option() {
      return option;
    }
  }

  static QueryParameter key(String name, String description) {
    return new QueryParameter(name, Type.KEY, null, description);
  }

  static QueryParameter verb() {
    return new QueryParameter(
        "act",
        Type.VERB,
        null,
        "only citations of this verb's act (recalling: recall, recalls...)");
  }

  static QueryParameter depth() {
    return new QueryParameter("depth", Type.DEPTH, 5L, "the most citation steps, 1 to 10 (5)");
  }

  static QueryParameter kind(String kinds) {
    return new QueryParameter("kind", Type.KIND, null, "only nodes of this kind: " + kinds);
  }

  static QueryParameter limit() {
    return new QueryParameter("limit", Type.LIMIT, 25L, "the most rows (25)");
  }

  /** {@code KEY} or {@code --verb VERB}, as {@code query --list} shows it. */
  public String usage() {
    return switch (type) {
      case KEY -> name.toUpperCase(java.util.Locale.ROOT);
      case VERB -> "[--verb VERB]";
      case DEPTH -> "[--depth N]";
      case KIND -> "[--kind KIND]";
      case LIMIT -> "[--limit N]";
    };
  }
}
