package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citegraph.extractor.json.RecordCodec;
import org.citegraph.extractor.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the whole record of every seed ({@code golden/seeds/<seed>.expected.json}) and of
 * every small case ({@code golden/cases/<topic>/<name>.txt|.md} beside {@code
 * <name>.expected.json}). Run with {@code -Dgolden.update=true} to rewrite the expected files, then
 * review the diff before committing it.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Pairs of (input document, expected record). */
  static List<Path[]> cases() throws IOException {
    List<Path[]> cases = new ArrayList<>();
    for (Path seed : Fixtures.seeds()) {
      cases.add(
          new Path[] {
            seed, GOLDEN.resolve("seeds").resolve(seed.getFileName() + ".expected.json")
          });
    }
    try (Stream<Path> files = Files.walk(GOLDEN.resolve("cases"))) {
      files
          .filter(Corpus::isDocument)
          .sorted()
          .forEach(f -> cases.add(new Path[] {f, expectedBeside(f)}));
    }
    return cases;
  }

  @Test
  void thereAreGoldenFilesForTheSeedsAndForCasesOfEveryTopic() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(Fixtures.seeds().size() + 8);
    try (Stream<Path> topics = Files.list(GOLDEN.resolve("cases"))) {
      assertThat(topics.toList())
          .extracting(p -> p.getFileName().toString())
          .contains("resolutions", "footnotes", "identity", "documents", "instruments", "names");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recordMatchesItsGoldenFile(Path input, Path expected) throws IOException {
    Document document = Fixtures.extract(input);
    JsonNode actual = RecordCodec.toTree(document);
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, JSON.writeValueAsString(actual) + "\n");
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    JsonNode want = JSON.readTree(expected.toFile());
    assertThat(JSON.writeValueAsString(actual))
        .as("record of %s (rewrite with -Dgolden.update=true and review the diff)", input)
        .isEqualTo(JSON.writeValueAsString(want));
  }

  private static Path expectedBeside(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
  }
}
