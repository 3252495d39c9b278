package org.citegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.UnreadableDocumentException;
import org.citegraph.extractor.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * Runs the {@link Extractor} over every document of a folder and measures the pass: bytes,
 * documents, wall time, peak and live heap, peak resident set. Documents are read and extracted by
 * a fixed pool of threads through a bounded window (a few documents per thread in flight), and
 * handed to the sink in file order on the calling thread, so memory stays bounded whatever the size
 * of the corpus and the sink needs no locking. A warm-up pass over the first documents runs first,
 * unmeasured, so that the JIT has compiled the extractor.
 */
public final class ExtractionBenchmark {
  private static final int IN_FLIGHT_PER_THREAD = 4;
  private static final int ERRORS_KEPT = 10;

  private final Extractor extractor;
  private final int threads;
  private final int warmupDocuments;

  public ExtractionBenchmark(Extractor extractor, int threads, int warmupDocuments) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (warmupDocuments < 0) {
      throw new IllegalArgumentException("warm-up must not be negative: " + warmupDocuments);
    }
    this.extractor = extractor;
    this.threads = threads;
    this.warmupDocuments = warmupDocuments;
  }

  /**
   * Warms up, then measures one pass over {@code folder}, handing each document to {@code sink}.
   */
  public BenchmarkResult run(Path folder, Consumer<Document> sink)
      throws IOException, InterruptedException {
    List<String> listingErrors = new ArrayList<>();
    List<Path> files =
        new Corpus(List.of(folder))
            .files((path, reason) -> listingErrors.add(path + ": " + reason));
    if (files.isEmpty()) {
      throw new IOException(
          listingErrors.isEmpty() ? "no documents in " + folder : listingErrors.get(0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, ExtractionBenchmark::daemon);
    try {
      if (warmupDocuments > 0) {
        List<Path> warm = new ArrayList<>();
        for (int i = 0; i < warmupDocuments; i++) {
          warm.add(files.get(i % files.size()));
        }
        pass(pool, warm, d -> {}, new Tally());
      }
      System.gc();
      ResidentSet.resetPeak();
      Tally tally = new Tally();
      long start;
      long peak;
      long live;
      try (HeapWatch heap = new HeapWatch()) {
        start = System.nanoTime();
        pass(pool, files, sink, tally);
        tally.seconds = (System.nanoTime() - start) / 1e9;
        peak = heap.peakBytes();
        live = heap.liveBytes();
      }
      return new BenchmarkResult(
          tally.documents,
          tally.failed,
          tally.bytes,
          tally.seconds,
          threads,
          warmupDocuments,
          peak,
          live,
          ResidentSet.peakBytes(),
          tally.errors);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts of one pass. Touched only by the calling thread. */
  private static final class Tally {
    int documents;
    int failed;
    long bytes;
    double seconds;
    final List<String> errors = new ArrayList<>();
  }

  /** What became of one file. */
  private record Outcome(
      Path file, long bytes, @Nullable Document document, @Nullable String error) {}

  private void pass(ExecutorService pool, List<Path> files, Consumer<Document> sink, Tally tally)
      throws InterruptedException {
    ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
    int capacity = threads * IN_FLIGHT_PER_THREAD;
    for (Path file : files) {
      if (window.size() == capacity) {
        deliver(window.removeFirst(), sink, tally);
      }
      window.addLast(pool.submit(() -> extract(file)));
    }
    while (!window.isEmpty()) {
      deliver(window.removeFirst(), sink, tally);
    }
  }

  private static void deliver(Future<Outcome> future, Consumer<Document> sink, Tally tally)
      throws InterruptedException {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction task failed", e.getCause());
    }
    tally.bytes += outcome.bytes();
    if (outcome.document() != null) {
      tally.documents++;
      sink.accept(outcome.document());
    } else {
      tally.failed++;
      if (tally.errors.size() < ERRORS_KEPT) {
        tally.errors.add(outcome.file().getFileName() + ": " + outcome.error());
      }
    }
  }

  private Outcome extract(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Outcome(file, 0, null, "cannot read: " + e.getMessage());
    }
    try {
      return new Outcome(
          file, bytes.length, extractor.extract(file.getFileName().toString(), bytes), null);
    } catch (UnreadableDocumentException e) {
      return new Outcome(file, bytes.length, null, e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(file, bytes.length, null, "extractor threw " + e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "citegraph-bench-extract");
    thread.setDaemon(true);
    return thread;
  }
}
