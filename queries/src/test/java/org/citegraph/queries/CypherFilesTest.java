package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citegraph.graph.CypherResource;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .cypher} file is accounted for: each file in {@code cypher/} is a canned query (so
 * {@code query --list}, the Browser guide and the golden tests see it), and each file, canned or in
 * {@code cypher/support/}, has a header that declares every parameter it uses.
 */
class CypherFilesTest {
  static Path folder() throws URISyntaxException {
    return Path.of(CannedQuery.class.getResource("cypher").toURI());
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".cypher"))
          .map(n -> n.substring(0, n.length() - ".cypher".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyQueryFileIsACannedQuery() throws Exception {
    assertThat(names(folder()))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CannedQuery.values()).map(CannedQuery::fileName).toList());
  }

  @Test
  void everySupportFileDeclaresItsParameters() throws Exception {
    List<String> support = names(folder().resolve("support"));
    assertThat(support).isNotEmpty();
    for (String name : support) {
      CypherResource r = CypherResource.load(CannedQuery.class, "support/" + name);
      String header = String.join("\n", r.comments());
      assertThat(header).as(name).contains("Parameters:").contains("Returns:").contains("Example:");
      Matcher parameter = Pattern.compile("\\$(\\w+)").matcher(r.text());
      while (parameter.find()) {
        assertThat(header).as(name).contains("$" + parameter.group(1));
      }
    }
  }
}
