package org.citegraph.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrassStyleTest {
  @Test
  void turnsGrassIntoTheJsonTheBrowserAccepts() {
    String json =
        GrassStyle.toJson("node.Resolution {\n  color: #4C8EDA;\n  caption: '{key}';\n}\n");

    assertThat(json)
        .isEqualTo("{\"node.Resolution\":{\"color\":\"#4C8EDA\",\"caption\":\"{key}\"}}");
  }

  @Test
  void theBundledStyleColoursAndCaptionsEveryLabel() {
    String command = GrassStyle.postConnectCommand();

    assertThat(command).startsWith("style {").doesNotContain(";").doesNotContain("'");
    for (String label :
        new String[] {
          "Resolution", "Decision", "Document", "Draft", "Instrument", "Body", "State", "Session"
        }) {
      assertThat(command).contains("\"node." + label + "\":{");
    }
    assertThat(command).contains("\"caption\":\"{key}\"");
  }
}
