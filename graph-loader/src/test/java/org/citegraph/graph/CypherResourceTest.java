package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CypherResourceTest {
  static Stream<CypherResource> loaderQueries() {
    return GraphLoader.LoaderQueries.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loaderQueries")
  void everyFileHasAHeaderAndDeclaresItsParameters(CypherResource query) {
    assertThat(query.comments()).as("header of %s", query.name()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(query.text()).isNotBlank().doesNotContain("//");
    String header = String.join("\n", query.comments());
    Matcher parameter = Pattern.compile("\\$(\\w+)").matcher(query.text());
    while (parameter.find()) {
      assertThat(header)
          .as("%s declares $%s", query.name(), parameter.group(1))
          .contains("$" + parameter.group(1));
    }
  }

  @Test
  void theSchemaFileSplitsIntoStatements() {
    assertThat(GraphLoader.LoaderQueries.CONSTRAINTS.statements())
        .hasSize(9)
        .allSatisfy(s -> assertThat(s).startsWith("CREATE ").doesNotEndWith(";"));
  }

  @Test
  void parsesCommentsApartFromTheQuery() {
    CypherResource r =
        CypherResource.parse(
            "x", "// What it does.\n// Parameters: $key.\n\nMATCH (n {key: $key})\nRETURN n\n");

    assertThat(r.comments()).containsExactly("What it does.", "Parameters: $key.");
    assertThat(r.text()).isEqualTo("MATCH (n {key: $key})\nRETURN n");
  }
}
