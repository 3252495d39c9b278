package org.citegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.citegraph.bench.BenchmarkResult;
import org.citegraph.bench.CorpusGenerator;
import org.citegraph.bench.Density;
import org.citegraph.bench.ExtractionBenchmark;
import org.citegraph.bench.GenerationSummary;
import org.citegraph.bench.HeapWatch;
import org.citegraph.bench.Manifest;
import org.citegraph.bench.ResidentSet;
import org.citegraph.bench.TextTable;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.InitialImport;
import org.citegraph.graph.LoadReport;
import org.citegraph.graph.LoadRun;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.citegraph.queries.CannedQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * {@code citegraph bench run}: a generated corpus through the whole pipeline on the in-process
 * server, each stage measured: extraction alone on every core; then, from an empty graph, the
 * server's start, extraction on every core feeding the loader on its own thread, and the load; then
 * query latencies on the loaded graph; and the peak resident set of a plain {@code extract} over
 * the corpus, in a child JVM.
 */
final class EndToEndBench {
  /** Documents extracted but not yet loaded: enough for two batches, bounded memory. */
  private static final int QUEUE = 2 * GraphLoader.BATCH_DOCUMENTS;

  private static final Object END = new Object();

  /** Documents extracted, unmeasured, before the extraction alone is timed. */
  private static final int WARMUP_DOCUMENTS = 2_000;

  /** Unmeasured runs of each query first, so that the figures are of compiled code, not JIT. */
  private static final int WARMUP_QUERIES = 200;

  private final Path corpus;
  private final Path data;
  private final int threads;
  private final int queryRuns;
  private final boolean transactions;
  private final PrintWriter out;
  private final TextTable table = new TextTable("measure", "value", "target");

  EndToEndBench(
      Path corpus, Path data, int threads, int queryRuns, boolean transactions, PrintWriter out) {
    this.transactions = transactions;
    this.corpus = corpus;
    this.data = data;
    this.threads = threads;
    this.queryRuns = queryRuns;
    this.out = out;
  }

  /** Generates {@code docs} documents into the corpus folder unless it already holds a corpus. */
  void generateUnlessPresent(int docs, long seed, Density density) throws IOException {
    if (Files.isRegularFile(corpus.resolve(Manifest.FILE_NAME))) {
      progress("corpus: " + corpus + " (already generated)");
      return;
    }
    GenerationSummary s = CorpusGenerator.withDefaults(density).generate(corpus, docs, seed);
    progress(
        String.format(
            "corpus: %d documents (%s), %.1f MB generated in %.1f s",
            docs, density.json(), s.bytes() / 1e6, s.seconds()));
  }

  String run() throws Exception {
    // Alone, the extractor is measured warm (as bench extract does); feeding the load, it is not.
    ExtractionBenchmark warm =
        new ExtractionBenchmark(Extractor.withDefaults(), threads, WARMUP_DOCUMENTS);
    progress("extraction alone, " + threads + " threads...");
    BenchmarkResult alone = warm.run(corpus, d -> {});
    ExtractionBenchmark extraction = new ExtractionBenchmark(Extractor.withDefaults(), threads, 0);
    row("extraction MB/s (alone)", "%.1f", alone.megabytesPerSecond(), ">= 50");
    row("extraction docs/s (alone)", "%.0f", alone.documentsPerSecond(), "");

    EmbeddedOptions options =
        new EmbeddedOptions(data, EmbeddedOptions.LOOPBACK, 0, 0, false, null);
    progress(
        transactions
            ? "server start, extraction and load in transactions into an empty graph..."
            : "extraction and import into a new database, server start...");
    System.gc();
    ResidentSet.resetPeak();
    long start = System.nanoTime();
    LoadReport report;
    double loadSeconds;
    double serverSeconds;
    try (HeapWatch heap = new HeapWatch()) {
      GraphTarget target;
      if (transactions) {
        target = GraphTarget.embedded(EmbeddedNeo4j.start(options), "neo4j", null);
        serverSeconds = (System.nanoTime() - start) / 1e9;
        LoadRun run = new GraphLoader(target.driver()).start();
        report = extractInto(extraction, run::add, run::finish);
        loadSeconds = (System.nanoTime() - start) / 1e9 - serverSeconds;
      } else {
        try (InitialImport initial = new InitialImport(data.resolveSibling("import"))) {
          report = extractInto(extraction, initial::add, () -> finish(initial, options));
        }
        loadSeconds = (System.nanoTime() - start) / 1e9;
        target = GraphTarget.embedded(EmbeddedNeo4j.start(options), "neo4j", null);
        new GraphLoader(target.driver()).ensureSchema();
        serverSeconds = (System.nanoTime() - start) / 1e9 - loadSeconds;
      }
      try (target) {
        double endToEnd = (System.nanoTime() - start) / 1e9;
        long peakHeap = heap.peakBytes();
        Long rss = ResidentSet.peakBytes();
        String how = transactions ? "transactions" : "importer";
        row("extract + load s (" + how + ")", "%.1f", loadSeconds, "");
        row("server start s (+ schema)", "%.1f", serverSeconds, "");
        row("end-to-end s (extract, load, start)", "%.1f", endToEnd, "<= 30");
        row("documents loaded", "%.0f", (double) report.loaded(), "");
        row("relationships created", "%.0f", (double) report.relationshipsCreated(), "");
        row("load relationships/s", "%.0f", report.relationshipsCreated() / loadSeconds, "");
        row("peak heap MB (bench + server)", "%.0f", peakHeap / 1e6, "");
        row("peak RSS MB (bench + server)", "%.0f", rss == null ? Double.NaN : rss / 1e6, "");
        if (!report.failures().isEmpty()) {
          progress(
              report.failures().size() + " documents failed, first: " + report.failures().get(0));
        }
        progress("queries...");
        latencies(target.driver());
      }
    }
    progress("plain extract in a child JVM...");
    Long extractRss = ChildRss.ofExtract(corpus);
    row(
        "extract peak RSS MB (child JVM)",
        "%.0f",
        extractRss == null ? Double.NaN : extractRss / 1e6,
        "<= 512");
    return table.toString();
  }

