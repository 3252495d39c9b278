package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.citegraph.extractor.model.RefKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCheckTest {
  private static Path manifest;
  private static List<ManifestEntry> entries;

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    CorpusGenerator.withDefaults().generate(dir, 12, 99);
    manifest = dir.resolve(Manifest.FILE_NAME);
    entries = new ArrayList<>();
    try (Manifest.Reader reader = Manifest.open(manifest)) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        entries.add(e);
      }
    }
  }

  @Test
  void aPerfectExtractionScoresOne() throws IOException {
    CheckReport report = check(entries, Set.of());
    assertThat(report.documents()).isEqualTo(entries.size());
    assertThat(report.total().precision()).isEqualTo(1.0);
    assertThat(report.total().recall()).isEqualTo(1.0);
    assertThat(report.fields()).containsEntry("key", entries.size());
    assertThat(report.mismatches()).isEmpty();
    assertThat(report.table()).contains("resolution", "precision", "recall");
  }

  @Test
  void countsMissedAndUnexpectedKeysAndMissingDocuments() throws IOException {
    PlantedKey invented = new PlantedKey(RefKind.STATE, "XXX");
    try (ManifestCheck check = new ManifestCheck(manifest, 5)) {
      // the first document is skipped (not extracted); the others lose their first key and gain one
      for (ManifestEntry e : entries.subList(1, entries.size())) {
        Set<PlantedKey> keys = new TreeSet<>(e.keys());
        keys.remove(e.keys().get(0));
        keys.add(invented);
        check.observe(observed(e, keys));
      }
      check.observe(new Observed("stray.txt", "file:stray", null, null, null, Set.of()));
      CheckReport report = check.report();
      long expected = entries.stream().mapToLong(e -> e.keys().size()).sum();
      int n = entries.size();
      assertThat(report.total().expected()).isEqualTo(expected);
      assertThat(report.total().correct())
          .isEqualTo(expected - entries.get(0).keys().size() - (n - 1));
      assertThat(report.kinds().get(RefKind.STATE).found())
          .isEqualTo(
              n
                  - 1
                  + entries.subList(1, n).stream()
                      .mapToLong(
                          e ->
                              e.keys().stream()
                                  .skip(1)
                                  .filter(k -> k.kind() == RefKind.STATE)
                                  .count())
                      .sum());
      assertThat(report.notExtracted()).isEqualTo(1);
      assertThat(report.notInManifest()).isEqualTo(1);
      assertThat(report.mismatches()).hasSize(5);
      assertThat(report.mismatches().get(0).file()).isEqualTo(entries.get(1).file());
      assertThat(report.mismatches().get(0).what()).isEqualTo("missing");
    }
  }

  private static CheckReport check(List<ManifestEntry> list, Set<PlantedKey> extra)
      throws IOException {
    try (ManifestCheck check = new ManifestCheck(manifest, 10)) {
      for (ManifestEntry e : list) {
        Set<PlantedKey> keys = new TreeSet<>(e.keys());
        keys.addAll(extra);
        check.observe(observed(e, keys));
      }
      return check.report();
    }
  }

  private static Observed observed(ManifestEntry e, Set<PlantedKey> keys) {
    return new Observed(e.file(), e.key(), e.session(), e.adopted(), e.title(), keys);
  }
}
