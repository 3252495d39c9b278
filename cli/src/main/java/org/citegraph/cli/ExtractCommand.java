package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citegraph.extractor.Corpus;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.json.RecordCodec;
import org.citegraph.extractor.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citegraph extract [--json] FILE|DIR...}: one record per document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every reference the documents make.",
      "Prints one record per document: JSON Lines with --json, a readable summary without.",
      "A file that cannot be read gets one line on stderr; the others are still extracted,",
      "and the exit code is 1."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON Lines, one record per document.")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Documents (.txt, .md) or folders of them.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractor.withDefaults();
    Corpus source = new Corpus(inputs);
    int failed =
        source.forEach(
            extractor,
            (Document document) -> {
              out.println(json ? RecordCodec.toJsonLine(document) : Summary.of(document));
              out.flush();
            },
            (file, reason) -> err.println("citegraph: " + file + ": " + reason));
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
