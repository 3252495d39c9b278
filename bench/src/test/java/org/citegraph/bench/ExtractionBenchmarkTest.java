package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citegraph.extractor.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {
  @Test
  void measuresAPassAndHandsDocumentsOverInFileOrder(@TempDir Path dir) throws Exception {
    CorpusGenerator.withDefaults().generate(dir, 30, 5);
    long bytes;
    List<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> docs = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      files = docs.stream().map(p -> p.getFileName().toString()).toList();
      bytes = 0;
      for (Path p : docs) {
        bytes += Files.size(p);
      }
    }
    List<String> seen = new ArrayList<>();
    BenchmarkResult result =
        new ExtractionBenchmark(Extractor.withDefaults(), 2, 7)
            .run(dir, document -> seen.add(document.file()));

    assertThat(seen).containsExactlyElementsOf(files);
    assertThat(result.documents() + result.failed()).isEqualTo(30);
    assertThat(result.bytes()).isEqualTo(bytes);
    assertThat(result.seconds()).isPositive();
    assertThat(result.megabytesPerSecond()).isPositive();
    assertThat(result.documentsPerSecond()).isPositive();
    assertThat(result.peakHeapBytes())
        .isPositive()
        .isLessThan(Runtime.getRuntime().maxMemory() + 1);
    assertThat(result.liveHeapBytes()).isLessThanOrEqualTo(result.peakHeapBytes());
    if (Files.isReadable(Path.of("/proc/self/status"))) {
      assertThat(result.peakRssBytes()).isNotNull().isPositive();
    }
    assertThat(result.threads()).isEqualTo(2);
    assertThat(result.table().lines().toList()).hasSize(2);
    assertThat(result.table())
        .contains("documents", "MB/s", "docs/s", "peak heap MB", "peak RSS MB");
  }

  @Test
  void anEmptyFolderIsAnError(@TempDir Path dir) {
    assertThatThrownBy(
            () -> new ExtractionBenchmark(Extractor.withDefaults(), 1, 0).run(dir, d -> {}))
        .isInstanceOf(IOException.class);
  }
}
