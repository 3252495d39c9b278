package org.citegraph.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.citegraph.extractor.Fixtures;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.junit.jupiter.api.Test;

/** Treaty Series footnotes and Ibid. chains (issue 2). */
class TreatySeriesRuleTest {
  @Test
  void ibidRepeatsThePreviousFootnotesSeries() {
    Document d =
        Fixtures.resolution(
            "Recalling the Convention A,1 the Convention B2 and the Agreement C,3",
            "1 United Nations, Treaty Series, vol. 2225, No. 39574.\n"
                + "2 Ibid., vol. 2237, No. 39574.\n"
                + "3 League of Nations, Treaty Series, vol. 60, No. 1414.");
    assertThat(Fixtures.keys(d, RefKind.INSTRUMENT))
        .containsExactlyInAnyOrder("UNTS 2225/39574", "UNTS 2237/39574", "LNTS 60/1414");
    assertThat(d.references())
        .filteredOn(r -> r.key().equals("UNTS 2237/39574"))
        .extracting(Reference::verb, Reference::paragraph, Reference::footnote)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("recalling", "PP1", 2));
  }

  @Test
  void ibidAfterAFootnoteWithNoSeriesCitesNothingAndIsReported() {
    Document d =
        Fixtures.resolution(
            "Recalling the report,1 the Convention A2 and the Convention B,3",
            "1 A/67/156.\n2 Ibid., vol. 2237, No. 39574.\n3 Ibid., vol. 266, No. 3822.");
    assertThat(Fixtures.keys(d, RefKind.INSTRUMENT)).isEmpty();
    assertThat(d.diagnostics()).hasSize(2);
  }

  @Test
  void ibidFollowsFootnoteNumbersNotTheOrderBodiesArePrinted() {
    String text =
        "The General Assembly,\n\n"
            + "*Recalling* the Convention<sup>1</sup> and the Protocol,<sup>2</sup>\n\n"
            + "<sup>&</sup>lt;sup>2</sup> Ibid., vol. 2237, No. 39574.\n\n"
            + "<sup>&</sup>lt;sup>1</sup> United Nations, *Treaty Series*, vol. 2225, No. 39574.\n";
    Document d = Fixtures.EXTRACTOR.extractText("md.md", text);
    assertThat(Fixtures.keys(d, RefKind.INSTRUMENT))
        .containsExactlyInAnyOrder("UNTS 2225/39574", "UNTS 2237/39574");
  }

  @Test
  void aNamedInstrumentTakesTheRegistrationOfItsFootnote() {
    Document d =
        Fixtures.resolution(
            "Recalling the Slavery Convention,1",
            "Noting that the Slavery Convention has many parties,",
            "1 League of Nations, Treaty Series, vol. 60, No. 1414.");
    assertThat(Fixtures.keys(d, RefKind.INSTRUMENT)).containsExactly("LNTS 60/1414");
    assertThat(d.references())
        .filteredOn(r -> r.footnote() != null)
        .extracting(Reference::name)
        .containsExactly("Slavery Convention");
  }
}
