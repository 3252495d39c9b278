package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryResultTest {
  static QueryResult result() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        Arrays.asList(
            "GA 67/190", List.of("recalling", "recalls"), 3L, LocalDate.of(2012, 12, 20)));
    rows.add(Arrays.asList("file:002", List.of(), 1L, null));
    rows.add(Arrays.asList("Say \"hi\", twice", List.of("a"), 0L, null));
    return new QueryResult(List.of("key", "verbs", "n", "adopted"), rows);
  }

  @Test
  void tableAlignsColumnsAndShowsNullAsEmpty() {
    assertThat(result().toTable())
        .isEqualTo(
            String.join(
                "\n",
                "  key              verbs               n  adopted",
                "  GA 67/190        recalling, recalls  3  2012-12-20",
                "  file:002                             1",
                "  Say \"hi\", twice  a                   0"));
    assertThat(new QueryResult(List.of("a"), List.of()).toTable()).isEqualTo("  (no rows)");
  }

  @Test
  void jsonKeepsColumnOrderNullsListsAndIsoDates() {
    assertThat(result().toJson().replaceAll("\\s+", ""))
        .isEqualTo(
            "[{\"key\":\"GA67/190\",\"verbs\":[\"recalling\",\"recalls\"],\"n\":3,"
                + "\"adopted\":\"2012-12-20\"},"
                + "{\"key\":\"file:002\",\"verbs\":[],\"n\":1,\"adopted\":null},"
                + "{\"key\":\"Say\\\"hi\\\",twice\",\"verbs\":[\"a\"],\"n\":0,\"adopted\":null}]");
  }

  @Test
  void csvQuotesWhereNeededAndJoinsLists() {
    assertThat(result().toCsv())
        .isEqualTo(
            "key,verbs,n,adopted\r\n"
                + "GA 67/190,recalling; recalls,3,2012-12-20\r\n"
                + "file:002,,1,\r\n"
                + "\"Say \"\"hi\"\", twice\",a,0,\r\n");
  }
}
