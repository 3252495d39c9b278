package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code citegraph bench run} on a small corpus, so that the build checks the whole pipeline works
 * (the figures of 100 documents mean little; the 20,000-document run is in README-BENCH).
 */
class BenchRunIT {
  @Test
  void generatesExtractsLoadsQueriesAndPrintsTheTable(@TempDir Path dir) {
    Path corpus = dir.resolve("corpus");

    ExtractCommandTest.Run run =
        ExtractCommandTest.run(
            "bench", "run", "--docs", "100", "--queries", "10", "--dir", corpus.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("corpus: 100 documents")
        .contains("extraction MB/s (alone)", "end-to-end s", "load relationships/s")
        .containsPattern("documents loaded +100\\s")
        .contains("citing p50 ms (10 runs)", "lineage p95 ms", "treaties p50 ms")
        .contains("extract peak RSS MB (child JVM)")
        .doesNotContain("n/a");
    assertThat(corpus.resolve("manifest.jsonl")).isRegularFile();
  }
}