  private static LoadReport finish(InitialImport initial, EmbeddedOptions options) {
    try {
      return initial.finish(options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Extraction threads feed a queue; one thread drains it into the sink (the loader or the import,
   * neither of which is shared between threads), then finishes.
   */
  private LoadReport extractInto(
      ExtractionBenchmark extraction, Consumer<Document> sink, Supplier<LoadReport> finish)
      throws Exception {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    CompletableFuture<LoadReport> loader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (Object d = queue.take(); d != END; d = queue.take()) {
                  sink.accept((Document) d);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return finish.get();
            });
    try {
      extraction.run(
          corpus,
          d -> {
            try {
              queue.put(d);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          });
    } finally {
      queue.put(END);
    }
    return loader.get();
  }

  private void latencies(Driver driver) {
    List<String> cited = keys(driver, "MATCH (t:Resolution)<-[:CITES]-() RETURN DISTINCT t.key");
    List<String> ingested = keys(driver, "MATCH (r:Resolution) WHERE r.ingested RETURN r.key");
    measure(driver, "citing", cited, EndToEndBench::citing, "<= 5");
    measure(driver, "lineage", ingested, key -> Map.of("key", key, "depth", 5L), "<= 50");
    measure(driver, "treaties", List.of(""), key -> Map.of(), "");
  }

  private static Map<String, Object> citing(String key) {
    Map<String, Object> params = new HashMap<>();
    params.put("key", key);
    params.put("act", null); // every citation, whatever its verb
    return params;
  }

  private void measure(
      Driver driver,
      String command,
      List<String> keys,
      java.util.function.Function<String, Map<String, Object>> params,
      String p50Target) {
    CannedQuery query = CannedQuery.forCommand(command, null).orElseThrow();
    if (keys.isEmpty()) {
      row(command + " p50 ms", "%s", Double.NaN, "no keys");
      return;
    }
    List<String> shuffled = new ArrayList<>(keys);
    Collections.shuffle(shuffled, new Random(1));
    long warmupBudget = System.nanoTime() + 5_000_000_000L;
    for (int i = 0; i < WARMUP_QUERIES && (i < 5 || System.nanoTime() < warmupBudget); i++) {
      query.run(driver, params.apply(shuffled.get((keys.size() / 2 + i) % shuffled.size())));
    }
    List<Double> millis = new ArrayList<>();
    long budget = System.nanoTime() + 20_000_000_000L;
    for (int i = 0; i < queryRuns && (i < 5 || System.nanoTime() < budget); i++) {
      Map<String, Object> p = params.apply(shuffled.get(i % shuffled.size()));
      long t = System.nanoTime();
      query.run(driver, p);
      millis.add((System.nanoTime() - t) / 1e6);
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    row(
        command + " p50 ms (" + sorted.length + " runs)",
        "%.1f",
        percentile(sorted, 50),
        p50Target);
    row(command + " p95 ms", "%.1f", percentile(sorted, 95), "");
  }

  static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static List<String> keys(Driver driver, String cypher) {
    try (Session session = driver.session()) {
      return session.run(cypher).list(r -> r.get(0).asString());
    }
  }

  private void row(String measure, String format, double value, String target) {
    table.row(measure, Double.isNaN(value) ? "n/a" : String.format(format, value), target);
  }

  private void progress(String line) {
    out.println(line);
    out.flush();
  }
}
