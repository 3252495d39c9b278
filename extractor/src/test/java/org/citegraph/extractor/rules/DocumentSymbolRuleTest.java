package org.citegraph.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.citegraph.extractor.Fixtures;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UN document symbols and their look-alikes (issue 2). */
class DocumentSymbolRuleTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Noting document A/67/156,", Set.of("A/67/156")),
        Arguments.of("Noting E/2002/68/Add.1.", Set.of("E/2002/68/Add.1")),
        Arguments.of(
            "Noting the report (A/67/53 and Corr.1),", Set.of("A/67/53", "A/67/53/Corr.1")),
        Arguments.of("Noting A/C.3/67/L.13/Rev.1,", Set.of("A/C.3/67/L.13/Rev.1")),
        Arguments.of("Noting CTOC/COP/WG.4/2011/8,", Set.of("CTOC/COP/WG.4/2011/8")),
        Arguments.of("Noting E/CN.15/2012/L.1/Rev.1,", Set.of("E/CN.15/2012/L.1/Rev.1")),
        Arguments.of("Noting the joint letter A/67/700-S/2013/5,", Set.of("A/67/700", "S/2013/5")),
        Arguments.of("Noting A/69/269 and A/70/260,", Set.of("A/69/269", "A/70/260")),
        Arguments.of("Noting ST/SGB/2003/13,", Set.of("ST/SGB/2003/13")),
        Arguments.of(
            "Noting A/HRC/20/18/Add.1-3,",
            Set.of("A/HRC/20/18/Add.1", "A/HRC/20/18/Add.2", "A/HRC/20/18/Add.3")),
        // look-alikes
        Arguments.of("Noting Sales No. E.12.IV.1 and job 12-49000,", Set.of()),
        Arguments.of("Noting *1249000* and page 2/2 and 5/6,", Set.of()),
        Arguments.of("Noting the blank CTOC/COP/2012/__ and CTOC/COP/2012/\\_\\_,", Set.of()),
        Arguments.of("Noting HIV/AIDS and the UN/DESA report,", Set.of()),
        // resolution symbols give resolution keys, not documents
        Arguments.of("Noting A/RES/64/178 and S/RES/1325 (2000),", Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void findsSymbolsAndRefusesLookAlikes(String clause, Set<String> expected) {
    Document d = Fixtures.resolution(clause);
    assertThat(Fixtures.keys(d, RefKind.DOCUMENT)).containsExactlyInAnyOrderElementsOf(expected);
  }
}
