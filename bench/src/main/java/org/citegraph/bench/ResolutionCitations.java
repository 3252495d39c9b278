package org.citegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.citegraph.extractor.model.RefKind;

/**
 * Citations of resolutions and decisions: General Assembly (by number, in lists, in footnotes, old
 * style {@code 2200 A (XXI)}), Human Rights Council, Economic and Social Council, Crime Commission
 * (body before or after the number) and Security Council, each of an earlier session or year than
 * the citing document.
 */
final class ResolutionCitations {
  private static final String[] LETTERS = {"A", "B", "C", "D"};

  private final CitationWriter words;
  private final UnCalendar calendar;
  private final SplittableRandom random;
  private final int session;
  private final int year;
  private final boolean modelUn;

  ResolutionCitations(
      CitationWriter words,
      UnCalendar calendar,
      SplittableRandom random,
      int session,
      boolean modelUn) {
    this.words = words;
    this.calendar = calendar;
    this.random = random;
    this.session = session;
    this.year = UnCalendar.year(session);
    this.modelUn = modelUn;
  }

  void assemblyResolution(ClauseWriter c) {
    Cited r = assembly();
    if (modelUn || random.nextInt(10) < 3) {
      c.bodyName("General Assembly").text(modelUn ? " Resolution " : " resolution ");
    } else {
      c.text("its resolution ");
    }
    c.text(r.number() + " of " + UnCalendar.date(r.date())).plant(RefKind.RESOLUTION, r.key());
    if (random.nextBoolean()) {
      c.text(" on " + topic());
    }
    if (c.footnotes() && random.nextInt(10) < 4) {
      c.seam().text(" and other relevant ").bodyName("General Assembly");
      c.text(" resolutions on " + topic() + ",");
      List<Cited> list = assemblies(2, 7);
      c.note("Resolutions " + join(list, false) + ".", keys(list));
    }
  }

  void assemblyList(ClauseWriter c) {
    List<Cited> list = assemblies(2, 5);
    if (modelUn) {
      c.text("in particular ").bodyName("General Assembly").text(" Resolutions ");
    } else {
      c.text("its resolutions ");
    }
    c.text(join(list, modelUn || random.nextBoolean()));
    plantAll(c, list);
  }

  void humanRightsCouncil(ClauseWriter c) {
    if (year <= 2007) {
      assemblyResolution(c);
      return;
    }
    List<Cited> list = councilResolutions(random.nextInt(10) < 7 ? 1 : random.nextInt(2, 5));
    c.bodyName("Human Rights Council");
    c.text(list.size() == 1 ? (modelUn ? " Resolution " : " resolution ") : " resolutions ");
    c.text(join(list, true));
    plantAll(c, list);
    if (list.size() == 1 && random.nextInt(10) < 4) {
      c.text(", entitled \"" + title() + "\"");
    }
    if (!c.footnotes()) {
      return;
    }
    if (random.nextInt(10) < 4) {
      Official official = officialRecords(list.get(0).date().getYear());
      c.text(",").note(official.text(), official.keys());
    }
    int other = random.nextInt(10);
    if (other < 3) {
      c.seam().text(" and other relevant Council resolutions on " + topic() + ",");
      List<Cited> more = councilResolutions(random.nextInt(2, 5));
      c.note("Human Rights Council resolutions " + join(more, false) + ".", keys(more));
      c.plant(RefKind.BODY, "HRC");
    } else if (other < 5) {
      c.seam().text(" and other relevant ").bodyName("Human Rights Council");
      c.text(" resolutions,");
      List<Cited> more = councilResolutions(random.nextInt(2, 5));
      c.note("Resolutions " + join(more, false) + ".", keys(more));
    }
  }

