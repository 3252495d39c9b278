package org.citegraph.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A small corpus, written by hand, whose answers are known:
 *
 * <ul>
 *   <li>a three-step lineage: GA 70/10 recalls GA 67/20, which recalls GA 64/30, which reaffirms GA
 *       61/40 (all four ingested);
 *   <li>lists across bodies: GA 67/20 recalls HRC 8/12 and HRC 11/3 in one list, and takes note of
 *       ECOSOC 2008/33; its operative part requests the Secretary-General, invites UNODC and urges
 *       States; GA 70/10 requests UNODC;
 *   <li>a draft and its resolution: A/C.3/70/L.5 (session 70, same title as GA 70/10) cites GA
 *       67/20 and UNTS 2225/39574 in PP2/PP3 like the resolution, but A/70/100 in OP4, which the
 *       resolution dropped; the resolution added UNTS 2237/39574 in PP3;
 *   <li>a citation of a later resolution: GA 64/30 cites GA 65/99 (an extraction error to flag).
 * </ul>
 */
final class KnownCorpus {
  static final String TITLE = "Combating trafficking in persons";

  private KnownCorpus() {}

  static List<Document> documents() {
    return List.of(
        resolution(
            "GA 61/40",
            61,
            "2006-12-19",
            ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "recalling", "PP1"),
            ref(RefKind.BODY, "SG", "requests", "OP1")),
        resolution(
            "GA 64/30",
            64,
            "2009-12-18",
            ref(RefKind.RESOLUTION, "GA 61/40", "reaffirming", "PP1"),
            ref(RefKind.RESOLUTION, "GA 65/99", "noting", "PP2"),
            ref(RefKind.BODY, "SG", "requests", "OP1")),
        resolution(
            "GA 67/20",
            67,
            "2012-12-20",
            ref(RefKind.RESOLUTION, "GA 64/30", "recalling also", "PP1"),
            ref(RefKind.RESOLUTION, "HRC 8/12", "recalling also", "PP1"),
            ref(RefKind.RESOLUTION, "HRC 11/3", "recalling also", "PP1"),
            ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "recalling", "PP2"),
            ref(RefKind.RESOLUTION, "ECOSOC 2008/33", "taking note", "PP3"),
            ref(RefKind.BODY, "SG", "requests", "OP1"),
            ref(RefKind.BODY, "UNODC", "invites", "OP2"),
            ref(RefKind.STATE, "BLR", "urges", "OP3")),
        resolution(
            "GA 70/10",
            70,
            "2015-12-17",
            ref(RefKind.RESOLUTION, "GA 67/20", "recalling", "PP2"),
            ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "recalling", "PP3"),
            ref(RefKind.INSTRUMENT, "UNTS 2237/39574", "recalling", "PP3"),
            ref(RefKind.BODY, "UNODC", "requests", "OP1")),
        draft(
            "A/C.3/70/L.5",
            70,
            ref(RefKind.RESOLUTION, "GA 67/20", "recalling", "PP2"),
            ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "recalling", "PP3"),
            ref(RefKind.BODY, "UNODC", "requests", "OP1"),
            ref(RefKind.DOCUMENT, "A/70/100", "takes note", "OP4")));
  }

  static Document resolution(String key, int session, String adopted, Reference... refs) {
    String symbol = "A/RES/" + key.substring(3);
    return document(key, DocumentKind.RESOLUTION, symbol, session, LocalDate.parse(adopted), refs);
  }

  static Document draft(String symbol, int session, Reference... refs) {
    return document(symbol, DocumentKind.DRAFT, symbol, session, null, refs);
  }

  private static Document document(
      String key,
      DocumentKind kind,
      String symbol,
      int session,
      @Nullable LocalDate adopted,
      Reference... refs) {
    return new Document(
        key.replace(' ', '_').replace('/', '-') + ".txt",
        key,
        kind,
        symbol,
        TITLE + (kind == DocumentKind.DRAFT || key.equals("GA 70/10") ? "" : " " + key),
        session,
        adopted,
        null,
        List.of(),
        "",
        new ArrayList<>(Arrays.asList(refs)),
        List.of());
  }

  static Reference ref(RefKind kind, String key, String verb, String paragraph) {
    String text = key;
    String sentence = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + key + ";";
    int start = verb.length() + 1;
    return new Reference(
        kind,
        key,
        verb,
        paragraph,
        null,
        null,
        null,
        text,
        sentence,
        new Span(start, start + text.length()));
  }
}
