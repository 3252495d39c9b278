package org.citegraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the extraction of the seed documents against the hand-made gold annotations in {@code
 * src/test/resources/gold} and prints the per-kind table (it shows in CI output). The gold is a
 * floor: the rules are written for the patterns, never for a seed.
 */
class SeedGoldTest {
  @Test
  void seedsScoreAtLeastTheFloorAndEveryDocumentFieldIsRight() throws Exception {
    GoldScorer scorer = new GoldScorer();
    int scored = 0;
    for (Path seed : Fixtures.seeds()) {
      JsonNode gold = GoldScorer.gold(seed.getFileName() + ".json");
      scorer.score(gold, Fixtures.extract(seed));
      scored++;
    }
    System.out.println("Seed accuracy against gold (" + scored + " documents):");
    System.out.println(scorer.table());
    scorer.errors.forEach(e -> System.out.println("  " + e));

    assertThat(scored).isEqualTo(4);
    assertThat(scorer.microF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(scorer.errors)
        .filteredOn(
            e -> e.contains(": key ") || e.contains(": session ") || e.contains(": adopted "))
        .isEmpty();
  }
}
