package org.citegraph.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.citegraph.extractor.Fixtures;
import org.citegraph.extractor.gazetteer.Gazetteer;
import org.citegraph.extractor.model.Document;
import org.junit.jupiter.api.Test;

/** Paragraphs, clause verbs and footnote markers in the three shapes of UN texts (issue 2). */
class LayoutTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  private static final ClauseVerbs VERBS =
      new ClauseVerbs(GAZETTEER.clauseVerbs(), GAZETTEER.clauseAdverbs());

  @Test
  void clausesAreNumberedAndContinuationLinesJoinTheirParagraph() {
    String text =
        "The General Assembly,\n\n"
            + "*Recalling also* the first thing,\n\n"
            + "Deeply troubled by the second,\n\n"
            + "(a) a sub-item of the second,\n\n"
            + "Especially a name broken by a page,\n\n"
            + "1. *Reiterates its request* to the Secretary-General;\n"
            + "2.\tAlso urges States\n"
            + "to act, continued after a page break;\n";
    Layout layout = Layout.read(text, VERBS);
    assertThat(layout.clauses())
        .extracting(Clause::id, Clause::verb, c -> c.segments().size())
        .containsExactly(
            tuple("PP1", "recalling also", 1),
            tuple("PP2", "deeply troubled", 3),
            tuple("OP1", "reiterates its request", 1),
            tuple("OP2", "also urges", 2));
  }

  @Test
  void markersGluedSuperscriptAndSpacedAnchorTheirFootnotes() {
    String ods =
        "The General Assembly,\n\tRecalling the Convention1 and the report,2\n"
            + "\tNoting the study (No. 105)3 and resolution 64/178,\n\t1.\tUrges the Convention1;\n"
            + "\n1 A/1/1.\n2 A/1/2.\n3 A/1/3.\n";
    assertThat(anchors(ods))
        .containsExactly(
            tuple("A/1/1", "recalling", "PP1"),
            tuple("A/1/1", "urges", "OP1"),
            tuple("A/1/2", "recalling", "PP1"),
            tuple("A/1/3", "noting", "PP2"));
    String markdown =
        "The General Assembly,\n\n*Recalling* the Convention<sup>1</sup>\n\n"
            + "<sup>&</sup>lt;sup>1</sup> A/1/1.\n\n"
            + "Noting the 2030 Agenda, 2 which is new, and the report, 3\n\n"
            + "<sup>2</sup> A/1/2.\n\n $<sup>^{3}</sup>$  A/1/3.\n";
    assertThat(anchors(markdown))
        .containsExactly(
            tuple("A/1/1", "recalling", "PP1"),
            tuple("A/1/2", "noting", "PP2"),
            tuple("A/1/3", "noting", "PP2"));
  }

  @Test
  void aFootnoteWhoseMarkerWasLostHasNoVerbAndTheFootnoteAsParagraph() {
    String text =
        "The General Assembly,\n\nRecalling the Summit, 1 and the other Summit,\n\n"
            + "<sup>1</sup> A/1/1.\n\n<sup>2</sup> A/1/2.\n";
    assertThat(anchors(text))
        .containsExactly(tuple("A/1/1", "recalling", "PP1"), tuple("A/1/2", null, "FN2"));
  }

  @Test
  void numbersThatAreNotMarkersAreLeftAlone() {
    String text =
        "The General Assembly,\n\tRecalling E/2002/68/Add.1 and the Convention, 1930 (No. 29),"
            + " parties to 172, and 21,000,000 victims,\n\n1 A/1/1.\n";
    Layout layout = Layout.read(text, VERBS);
    assertThat(layout.markers()).isEmpty();
  }

  @Test
  void aMangledSuperscriptFootnoteOneDoesNotEndTheBody() {
    // Found by the bench corpus: "$<sup>^{1}</sup>$" was taken for the first line of the
    // numbered footnotes printed after the text, so every clause after it was lost.
    String text =
        "The General Assembly,\n\n*Recalling* the report,<sup>1</sup>\n\n"
            + "$<sup>^{1}</sup>$  E/CN.4/2004/84.\n\n"
            + "*Emphasizing* the Convention,\n\n- 1. *Urges* States to act;\n\n"
            + "- 2. *Requests* a report.\n";
    Layout layout = Layout.read(text, VERBS);
    assertThat(layout.bodyEnd()).isEqualTo(text.length());
    assertThat(layout.clauses()).extracting(Clause::id).containsExactly("PP1", "PP2", "OP1", "OP2");
    assertThat(anchors(text)).containsExactly(tuple("E/CN.4/2004/84", "recalling", "PP1"));
  }

  private static java.util.List<org.assertj.core.groups.Tuple> anchors(String text) {
    Document d = Fixtures.EXTRACTOR.extractText("t.txt", text);
    return d.references().stream()
        .filter(r -> r.footnote() != null)
        .map(r -> tuple(r.key(), r.verb(), r.paragraph()))
        .sorted(java.util.Comparator.comparing(Object::toString))
        .toList();
  }
}
