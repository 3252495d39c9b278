package org.citegraph.queries.algorithms;

import org.jspecify.annotations.Nullable;

/**
 * One {@code :CITES} relationship: one place a document cites a node. Equal only to itself, so that
 * a document citing the same node in two paragraphs gives two edges of the multigraph.
 */
public final class Citation {
  private final @Nullable String verb;
  private final @Nullable String act;
  private final @Nullable String paragraph;
  private final @Nullable Integer footnote;

  public Citation(
      @Nullable String verb,
      @Nullable String act,
      @Nullable String paragraph,
      @Nullable Integer footnote) {
    this.verb = verb;
    this.act = act;
    this.paragraph = paragraph;
    this.footnote = footnote;
  }

  public @Nullable String verb() {
    return verb;
  }

  public @Nullable String act() {
    return act;
  }

  public @Nullable String paragraph() {
    return paragraph;
  }

  public @Nullable Integer footnote() {
    return footnote;
  }

  @Override
  public String toString() {
    return (verb == null ? "" : verb) + (paragraph == null ? "" : " " + paragraph);
  }
}
