package org.citegraph.queries.algorithms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Citations that cannot be right and so flag extraction errors: a document citing one adopted after
 * it. Dates are compared when both ends have one; otherwise sessions, but only of the same body (GA
 * 64 and HRC 20 are not comparable). Cycles are found by {@link LineageOrder}.
 */
public final class CitationChecks {
  private static final Set<String> DOCUMENT_KINDS =
      Set.of("resolution", "decision", "document", "draft");

  private CitationChecks() {}

  /** A document that cites a later one. */
  public record LaterCitation(GraphNode citing, GraphNode cited, String reason) {
    @Override
    public String toString() {
      return citing.key() + " cites " + cited.key() + " (" + reason + ")";
    }
  }

  public static <E> List<LaterCitation> laterCitations(Graph<GraphNode, E> citations) {
    List<LaterCitation> found = new ArrayList<>();
    for (E e : citations.edgeSet()) {
      GraphNode citing = citations.getEdgeSource(e);
      GraphNode cited = citations.getEdgeTarget(e);
      if (!citing.ingested()
          || !DOCUMENT_KINDS.contains(citing.kind())
          || !DOCUMENT_KINDS.contains(cited.kind())) {
        continue;
      }
      String reason = later(citing, cited);
      if (reason != null
          && found.stream().noneMatch(f -> f.citing().equals(citing) && f.cited().equals(cited))) {
        found.add(new LaterCitation(citing, cited, reason));
      }
    }
    found.sort(
        Comparator.comparing((LaterCitation f) -> f.citing().key())
            .thenComparing(f -> f.cited().key()));
    return found;
  }

  private static @org.jspecify.annotations.Nullable String later(
      GraphNode citing, GraphNode cited) {
    if (citing.adopted() != null && cited.adopted() != null) {
      return cited.adopted().compareTo(citing.adopted()) > 0
          ? "adopted " + cited.adopted() + ", after " + citing.adopted()
          : null;
    }
    if (citing.session() != null
        && cited.session() != null
        && citing.body() != null
        && citing.body().equals(cited.body())
        && cited.session() > citing.session()) {
      return "session " + cited.session() + ", after " + citing.session();
    }
    return null;
  }
}
