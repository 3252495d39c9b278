package org.citegraph.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one measured extraction pass. MB are 10^6 bytes.
 *
 * @param documents documents extracted
 * @param failed documents that could not be read or extracted
 * @param bytes total size of the documents read
 * @param seconds wall time of the measured pass
 * @param threads extraction threads
 * @param warmupDocuments documents extracted before measuring
 * @param peakHeapBytes the fullest the heap was during the pass
 * @param liveHeapBytes the most heap that survived a collection during the pass (0: none ran)
 * @param peakRssBytes the peak resident set of the process (reset before the pass where Linux
 *     allows), or null off Linux
 * @param errors the first failures, one line each
 */
public record BenchmarkResult(
    int documents,
    int failed,
    long bytes,
    double seconds,
    int threads,
    int warmupDocuments,
    long peakHeapBytes,
    long liveHeapBytes,
    @Nullable Long peakRssBytes,
    List<String> errors) {

  public BenchmarkResult {
    errors = List.copyOf(errors);
  }

  public double megabytes() {
    return bytes / 1e6;
  }

  public double megabytesPerSecond() {
    return seconds > 0 ? megabytes() / seconds : 0;
  }

  public double documentsPerSecond() {
    return seconds > 0 ? documents / seconds : 0;
  }

  /** The figures as a small aligned table. */
  public String table() {
    TextTable t =
        new TextTable(
            "documents",
            "MB",
            "seconds",
            "MB/s",
            "docs/s",
            "peak heap MB",
            "live heap MB",
            "peak RSS MB",
            "threads");
    t.row(
        Integer.toString(documents),
        String.format("%.2f", megabytes()),
        String.format("%.2f", seconds),
        String.format("%.2f", megabytesPerSecond()),
        String.format("%.1f", documentsPerSecond()),
        String.format("%.1f", peakHeapBytes / 1e6),
        String.format("%.1f", liveHeapBytes / 1e6),
        peakRssBytes == null ? "n/a" : String.format("%.1f", peakRssBytes / 1e6),
        Integer.toString(threads));
    return t.toString();
  }
}
