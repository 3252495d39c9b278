package org.citegraph.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citegraph.extractor.Fixtures;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.junit.jupiter.api.Test;

/** The document's own key, kind, session, adoption date and title (issue 2). */
class IdentityRuleTest {
  private static final String BODY =
      "\nThe General Assembly,\n\nRecalling its resolution 64/178,\n";

  private static Document read(String header) {
    return Fixtures.EXTRACTOR.extractText("doc-1.txt", header + BODY);
  }

  @Test
  void adoptedResolutionFromItsSymbolWithTheAdoptionDateNotTheDistributionDate() {
    Document d =
        read(
            "United Nations\tA/RES/68/192\nGeneral Assembly\tDistr.: General\n"
                + "29 January 2014\nSixty-eighth session\n"
                + "Resolution adopted by the General Assembly on 18 December 2013\n"
                + "[on the report of the Third Committee (A/68/456/Add.1)]\n"
                + "68/192.\tMeasures to improve the coordination\n");
    assertThat(d.key()).isEqualTo("GA 68/192");
    assertThat(d.kind()).isEqualTo(DocumentKind.RESOLUTION);
    assertThat(d.session()).isEqualTo(68);
    assertThat(d.adopted()).isEqualTo(LocalDate.of(2013, 12, 18));
    assertThat(d.title()).isEqualTo("Measures to improve the coordination");
    assertThat(d.report()).isEqualTo("A/68/456/Add.1");
  }

  @Test
  void symbolMangledByLatexAndDateFromThePlenaryMeeting() {
    Document d =
        Fixtures.EXTRACTOR.extractText(
            "x.md",
            "**United Nations**  $A_{\\rm /RES/71/167}$\n\nSeventy-first session\n\n"
                + "## 71/167. Trafficking in women and girls\n"
                + BODY
                + "\n65th plenary meeting\n19 December 2016\n");
    assertThat(d.key()).isEqualTo("GA 71/167");
    assertThat(d.symbol()).isEqualTo("A/RES/71/167");
    assertThat(d.adopted()).isEqualTo(LocalDate.of(2016, 12, 19));
    assertThat(d.title()).isEqualTo("Trafficking in women and girls");
  }

  @Test
  void otherBodiesNumberTheirOwnResolutions() {
    Document hrc =
        Fixtures.EXTRACTOR.extractText(
            "hrc.txt",
            "Resolution adopted by the Human Rights Council on 13 June 2013\n"
                + "23/5.\tTrafficking in persons\n\nThe Human Rights Council,\n\nRecalling x,\n");
    assertThat(hrc.key()).isEqualTo("HRC 23/5");
    assertThat(hrc.session()).isEqualTo(23);
  }

  @Test
  void draftWithItsSymbolAndSponsors() {
    Document d =
        read(
            "A/C.3/70/L.20\nSeventieth session\nThird Committee\n"
                + "Japan, Kenya and the Philippines: draft resolution\n"
                + "Improving the coordination of efforts\n");
    assertThat(d.key()).isEqualTo("A/C.3/70/L.20");
    assertThat(d.kind()).isEqualTo(DocumentKind.DRAFT);
    assertThat(d.session()).isEqualTo(70);
    assertThat(d.adopted()).isNull();
    assertThat(d.sponsors()).containsExactly("JPN", "KEN", "PHL");
    assertThat(d.title()).isEqualTo("Improving the coordination of efforts");
  }

  @Test
  void aTextWithoutSymbolIsKeyedByItsFileAndNothingIsGuessed() {
    Document d = read("General Assembly\nResolution #3\nProtecting the oceans\n");
    assertThat(d.key()).isEqualTo("file:doc-1");
    assertThat(d.kind()).isEqualTo(DocumentKind.RESOLUTION);
    assertThat(d.session()).isNull();
    assertThat(d.adopted()).isNull();
    assertThat(d.title()).isEqualTo("Protecting the oceans");
  }

  @Test
  void securityCouncilResolutionsKeepTheirYear() {
    Document d =
        Fixtures.EXTRACTOR.extractText(
            "sc.txt",
            "United Nations\tS/RES/2331 (2016)\nSecurity Council\tDistr.: General\n"
                + "20 December 2016\n\nResolution 2331 (2016)\n\n"
                + "Adopted by the Security Council at its 7847th meeting, on 20 December 2016\n\n"
                + "The Security Council,\n\nRecalling its resolutions 1325 (2000) and 2195 (2014),\n");
    assertThat(d.key()).isEqualTo("SC 2331 (2016)");
    assertThat(d.adopted()).isEqualTo(LocalDate.of(2016, 12, 20));
    assertThat(Fixtures.keys(d, org.citegraph.extractor.model.RefKind.RESOLUTION))
        .containsExactly("SC 1325 (2000)", "SC 2195 (2014)");
  }
}
