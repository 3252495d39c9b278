package org.citegraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.graph.GraphLoader;
import org.citegraph.graph.LoadFailure;
import org.citegraph.graph.LoadReport;
import org.citegraph.graph.LoadRun;
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
    Extractor extractor = Extractor.withDefaults();
    Corpus corpus = new Corpus(inputs);
    List<Path> files = corpus.files((path, reason) -> {});
    LoadRun run = new GraphLoader(driver).start();
    List<LoadFailure> unreadable = new ArrayList<>();
    try (ProgressBar bar = files.size() > PROGRESS_THRESHOLD ? bar(files.size()) : null) {
      corpus.forEach(
          extractor,
          document -> {
            run.add(document);
            step(bar);
          },
          (path, reason) -> {
            err.println("citegraph: " + path + ": " + reason);
            err.flush();
            unreadable.add(new LoadFailure(path.toString(), "", reason));
            step(bar);
          });
    }
    LoadReport report = run.finish();
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
