package org.citegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyResolverTest {
  @Test
  void editDistance() {
    assertThat(KeyResolver.distance("GA 64/178", "GA 64/178")).isZero();
    assertThat(KeyResolver.distance("GA 64/179", "GA 64/178")).isEqualTo(1);
    assertThat(KeyResolver.distance("", "abc")).isEqualTo(3);
    assertThat(KeyResolver.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void nearestKeysComeFirstThenByKeyIgnoringCase() {
    List<String> keys =
        List.of("GA 70/179", "GA 64/178", "UNODC", "GA 64/293", "HRC 8/12", "GA 64/178");

    assertThat(KeyResolver.nearest("ga 64/179", keys))
        .containsExactly("GA 64/178", "GA 70/179", "GA 64/293", "HRC 8/12", "UNODC");
  }

  @Test
  void theMessageSaysWhatWasTypedHowItWasReadAndWhatIsNear() {
    UnknownKeyException e =
        new UnknownKeyException("\"64/179\"", List.of("GA 64/179"), List.of("GA 64/178"));

    assertThat(e.getMessage())
        .isEqualTo(
            "no node has the key \"64/179\" (read as \"GA 64/179\"); nearest known keys: GA 64/178");
    assertThat(new UnknownKeyException("x", List.of("x"), List.of()).getMessage())
        .isEqualTo(
            "no node has the key \"x\"; the graph is empty: load documents first (citegraph load)");
  }
}
