package org.citegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActLemmaTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "recalling, recall",
    "recalling also, recall",
    "recalls, recall",
    "also recalls, recall",
    "recalling further, recall",
    "reaffirming, reaffirm",
    "reaffirms, reaffirm",
    "taking note, take note",
    "takes note with appreciation, take note",
    "welcoming, welcome",
    "welcoming also, welcome",
    "welcomes, welcome",
    "noting, note",
    "noting with concern, note",
    "notes, note",
    "urges, urge",
    "urging, urge",
    "requests, request",
    "requesting, request",
    "decides, decide",
    "deciding, decide",
    "emphasizing, emphasize",
    "stresses, stress",
    "expresses, express",
    "acknowledging, acknowledge",
    "encouraging, encourage",
    "encourages, encourage",
    "bearing in mind, bear in mind",
    "calls upon, call upon",
    "inviting, invite",
    "considering, consider",
    "recognizing, recognize",
    "reiterating, reiterate",
    "deeply concerned, concerned",
    "guided by, guided",
    "condemning, condemn",
    "commits, commit",
    "committing, commit",
  })
  void normalisesClauseVerbs(String verb, String act) {
    assertThat(ActLemma.of(verb)).isEqualTo(act);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '"})
  void blankIsNull(String verb) {
    assertThat(ActLemma.of(verb)).isNull();
  }
}
