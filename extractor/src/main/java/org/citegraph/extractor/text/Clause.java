package org.citegraph.extractor.text;

import java.util.List;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A preambular or operative paragraph: its id ({@code PP3}, {@code OP12}), its opening phrase in
 * lower case ({@code recalling also}), and the line segments it is made of (a paragraph may be
 * broken by a page break or by footnote bodies printed in the middle of it).
 */
public record Clause(String id, @Nullable String verb, List<Span> segments) {
  public Clause {
    segments = List.copyOf(segments);
  }

  public int start() {
    return segments.get(0).start();
  }

  public int end() {
    return segments.get(segments.size() - 1).end();
  }
}
