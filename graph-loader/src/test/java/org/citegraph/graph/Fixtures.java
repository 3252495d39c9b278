package org.citegraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/** Hand-built extraction records shaped like the seeds, for the loader tests. */
public final class Fixtures {
  public static final String TRAFFICKING =
      "Improving the coordination of efforts against trafficking in persons";

  private Fixtures() {}

  public static Reference ref(RefKind kind, String key, @Nullable String verb, String paragraph) {
    return ref(kind, key, verb, paragraph, null);
  }

  public static Reference ref(
      RefKind kind, String key, @Nullable String verb, String paragraph, @Nullable String name) {
    String text = kind.json() + " " + key;
    return new Reference(
        kind,
        key,
        verb,
        paragraph,
        null,
        name,
        null,
        text,
        (verb == null ? "" : verb + " ") + text,
        new Span(0, text.length()));
  }

  /** GA 67/190: recalls GA 64/178 and GA 64/293, cites UNTOC, requests UNODC. */
  public static Document resolution67() {
    return new Document(
        "003_6f3cc488812107cf.txt",
        "GA 67/190",
        DocumentKind.RESOLUTION,
        "A/RES/67/190",
        TRAFFICKING,
        67,
        LocalDate.of(2012, 12, 20),
        "A/67/458",
        List.of(),
        "c67",
        List.of(
            ref(
                RefKind.INSTRUMENT,
                "UNTS 2225/39574",
                "recalling",
                "PP2",
                "United Nations Convention against Transnational Organized Crime"),
            ref(RefKind.RESOLUTION, "GA 64/178", "recalling also", "PP3"),
            ref(RefKind.RESOLUTION, "GA 64/293", "recalling also", "PP3"),
            ref(RefKind.DOCUMENT, "A/67/156", "taking note", "PP9"),
            ref(
                RefKind.BODY,
                "UNODC",
                "requests",
                "OP5",
                "United Nations Office on Drugs and Crime")),
        List.of());
  }

  /** GA 68/192: recalls GA 67/190 (an incoming edge for it) and GA 64/178; notes GA 64/178. */
  public static Document resolution68() {
    return new Document(
        "005_aaaa.txt",
        "GA 68/192",
        DocumentKind.RESOLUTION,
        "A/RES/68/192",
        "Improving the coordination of efforts against trafficking in persons (2013)",
        68,
        LocalDate.of(2013, 12, 18),
        null,
        List.of(),
        "c68",
        List.of(
            ref(RefKind.RESOLUTION, "GA 64/178", "also recalls", "OP1"),
            ref(RefKind.RESOLUTION, "GA 67/190", "recalling", "PP2"),
            ref(RefKind.RESOLUTION, "GA 64/178", "taking note", "PP4"),
            ref(RefKind.INSTRUMENT, "UNTS 2225/39574", "reaffirming", "PP1"),
            ref(RefKind.DECISION, "ECOSOC dec 1980/127", "noting", "PP5")),
        List.of());
  }

  /** The draft A/C.3/67/L.13 that became GA 67/190: same session and title. */
  public static Document draft67() {
    return new Document(
        "002_231a7929659aa230.txt",
        "A/C.3/67/L.13",
        DocumentKind.DRAFT,
        "A/C.3/67/L.13",
        TRAFFICKING,
        67,
        null,
        null,
        List.of("BLR", "PHL"),
        "d67",
        List.of(ref(RefKind.RESOLUTION, "GA 64/178", "recalling", "PP3")),
        List.of());
  }

  /** A report with no own symbol in its text: keyed by file name. */
  public static Document report() {
    return new Document(
        "004_07297d904fe3b757.txt",
        "file:004_07297d904fe3b757",
        DocumentKind.DOCUMENT,
        null,
        "Report of the Secretary-General",
        null,
        null,
        null,
        List.of(),
        "r",
        List.of(
            ref(RefKind.RESOLUTION, "GA 67/190", null, "FN1"),
            ref(RefKind.STATE, "BLR", null, "FN2", "Belarus")),
        List.of());
  }

  public static List<Document> all() {
    return List.of(resolution67(), resolution68(), draft67(), report());
  }

  /** {@code d} with other references and another checksum, as after an edit of its file. */
  public static Document edited(Document d, String checksum, List<Reference> references) {
    return new Document(
        d.file(),
        d.key(),
        d.kind(),
        d.symbol(),
        d.title(),
        d.session(),
        d.adopted(),
        d.report(),
        d.sponsors(),
        checksum,
        references,
        d.diagnostics());
  }

  /** A document whose key no index accepts (too large): the server fails its transaction. */
  public static Document unindexable(String file) {
    String key = "file:" + "x".repeat(40_000);
    return new Document(
        file,
        key,
        DocumentKind.DOCUMENT,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        "bad",
        List.of(ref(RefKind.RESOLUTION, "GA 64/178", "recalling", "PP1")),
        List.of());
  }

  /** {@code d} with one extra reference whose key no index accepts. */
  public static Document withUnindexableReference(Document d) {
    List<Reference> refs = new ArrayList<>(d.references());
    refs.add(ref(RefKind.INSTRUMENT, "instrument:" + "y".repeat(40_000), "recalling", "PP9"));
    return edited(d, d.checksum() + "-bad", refs);
  }
}
