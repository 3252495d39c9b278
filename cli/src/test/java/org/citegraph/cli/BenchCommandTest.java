package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citegraph bench generate} and {@code bench extract --check} as a user runs them. */
class BenchCommandTest {
  @Test
  void generatesACorpusThenMeasuresAndChecksItsExtraction(@TempDir Path dir) {
    Path corpus = dir.resolve("corpus");
    ExtractCommandTest.Run generate =
        ExtractCommandTest.run(
            "bench", "generate", "--docs", "12", "--seed", "3", corpus.toString());
    assertThat(generate.exitCode()).isZero();
    assertThat(generate.out()).startsWith("12 documents");
    assertThat(corpus.resolve("manifest.jsonl")).isRegularFile();

    ExtractCommandTest.Run extract =
        ExtractCommandTest.run("bench", "extract", "--warmup", "3", "--check", corpus.toString());
    assertThat(extract.exitCode()).as(extract.err()).isIn(ExitCodes.OK, ExitCodes.FAILED);
    assertThat(extract.out())
        .contains("documents", "MB/s", "docs/s", "peak heap MB", "peak RSS MB")
        .contains("kind", "precision", "recall", "resolution", "instrument");
  }

  @Test
  void checkNeedsAManifest(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The General Assembly,");
    ExtractCommandTest.Run run =
        ExtractCommandTest.run("bench", "extract", "--check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("manifest.jsonl");
  }
}
