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

/** Bodies, States and instruments by name, and how nested names are read (issue 2). */
class NameRuleTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        row(RefKind.BODY, "Welcoming the work of the International Labor Organization,", "ILO"),
        row(RefKind.BODY, "Welcoming the United Nations Children’s Fund (UNICEF),", "UNICEF"),
        row(RefKind.BODY, "Welcoming UN-Women and the OHCHR,", "UN-Women", "OHCHR"),
        // a body inside another body's name counts; the same body twice does not
        row(
            RefKind.BODY,
            "Welcoming the report of the Special Rapporteur of the Human Rights Council on"
                + " trafficking in persons, especially women and children,",
            "SR-TIP",
            "HRC"),
        row(
            RefKind.BODY,
            "Welcoming the Special Representative of the Secretary-General on Violence against"
                + " Children and the President of the General Assembly,",
            "SRSG-VAC",
            "SG",
            "PGA",
            "GA"),
        // acronyms match letter for letter only
        row(RefKind.BODY, "Welcoming the eu and the au, which are not acronyms here,"),
        // the longest State name wins; words are whole
        row(
            RefKind.STATE,
            "Welcoming Niger, Nigeria, Papua New Guinea, Guinea-Bissau and the Democratic"
                + " Republic of the Congo,",
            "NER",
            "NGA",
            "PNG",
            "GNB",
            "COD"),
        row(RefKind.STATE, "Welcoming the United States of America and the United States,", "USA"),
        row(RefKind.STATE, "Welcoming Member States and States parties,"),
        row(RefKind.STATE, "Welcoming the turkey and china trade,"),
        // an instrument inside a longer name is not cited by itself
        row(
            RefKind.INSTRUMENT,
            "Recalling the Optional Protocol to the Convention on the Rights of the Child on the"
                + " sale of children, child prostitution and child pornography,",
            "UNTS 2171/27531"),
        row(
            RefKind.INSTRUMENT,
            "Welcoming the Conference of the Parties to the United Nations Convention against"
                + " Transnational Organized Crime,"),
        row(
            RefKind.INSTRUMENT,
            "Recalling the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29),",
            "instrument:protocol-of-2014-to-the-forced-labour-convention-1930"),
        // known names resolve through the gazetteer, unknown titles by their shape
        row(
            RefKind.INSTRUMENT,
            "Recalling the United Nations Convention Against Transnational Organized Crime and"
                + " the Minamata Convention on Mercury,",
            "UNTS 2225/39574",
            "instrument:minamata-convention-on-mercury"),
        // anaphora is not a reference
        row(RefKind.INSTRUMENT, "Recalling the Convention, the Protocols thereto and the Treaty,"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("texts")
  void findsNamesOfOneKind(RefKind kind, String clause, Set<String> expected) {
    Document d = Fixtures.resolution(clause);
    assertThat(Fixtures.keys(d, kind)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Arguments row(RefKind kind, String clause, String... keys) {
    return Arguments.of(kind, clause, Set.of(keys));
  }
}
