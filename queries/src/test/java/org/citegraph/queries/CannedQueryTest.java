package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CannedQueryTest {
  @ParameterizedTest
  @EnumSource(CannedQuery.class)
  void everyQueryHasAHeaderThatDeclaresItsParameters(CannedQuery query) {
    assertThat(query.comments()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(query.comments()).anyMatch(line -> line.startsWith("Parameters:"));
    assertThat(query.comments()).anyMatch(line -> line.startsWith("Returns:"));
    assertThat(query.fileName()).matches("[a-z]+(-[a-z0-9]+)+");
    String header = String.join("\n", query.comments());
    Matcher parameter = Pattern.compile("\\$(\\w+)").matcher(query.cypher());
    while (parameter.find()) {
      assertThat(header).contains("$" + parameter.group(1));
    }
  }
}
