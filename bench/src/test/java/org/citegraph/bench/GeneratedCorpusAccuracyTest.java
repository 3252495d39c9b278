package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.citegraph.extractor.Extractor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extractor against the generator's manifest, at each density: every planted reference found,
 * nothing else. A sparse corpus is not an easier one: lone footnotes, for one, are common there.
 */
class GeneratedCorpusAccuracyTest {
  @ParameterizedTest
  @CsvSource({"RECORD, 1500", "DENSE, 400"})
  void extractionRecoversTheManifestExactly(Density density, int documents, @TempDir Path dir)
      throws Exception {
    CorpusGenerator.withDefaults(density).generate(dir, documents, 2026);
    CheckReport report;
    try (ManifestCheck check = new ManifestCheck(dir.resolve(Manifest.FILE_NAME), 10)) {
      new ExtractionBenchmark(Extractor.withDefaults(), 2, 0).run(dir, check);
      report = check.report();
    }
    assertThat(report.mismatches()).as(report.table()).isEmpty();
    assertThat(report.documents()).isEqualTo(documents);
    assertThat(report.total().precision()).isEqualTo(1.0);
    assertThat(report.total().recall()).isEqualTo(1.0);
  }
}
