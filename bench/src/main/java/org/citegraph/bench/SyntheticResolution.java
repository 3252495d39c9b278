package org.citegraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A generated document before rendering, with everything the generator planted in it.
 *
 * @param shape the shape to render
 * @param file the file name
 * @param key the document's own KEYS.md key ({@code GA 67/190}, a draft symbol or {@code file:})
 * @param session the session the document belongs to
 * @param number the resolution number within the session ({@code 190}), or the Model-UN number
 * @param adopted the adoption date, or null for drafts and Model-UN texts
 * @param distributed the distribution date printed in the masthead
 * @param title the title
 * @param symbol the symbol printed in the masthead ({@code A/RES/67/190}, a draft symbol), or null
 * @param report the committee report the resolution was adopted on, or null
 * @param committee whether the report is the Third Committee's (else plenary, without reference)
 * @param sponsors the sponsors of a draft, in order
 * @param agendaItem the agenda item number
 * @param agendaTitle the agenda item title
 * @param plenaryMeeting the number of the plenary meeting of adoption
 * @param preamble the preambular paragraphs
 * @param operative the operative paragraphs
 * @param footnotes the footnotes in number order
 * @param planted every reference planted, each with the verbs of the paragraphs it stands in
 */
record SyntheticResolution(
    Shape shape,
    String file,
    String key,
    int session,
    int number,
    @Nullable LocalDate adopted,
    LocalDate distributed,
    String title,
    @Nullable String symbol,
    @Nullable String report,
    boolean committee,
    List<MemberState> sponsors,
    int agendaItem,
    String agendaTitle,
    int plenaryMeeting,
    List<Clause> preamble,
    List<Clause> operative,
    List<Footnote> footnotes,
    Map<PlantedKey, Set<String>> planted) {

  boolean draft() {
    return !sponsors.isEmpty();
  }
}