  void economicAndSocialCouncil(ClauseWriter c) {
    int y = random.nextInt(1990, year);
    c.bodyName("Economic and Social Council");
    if (random.nextInt(4) == 0) {
      String number = y + "/" + random.nextInt(200, 281);
      c.text(modelUn ? " Decision " : " decision ").text(number);
      c.plant(RefKind.DECISION, "ECOSOC dec " + number);
      return;
    }
    String number = y + "/" + random.nextInt(1, 51);
    LocalDate date = UnCalendar.day(random, y, 7, 20, 30);
    c.text(modelUn ? " Resolution " : " resolution ").text(number);
    c.text(" of " + UnCalendar.date(date)).plant(RefKind.RESOLUTION, "ECOSOC " + number);
    if (random.nextBoolean()) {
      c.text(" on " + topic());
    }
  }

  void crimeCommission(ClauseWriter c) {
    int last = year - 1 - 1991;
    if (last < 1) {
      economicAndSocialCouncil(c);
      return;
    }
    int s = random.nextInt(1, last + 1);
    String number = s + "/" + random.nextInt(1, 10);
    LocalDate date = UnCalendar.day(random, 1991 + s, random.nextBoolean() ? 4 : 5, 1, 28);
    if (random.nextBoolean()) {
      c.bodyName("Commission on Crime Prevention and Criminal Justice");
      c.text(" resolution " + number + " of " + UnCalendar.date(date));
    } else {
      c.text("resolution " + number + " of the ");
      c.bodyName("Commission on Crime Prevention and Criminal Justice");
      c.text(" of " + UnCalendar.date(date));
    }
    c.plant(RefKind.RESOLUTION, "CCPCJ " + number);
    if (random.nextInt(10) < 4) {
      c.text(", entitled \"" + title() + "\"");
    }
    if (c.footnotes() && random.nextBoolean()) {
      int y = date.getYear();
      String symbol = "E/" + y + "/30";
      c.text(",");
      c.note(
          "See Official Records of the Economic and Social Council, "
              + y
              + ", Supplement No. 10 ("
              + symbol
              + "), chap. I, sect. D.",
          new PlantedKey(RefKind.BODY, "ECOSOC"),
          new PlantedKey(RefKind.DOCUMENT, symbol));
    }
  }

  void securityCouncil(ClauseWriter c) {
    int n = Math.min(year - 1990, random.nextInt(10) < 6 ? 1 : random.nextInt(2, 5));
    TreeSet<Integer> years = new TreeSet<>();
    while (years.size() < n) {
      years.add(random.nextInt(1990, year));
    }
    List<String> numbers = new ArrayList<>();
    for (int y : years) {
      String number = calendar.securityCouncilNumber(random, y) + " (" + y + ")";
      numbers.add(number);
      c.plant(RefKind.RESOLUTION, "SC " + number);
    }
    c.bodyName("Security Council");
    c.text(n == 1 ? (modelUn ? " Resolution " : " resolution ") : " resolutions ");
    c.text(joinWords(numbers));
    if (n == 1 && random.nextBoolean()) {
      c.text(
          " of "
              + UnCalendar.date(
                  UnCalendar.day(random, years.first(), 1 + random.nextInt(12), 1, 28)));
    }
  }

  void oldAssemblyResolution(ClauseWriter c) {
    int s = random.nextInt(1, 31);
    String number = calendar.oldAssemblyNumber(random, s) + "";
    if (random.nextBoolean()) {
      number += " " + LETTERS[random.nextInt(LETTERS.length)];
    }
    number += " (" + UnCalendar.roman(s) + ")";
    if (modelUn) {
      c.bodyName("General Assembly").text(" Resolution ");
    } else {
      c.text("its resolution ");
    }
    LocalDate date = UnCalendar.day(random, UnCalendar.year(s), 12, 1, 20);
    c.text(number + " of " + UnCalendar.date(date)).plant(RefKind.RESOLUTION, "GA " + number);
  }

