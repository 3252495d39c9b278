package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnCalendarTest {
  @Test
  void namesSessionsAsUnTextsDo() {
    assertThat(UnCalendar.sessionWords(67)).isEqualTo("Sixty-seventh");
    assertThat(UnCalendar.sessionWords(70)).isEqualTo("Seventieth");
    assertThat(UnCalendar.ordinalWords(12)).isEqualTo("twelfth");
    assertThat(UnCalendar.ordinal(60)).isEqualTo("60th");
    assertThat(UnCalendar.ordinal(81)).isEqualTo("81st");
    assertThat(UnCalendar.ordinal(112)).isEqualTo("112th");
    assertThat(UnCalendar.roman(21)).isEqualTo("XXI");
    assertThat(UnCalendar.roman(29)).isEqualTo("XXIX");
    assertThat(UnCalendar.date(LocalDate.of(2009, 12, 18))).isEqualTo("18 December 2009");
    assertThat(UnCalendar.year(67)).isEqualTo(2012);
  }

  @Test
  void numbersResolutionsLikeTheirYears() {
    UnCalendar calendar = new UnCalendar(Vocabulary.load());
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      assertThat(calendar.securityCouncilNumber(random, 2000)).isBetween(1284, 1349);
      assertThat(calendar.oldAssemblyNumber(random, 21)).isBetween(2136, 2258);
    }
    assertThat(UnCalendar.firstHumanRightsCouncilSession(2012)).isEqualTo(19);
  }
}
