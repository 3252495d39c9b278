package org.citegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citegraph.extractor.model.RefKind;

/**
 * Citations of reports: of the Secretary-General, of a Special Rapporteur, outcomes of the
 * Conference of the Parties, with their symbols in footnotes, in brackets, or (Model-UN) not at
 * all.
 */
final class ReportCitations {
  private final CitationWriter words;
  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private final int session;
  private final int year;
  private final boolean modelUn;

  ReportCitations(
      CitationWriter words,
      Vocabulary vocabulary,
      SplittableRandom random,
      int session,
      boolean modelUn) {
    this.words = words;
    this.vocabulary = vocabulary;
    this.random = random;
    this.session = session;
    this.year = UnCalendar.year(session);
    this.modelUn = modelUn;
  }

  /** A report: of the Secretary-General, of a Special Rapporteur, or outcomes of a conference. */
  void report(ClauseWriter c) {
    int pick = random.nextInt(10);
    if (!c.footnotes()) {
      if (pick < 6) {
        c.text("the report of the ").bodyName("Secretary-General").text(" on " + topic());
        if (!modelUn) {
          String symbol = reportSymbol();
          c.text(" (" + symbol + ")").plant(RefKind.DOCUMENT, symbol);
        }
      } else {
        c.text("the report of ").body(vocabulary.body(rapporteur()), true);
      }
    } else if (pick < 5) {
      c.text("the report of the ").bodyName("Secretary-General").text(" on " + topic());
      String symbol = reportSymbol();
      c.text(",").note(symbol + ".", new PlantedKey(RefKind.DOCUMENT, symbol));
    } else if (pick < 8) {
      c.text("the report of ").body(vocabulary.body(rapporteur()), true);
      String symbol =
          year > 2007
              ? "A/HRC/"
                  + UnCalendar.firstHumanRightsCouncilSession(year - 1)
                  + "/"
                  + random.nextInt(20, 60)
              : "E/CN.4/" + (year - 1) + "/" + random.nextInt(60, 90);
      c.text(",").note(symbol + ".", new PlantedKey(RefKind.DOCUMENT, symbol));
    } else if (pick < 9 && year > 2006) {
      int k = random.nextInt(1, (year - 1 - 2004) / 2 + 2);
      int y = 2004 + 2 * (k - 1);
      c.text("the outcomes of the " + UnCalendar.ordinalWords(k) + " session of the ");
      c.bodyName(
          "Conference of the Parties to the United Nations Convention against Transnational"
              + " Organized Crime");
      c.text(", held in Vienna in " + y + ",");
      String symbol = "CTOC/COP/" + y + "/" + random.nextInt(2, 20);
      c.note("See " + symbol + ".", new PlantedKey(RefKind.DOCUMENT, symbol));
    } else {
      c.text("the recommendations contained in the reports of the ").bodyName("Secretary-General");
      c.text(",");
      List<String> symbols = new ArrayList<>();
      for (int i = random.nextInt(2, 4); i > 0; i--) {
        symbols.add("A/" + (session - i) + "/" + random.nextInt(60, 400));
      }
      PlantedKey[] keys =
          symbols.stream().map(s -> new PlantedKey(RefKind.DOCUMENT, s)).toArray(PlantedKey[]::new);
      c.note(joinWords(symbols) + ".", keys);
    }
  }

  private String reportSymbol() {
    return "A/"
        + random.nextInt(Math.max(31, session - 2), session + 1)
        + "/"
        + random.nextInt(60, 400);
  }

  private String rapporteur() {
    return List.of("SR-TIP", "SR-VAW", "SR-SALE", "SR-SLAVERY").get(random.nextInt(4));
  }

  private String topic() {
    return words.topic();
  }

  private static String joinWords(List<String> items) {
    return CitationWriter.joinWords(items);
  }
}
