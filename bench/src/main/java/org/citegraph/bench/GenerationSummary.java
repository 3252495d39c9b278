package org.citegraph.bench;

import java.util.Map;

/**
 * What {@link CorpusGenerator#generate} wrote.
 *
 * @param documents how many documents
 * @param bytes their total size in bytes (manifest excluded)
 * @param shapes how many documents of each shape
 * @param seconds the wall time taken
 */
public record GenerationSummary(
    int documents, long bytes, Map<Shape, Integer> shapes, double seconds) {
  public GenerationSummary {
    shapes = Map.copyOf(shapes);
  }
}
