package org.citegraph.graph;

import java.util.List;
import java.util.Locale;

/**
 * What one load did.
 *
 * @param loaded documents written (new or changed)
 * @param unchanged documents skipped because the graph already holds the same file and extractor
 * @param failures documents reported and skipped
 * @param nodesCreated nodes created
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted (the former outgoing edges of changed
 *     documents)
 * @param seconds wall time
 */
public record LoadReport(
    int loaded,
    int unchanged,
    List<LoadFailure> failures,
    long nodesCreated,
    long relationshipsCreated,
    long relationshipsDeleted,
    double seconds) {

  public LoadReport {
    failures = List.copyOf(failures);
  }

  public int documents() {
    return loaded + unchanged + failures.size();
  }

  /** The one-line summary the CLI prints. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d documents (%d loaded, %d unchanged, %d failed), %d nodes and %d relationships"
            + " created in %.1f s",
        documents(),
        loaded,
        unchanged,
        failures.size(),
        nodesCreated,
        relationshipsCreated,
        seconds);
  }
}
