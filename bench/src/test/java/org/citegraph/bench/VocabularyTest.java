package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static final Vocabulary V = Vocabulary.load();

  @Test
  void keyedFilesAreSortedWithoutDuplicates() {
    assertSortedUnique(V.bodies.stream().map(Body::key).toList());
    assertSortedUnique(V.states.stream().map(MemberState::iso3).toList());
    assertSortedUnique(V.instruments.stream().map(i -> Integer.toString(i.volume())).toList());
    assertSortedUnique(V.preambularPhrases.stream().map(ClausePhrase::text).toList());
    assertSortedUnique(V.operativePhrases.stream().map(ClausePhrase::text).toList());
  }

  @Test
  void noStateNameContainsAnother() {
    for (MemberState a : V.states) {
      for (MemberState b : V.states) {
        if (a != b) {
          assertThat(Vocabulary.containsWords(a.name(), b.name()))
              .as(a.name() + " contains " + b.name())
              .isFalse();
        }
      }
    }
  }

  @Test
  void phrasesSayWhatMayFollow() {
    assertThat(V.preambularPhrases)
        .extracting(ClausePhrase::takes)
        .allMatch(Set.of("cite", "that", "both")::contains);
    assertThat(V.operativePhrases)
        .extracting(ClausePhrase::takes)
        .allMatch(Set.of("actor", "to", "both")::contains);
    assertThat(V.preambularPhrases).anyMatch(ClausePhrase::cites);
  }

  /**
   * Filler must plant nothing: no names of bodies, States or instruments, no numbers, no symbols.
   */
  @Test
  void fillerNamesNothing() {
    List<String> names = new ArrayList<>();
    V.bodies.forEach(b -> names.addAll(b.names()));
    V.states.forEach(s -> names.add(s.name()));
    V.instruments.forEach(i -> names.add(i.name()));
    List<String> filler =
        Stream.of(V.thatClauses, V.nounPhrases, V.actions, V.actors, V.topics, V.agendaItems)
            .flatMap(List::stream)
            .toList();
    for (String line : filler) {
      assertThat(line).as(line).doesNotContainPattern("[0-9/]");
      for (String name : names) {
        assertThat(Vocabulary.containsWords(line, name)).as(line + " names " + name).isFalse();
      }
      assertThat(line)
          .as(line)
          .doesNotContain(
              "Council", "Assembly", "Committee", "Commission", "Convention", "Protocol")
          .doesNotContain("Secretary-General", "resolution", "Rapporteur");
    }
  }

  @Test
  void bodiesNamedInsideOtherNamesArePlantedWithThem() {
    assertThat(V.bodiesNamedBy("President of the General Assembly")).containsExactly("GA", "PGA");
    assertThat(
            V.bodiesNamedBy(
                "Special Rapporteur of the Human Rights Council on trafficking in persons,"
                    + " especially women and children"))
        .containsExactlyInAnyOrder("HRC", "SR-TIP");
    assertThat(V.bodiesNamedBy("United Nations Office on Drugs and Crime"))
        .containsExactly("UNODC");
  }

  private static void assertSortedUnique(List<String> keys) {
    assertThat(keys).doesNotHaveDuplicates().isSorted();
  }
}
