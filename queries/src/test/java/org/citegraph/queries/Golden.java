package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: the expected JSON of each canned query on
 * a graph. {@code -Dgolden.update=true} rewrites them (review the diff).
 */
final class Golden {
  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void check(String graph, String name, String actual) {
    Path file = ROOT.resolve(graph).resolve(name + ".json");
    String text = actual.strip() + "\n";
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file (run with -Dgolden.update=true to create it)").exists();
      assertThat(text)
          .as(file.toString())
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