  void assemblyDecision(ClauseWriter c) {
    int s = earlierSession();
    String number = s + "/" + random.nextInt(401, 571);
    c.text("its decision " + number);
    if (random.nextBoolean()) {
      c.text(" of " + UnCalendar.date(UnCalendar.day(random, UnCalendar.year(s), 12, 1, 23)));
    }
    c.plant(RefKind.DECISION, "GA dec " + number);
  }

  private record Cited(String number, String key, LocalDate date) {}

  private Cited assembly() {
    int s = earlierSession();
    String number = s + "/" + random.nextInt(1, 300);
    return new Cited(number, "GA " + number, UnCalendar.day(random, UnCalendar.year(s), 12, 1, 23));
  }

  private List<Cited> assemblies(int min, int max) {
    TreeSet<String> seen = new TreeSet<>();
    List<Cited> out = new ArrayList<>();
    for (int n = random.nextInt(min, max + 1); out.size() < n; ) {
      Cited cited = assembly();
      if (seen.add(cited.key())) {
        out.add(cited);
      }
    }
    out.sort((a, b) -> a.date().compareTo(b.date()));
    return out;
  }

  private List<Cited> councilResolutions(int n) {
    TreeSet<String> seen = new TreeSet<>();
    List<Cited> out = new ArrayList<>();
    while (out.size() < n) {
      int y = random.nextInt(2006, year);
      int index = random.nextInt(3);
      int s = UnCalendar.firstHumanRightsCouncilSession(y) + index;
      String number = s + "/" + random.nextInt(1, 41);
      if (seen.add(number)) {
        LocalDate date = UnCalendar.day(random, y, new int[] {3, 6, 9}[index], 20, 30);
        out.add(new Cited(number, "HRC " + number, date));
      }
    }
    out.sort((a, b) -> a.date().compareTo(b.date()));
    return out;
  }

  /** An Official Records footnote and the keys it gives. */
  private record Official(String text, String symbol, boolean corrigendum) {
    PlantedKey[] keys() {
      List<PlantedKey> keys = new ArrayList<>();
      keys.add(new PlantedKey(RefKind.BODY, "GA"));
      keys.add(new PlantedKey(RefKind.DOCUMENT, symbol));
      if (corrigendum) {
        keys.add(new PlantedKey(RefKind.DOCUMENT, symbol + "/Corr.1"));
      }
      return keys.toArray(PlantedKey[]::new);
    }
  }

  /** The Official Records footnote of the Human Rights Council's report for {@code y}. */
  private Official officialRecords(int y) {
    int s = y - 1945;
    String symbol = "A/" + s + "/53";
    boolean corr = random.nextInt(10) < 3;
    String supplement =
        corr
            ? "Supplement No. 53 and corrigendum (" + symbol + " and Corr.1)"
            : "Supplement No. 53 (" + symbol + ")";
    return new Official(
        "See Official Records of the General Assembly, "
            + UnCalendar.sessionWords(s)
            + " Session, "
            + supplement
            + ", chap. "
            + UnCalendar.roman(random.nextInt(3, 6))
            + ", sect. A.",
        symbol,
        corr);
  }

  private int earlierSession() {
    return random.nextInt(Math.max(31, session - 25), session);
  }

  private void plantAll(ClauseWriter c, List<Cited> list) {
    for (Cited cited : list) {
      c.plant(RefKind.RESOLUTION, cited.key());
    }
  }

  private static PlantedKey[] keys(List<Cited> list) {
    return list.stream()
        .map(cited -> new PlantedKey(RefKind.RESOLUTION, cited.key()))
        .toArray(PlantedKey[]::new);
  }

  private static String join(List<Cited> list, boolean dates) {
    return joinWords(
        list.stream()
            .map(c -> dates ? c.number() + " of " + UnCalendar.date(c.date()) : c.number())
            .toList());
  }

  private String topic() {
    return words.topic();
  }

  private String title() {
    return words.title();
  }

  private static String joinWords(List<String> items) {
    return CitationWriter.joinWords(items);
  }
}
