package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citegraph.bench.BenchmarkResult;
import org.citegraph.bench.CorpusGenerator;
import org.citegraph.bench.Density;
import org.citegraph.bench.ExtractionBenchmark;
import org.citegraph.bench.GenerationSummary;
import org.citegraph.bench.Manifest;
import org.citegraph.bench.ManifestCheck;
import org.citegraph.extractor.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code citegraph bench generate|extract|run}: a synthetic corpus, extraction measured on it, and
 * the whole pipeline measured end to end.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Generates synthetic corpora and measures extraction on them.",
    subcommands = {BenchCommand.Generate.class, BenchCommand.Extract.class, BenchCommand.Run.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** {@code citegraph bench generate --docs N --seed S DIR}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes N synthetic resolutions (ODS text, markdown from PDF, Model-UN) into DIR,",
        "with manifest.jsonl listing every reference planted in each. Same seed, same bytes."
      })
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--docs",
        defaultValue = "1000",
        description = "Documents (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--density",
        defaultValue = "record",
        converter = DensityConverter.class,
        description = {
          "record: citations as often as in the General Assembly record (about 4 resolution",
          "citations a document); dense: as in the seeds (about 19). Default ${DEFAULT-VALUE}."
        })
    Density density;

    @Parameters(paramLabel = "DIR", description = "An empty or new folder.")
    Path folder;

    @Override
    public Integer call() throws Exception {
      GenerationSummary s = CorpusGenerator.withDefaults(density).generate(folder, docs, seed);
      spec.commandLine()
          .getOut()
          .printf(
              "%d documents, %.2f MB in %s, %.2f s (%s)%n",
              s.documents(), s.bytes() / 1e6, folder, s.seconds(), s.shapes());
      return ExitCodes.OK;
    }
  }

  /** {@code citegraph bench extract [--warmup N] [--threads T] [--check] DIR}. */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Extracts every document of DIR on all cores and prints documents, MB, seconds,",
        "MB/s, docs/s, peak and live heap and peak RSS. With --check, also compares the",
        "extraction with DIR/manifest.jsonl: precision and recall per kind, first mismatches."
      })
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--warmup",
        defaultValue = "2000",
        description = "Documents extracted before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
        names = "--threads",
        description = "Extraction threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--check", description = "Compare with DIR/manifest.jsonl.")
    boolean check;

    @Option(
        names = "--mismatches",
        defaultValue = "20",
        description = "Mismatches listed with --check (default ${DEFAULT-VALUE}).")
    int mismatches;

    @Parameters(paramLabel = "DIR", description = "A folder written by bench generate.")
    Path folder;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      ExtractionBenchmark bench =
          new ExtractionBenchmark(Extractor.withDefaults(), threads, warmup);
      BenchmarkResult result;
      if (check) {
        Path manifest = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--check needs " + manifest);
        }
        try (ManifestCheck checker = new ManifestCheck(manifest, mismatches)) {
          result = bench.run(folder, checker);
          out.print(result.table());
          out.println();
          out.print(checker.report().table());
        }
      } else {
        result = bench.run(folder, document -> {});
        out.print(result.table());
      }
      out.flush();
      result.errors().forEach(e -> spec.commandLine().getErr().println("citegraph: " + e));
      return result.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  /** {@code citegraph bench run [--docs N] [--seed S] [--dir DIR] [--queries N]}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "The whole pipeline on the in-process server, measured: generates a corpus into DIR",
        "(unless it holds one), extracts it on all cores, then extracts again into a new",
        "database (through the importer, or --transactions) and starts the server, runs the",
        "citing, lineage and treaties queries, and measures the peak RSS of a plain extract in",
        "a child JVM. Prints one table."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--docs",
        defaultValue = "20000",
        description = "Documents to generate (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--density",
        defaultValue = "record",
        converter = DensityConverter.class,
        description = {
          "record: citations as often as in the General Assembly record (about 4 resolution",
          "citations a document); dense: as in the seeds (about 19). Default ${DEFAULT-VALUE}."
        })
    Density density;

    @Option(
        names = "--dir",
        description = "The corpus folder, kept (default: a temporary folder, deleted).")
    Path dir;

    @Option(
        names = "--queries",
        defaultValue = "300",
        description = "Timed runs of each query, at most 20 s each (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
        names = "--threads",
        description = "Extraction threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--transactions",
        description = {
          "Load in transactions, as into a database that already holds a graph, instead of the",
          "importer that writes a new one (what citegraph load does for a first load)."
        })
    boolean transactions;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path work = Files.createTempDirectory("citegraph-bench-");
      try {
        Path corpus = dir != null ? dir : work.resolve("corpus");
        EndToEndBench bench =
            new EndToEndBench(corpus, work.resolve("neo4j"), threads, queries, transactions, out);
        bench.generateUnlessPresent(docs, seed, density);
        String table = bench.run();
        out.println();
        out.print(table);
        out.flush();
        return ExitCodes.OK;
      } finally {
        deleteTree(work);
      }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** {@code record} or {@code dense}, as {@link Density#json()} writes them. */
  static final class DensityConverter implements ITypeConverter<Density> {
    @Override
    public Density convert(String value) {
      for (Density d : Density.values()) {
        if (d.json().equals(value)) {
          return d;
        }
      }
      throw new TypeConversionException("expected record or dense, not '" + value + "'");
    }
  }
}
