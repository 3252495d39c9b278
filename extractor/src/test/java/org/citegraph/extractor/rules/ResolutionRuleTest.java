package org.citegraph.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.citegraph.extractor.Fixtures;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Resolutions and decisions cited by number, one row per pattern (issue 2). */
class ResolutionRuleTest {
  static Stream<Arguments> clauses() {
    return Stream.of(
        row("Recalling its resolution 64/178 of 18 December 2009 on trafficking,", "GA 64/178"),
        row(
            "Recalling resolutions 55/67, 58/137 and 63/194,",
            "GA 55/67",
            "GA 58/137",
            "GA 63/194"),
        row(
            "Recalling its resolutions 61/180 of 20 December 2006, 64/178 of 18 December 2009"
                + " and 67/190 of 20 December 2012,",
            "GA 61/180",
            "GA 64/178",
            "GA 67/190"),
        // the body changes mid-list; capitalised "Resolutions"
        row(
            "Reaffirming General Assembly Resolutions 61/144 of 19 December 2006 and 64/178,"
                + " and Human Rights Council Resolutions 8/12 of 18 June 2008 and 14/2,",
            "GA 61/144",
            "GA 64/178",
            "HRC 8/12",
            "HRC 14/2"),
        // the body after the number
        row(
            "Affirming resolution 20/3 of the Commission on Crime Prevention and Criminal Justice"
                + " of 15 April 2011,",
            "CCPCJ 20/3"),
        row("Recalling resolution 55/1 of the Commission on the Status of Women,", "CSW 55/1"),
        row(
            "Recalling resolutions 217 A (III) and 2200 A (XXI),",
            "GA 217 A (III)",
            "GA 2200 A (XXI)"),
        row(
            "Recalling Security Council resolutions 1325 (2000) and 1820 (2008),",
            "SC 1325 (2000)",
            "SC 1820 (2008)"),
        // only the Security Council numbers "N (YYYY)"
        row("Recalling resolution 2250 (2015),", "SC 2250 (2015)"),
        // "N/M" is General Assembly only from the 31st session on
        row("Recalling resolution 8/12,"),
        row("Recalling its resolution 30/5,"),
        row("Recalling resolution 31/5,", "GA 31/5"),
        row(
            "Recalling Economic and Social Council resolution 2008/33 and decision 1980/127,",
            "ECOSOC 2008/33",
            "ECOSOC dec 1980/127"),
        // year-numbered with no body: only ECOSOC numbers by year
        row("Recalling resolution 2004/45,", "ECOSOC 2004/45"),
        // "Council" refers back to the last council named
        row(
            "Recalling Human Rights Council resolution 20/1 and other relevant Council"
                + " resolutions, in particular Council resolution 23/5,",
            "HRC 20/1",
            "HRC 23/5"),
        row("Recalling its decision 67/555,", "GA dec 67/555"),
        row("Recalling Economic and Social Council decision 16 (LVI),", "ECOSOC dec 16 (LVI)"),
        row("Recalling resolutions S-26/2 and ES-10/19,", "GA S-26/2", "GA ES-10/19"),
        row("Recalling Commission on Human Rights resolution 2005/42,", "CHR 2005/42"),
        row("Recalling Commission on Narcotic Drugs resolution 54/12,", "CND 54/12"),
        row("Recalling the symbols A/RES/64/178 and A/HRC/RES/8/12,", "GA 64/178", "HRC 8/12"),
        // not references
        row("Recalling all previous resolutions and the present resolution,"),
        row("Recalling its decision to convene a high-level meeting in 2013,"),
        row("Recalling Resolution #1 and resolutions and actions,"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void findsTheResolutionsAndDecisionsACLauseCites(String clause, Set<String> expected) {
    Document d = Fixtures.resolution(clause);
    Set<String> found = new TreeSet<>(Fixtures.keys(d, RefKind.RESOLUTION));
    found.addAll(Fixtures.keys(d, RefKind.DECISION));
    assertThat(found).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void everyNumberCarriesTheClauseVerbAndParagraph(String clause, Set<String> expected) {
    Document d = Fixtures.resolution(clause);
    assertThat(d.references())
        .filteredOn(r -> r.kind() == RefKind.RESOLUTION || r.kind() == RefKind.DECISION)
        .allSatisfy(
            r -> {
              assertThat(r.verb()).isEqualTo("recalling");
              assertThat(r.paragraph()).isEqualTo("PP1");
            });
  }

  private static Arguments row(String clause, String... keys) {
    String text = clause.replaceFirst("^Reaffirming|^Affirming", "Recalling");
    return Arguments.of(text, new TreeSet<>(Set.of(keys)));
  }
}
