package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citegraph.extractor.json.RecordCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code citegraph extract} as a user runs it: exit codes, stdout and stderr (issue 2). */
class ExtractCommandTest {
  private static final Path SEEDS = Path.of("../seeds");

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CitegraphCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOneJsonRecordPerSeedAndSucceeds() {
    Run run = run("extract", "--json", SEEDS.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().toList())
        .hasSize(4)
        .allSatisfy(line -> assertThat(RecordCodec.fromJsonLine(line).references()).isNotEmpty());
  }

  @Test
  void printsAReadableSummaryWithoutJson() {
    Run run = run("extract", SEEDS.resolve("003_6f3cc488812107cf.txt").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("GA 67/190 (resolution)")
        .contains("adopted  2012-12-20")
        .contains("GA 64/178");
  }

  @Test
  void eachBadFileGetsOneLineOnStderrAndTheOthersAreStillExtracted(@TempDir Path dir)
      throws IOException {
    Files.copy(SEEDS.resolve("003_6f3cc488812107cf.txt"), dir.resolve("good.txt"));
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(
        dir.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("archive.md"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Files.write(
        dir.resolve("garbled.txt"), new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x90, 'a'});
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    Path noDocuments = Files.createDirectory(dir.resolve("no-documents"));
    Files.writeString(noDocuments.resolve("notes.docx"), "not a document");

    Run run = run("extract", "--json", dir.toString(), noDocuments.toString(), "missing.txt");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList()).hasSize(1);
    assertThat(RecordCodec.fromJsonLine(run.out().strip()).key()).isEqualTo("GA 67/190");
    assertThat(run.err().lines().toList())
        .hasSize(7)
        .allSatisfy(line -> assertThat(line).startsWith("citegraph: "))
        .anySatisfy(line -> assertThat(line).contains("empty.txt").contains("empty file"))
        .anySatisfy(line -> assertThat(line).contains("report.txt").contains("binary file (PDF)"))
        .anySatisfy(line -> assertThat(line).contains("archive.md").contains("binary file (ZIP"))
        .anySatisfy(line -> assertThat(line).contains("garbled.txt").contains("undecodable bytes"))
        .anySatisfy(line -> assertThat(line).contains("huge.txt").contains("file too large"))
        .anySatisfy(line -> assertThat(line).contains("no-documents").contains("no .txt or .md"))
        .anySatisfy(line -> assertThat(line).contains("missing.txt").contains("no such file"));
  }

  @Test
  void aUsageErrorExitsWithTwo() {
    Run run = run("extract");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }
}
