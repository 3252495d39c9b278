package org.citegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;

/**
 * Generated extraction records at United Nations scale, from a seed: resolutions of sessions 40-79
 * citing earlier resolutions, treaties, bodies and documents with the usual clause verbs.
 */
public final class SyntheticCorpus {
  private static final String[] VERBS = {
    "recalling",
    "recalling also",
    "reaffirming",
    "taking note",
    "welcoming",
    "requests",
    "urges",
    "also recalls",
    "noting with concern",
    "decides"
  };
  private static final String[] BODIES = {"UNODC", "OHCHR", "UNICEF", "UNHCR", "ILO", "IOM", "SG"};

  private SyntheticCorpus() {}

  /** {@code documents} resolutions with {@code referencesEach} references each. */
  public static List<Document> generate(int documents, int referencesEach, long seed) {
    Random random = new Random(seed);
    List<Document> out = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      int session = 40 + i % 40;
      String key = "GA " + session + "/" + (100 + i / 40);
      List<Reference> refs = new ArrayList<>(referencesEach);
      for (int j = 0; j < referencesEach; j++) {
        refs.add(reference(random, session, j));
      }
      out.add(
          new Document(
              "synthetic-" + i + ".txt",
              key,
              DocumentKind.RESOLUTION,
              "A/RES/" + session + "/" + (100 + i / 40),
              "Synthetic resolution " + i,
              session,
              null,
              null,
              List.of(),
              "synthetic-" + seed + "-" + i,
              refs,
              List.of()));
    }
    return out;
  }

  private static Reference reference(Random random, int session, int place) {
    int pick = random.nextInt(10);
    RefKind kind;
    String key;
    if (pick < 6) {
      kind = RefKind.RESOLUTION;
      key =
          "GA "
              + (31 + random.nextInt(Math.max(1, session - 31)))
              + "/"
              + (1 + random.nextInt(300));
    } else if (pick < 8) {
      kind = RefKind.INSTRUMENT;
      key = "UNTS " + (1000 + random.nextInt(400)) + "/" + (20000 + random.nextInt(400));
    } else if (pick < 9) {
      kind = RefKind.BODY;
      key = BODIES[random.nextInt(BODIES.length)];
    } else {
      kind = RefKind.DOCUMENT;
      key = "A/" + session + "/" + (100 + random.nextInt(500));
    }
    String verb = VERBS[random.nextInt(VERBS.length)];
    String text = kind.json() + " " + key;
    return new Reference(
        kind,
        key,
        verb,
        (place < 5 ? "PP" : "OP") + (place + 1),
        null,
        null,
        null,
        text,
        verb + " " + text,
        new Span(place * 100, place * 100 + text.length()));
  }

  public static long references(List<Document> documents) {
    return documents.stream().mapToLong(d -> d.references().size()).sum();
  }
}
