package org.citegraph.queries.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.queries.CannedQuery;
import org.junit.jupiter.api.Test;

class BrowserGuideTest {
  @Test
  void oneSlidePerQueryWithItsCypherRunnable() {
    String html = BrowserGuide.html();

    assertThat(html.split("<slide ", -1)).hasSize(CannedQuery.values().length + 2);
    for (CannedQuery q : CannedQuery.values()) {
      assertThat(html)
          .contains("<pre class=\"runnable\">" + BrowserGuide.escape(q.cypher()) + "</pre>");
    }
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void parametersComeFromTheExampleLine() {
    assertThat(
            BrowserGuide.params(
                List.of(
                    "Example: $key = 'GA 64/178', $act = 'recall' (citegraph query citing 64/178)")))
        .isEqualTo(":params {key: 'GA 64/178', act: 'recall'}");
    assertThat(BrowserGuide.params(List.of("Example: $kind = null, $limit = 25 (query top)")))
        .isEqualTo(":params {kind: null, limit: 25}");
    assertThat(BrowserGuide.params(List.of("Example: (no parameters)"))).isNull();
  }

  @Test
  void everyParameterAQueryUsesIsSetByItsParamsBlock() {
    for (CannedQuery q : CannedQuery.values()) {
      Matcher parameter = Pattern.compile("\\$(\\w+)").matcher(q.cypher());
      while (parameter.find()) {
        assertThat(BrowserGuide.params(q.comments()))
            .as(q.fileName())
            .contains(parameter.group(1) + ": ");
      }
    }
    assertThat(BrowserGuide.html()).contains(":params {key: 'GA 64/178', act: 'recall'}");
  }
}
