package org.citegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.InitialImport;
import org.citegraph.graph.LoadFailure;
import org.citegraph.graph.LoadReport;
import org.citegraph.graph.LoadRun;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.citegraph.graph.embedded.EmbeddedServerException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * Extracts the documents one at a time and hands them to the loader: the pipeline behind {@code
 * load} and {@code serve}. A progress bar goes to stderr when there are more than a few files.
 */
final class GraphFeed {
  /** More files than this get a progress bar. */
  static final int PROGRESS_THRESHOLD = 3;

  private GraphFeed() {}

  /** The load's report, its failures including the files that could not even be extracted. */
  record Result(LoadReport report) {
    boolean clean() {
      return report.failures().isEmpty();
    }
  }

  static Result run(Driver driver, List<Path> inputs, PrintWriter err) {
    LoadRun run = new GraphLoader(driver).start();
    List<LoadFailure> unreadable = extract(inputs, run::add, err);
    return result(run.finish(), unreadable, err);
  }

  /**
   * The first load into a new in-process database, through the offline importer ({@link
   * InitialImport}); the server must not be running. Its CSV files go to a folder inside the data
   * folder, removed afterwards.
   *
   * @throws EmbeddedServerException when the importer fails; the database is then still new
   */
  static Result importInto(EmbeddedOptions options, List<Path> inputs, PrintWriter err)
      throws IOException {
    Path folder = options.home().resolve("import");
    try (InitialImport initial = new InitialImport(folder)) {
      List<LoadFailure> unreadable = extract(inputs, initial::add, err);
      return result(initial.finish(options), unreadable, err);
    } catch (IOException | RuntimeException e) {
      EmbeddedNeo4j.removeDatabase(options.home());
      throw e;
    } finally {
      deleteTree(folder);
    }
  }

  /** True when {@code load} should import: a new in-process database and a large corpus. */
  static boolean importable(Neo4jOptions options, List<Path> inputs) {
    return options.uri == null
        && EmbeddedNeo4j.isNew(options.data)
        && new Corpus(inputs).files((path, reason) -> {}).size() >= InitialImport.MINIMUM_DOCUMENTS;
  }

  private static List<LoadFailure> extract(
      List<Path> inputs, Consumer<Document> sink, PrintWriter err) {
    Extractor extractor = Extractor.withDefaults();
    Corpus corpus = new Corpus(inputs);
    List<Path> files = corpus.files((path, reason) -> {});
    List<LoadFailure> unreadable = new ArrayList<>();
    try (ProgressBar bar = files.size() > PROGRESS_THRESHOLD ? bar(files.size()) : null) {
      corpus.forEach(
          extractor,
          document -> {
            sink.accept(document);
            step(bar);
          },
          (path, reason) -> {
            err.println("citegraph: " + path + ": " + reason);
            err.flush();
            unreadable.add(new LoadFailure(path.toString(), "", reason));
            step(bar);
          });
    }
    return unreadable;
  }

  private static Result result(LoadReport report, List<LoadFailure> unreadable, PrintWriter err) {
    for (LoadFailure f : report.failures()) {
      err.println("citegraph: " + f.file() + ": skipped (" + f.key() + "): " + f.reason());
    }
    err.flush();
    List<LoadFailure> failures = new ArrayList<>(unreadable);
    failures.addAll(report.failures());
    return new Result(
        new LoadReport(
            report.loaded(),
            report.unchanged(),
            failures,
            report.nodesCreated(),
            report.relationshipsCreated(),
            report.relationshipsDeleted(),
            report.seconds()));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static ProgressBar bar(int files) {
    return new ProgressBarBuilder()
        .setTaskName("Loading")
        .setInitialMax(files)
        .setUnit(" files", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
        .setUpdateIntervalMillis(250)
        .build();
  }

  private static void step(@Nullable ProgressBar bar) {
    if (bar != null) {
      bar.step();
    }
  }
}
