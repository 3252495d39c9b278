package org.citegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citegraph.extractor.model.RefKind;

/**
 * Writes the citations of one document into its paragraphs, each in one of the forms UN texts use,
 * and plants the keys KEYS.md gives them. Every resolution or decision cited is of an earlier
 * session (or year) than the document's own; reports may belong to the document's own session.
 */
final class CitationWriter {
  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private final ResolutionCitations resolutions;
  private final ReportCitations reports;

  CitationWriter(
      Vocabulary vocabulary,
      UnCalendar calendar,
      SplittableRandom random,
      int session,
      boolean modelUn) {
    this.vocabulary = vocabulary;
    this.random = random;
    this.resolutions = new ResolutionCitations(this, calendar, random, session, modelUn);
    this.reports = new ReportCitations(this, vocabulary, random, session, modelUn);
  }

  /** One citation of a kind picked by weight, as the object of a clause. */
  void cite(ClauseWriter c) {
    int pick = random.nextInt(100);
    if (pick < 14) {
      resolutions.assemblyResolution(c);
    } else if (pick < 22) {
      resolutions.assemblyList(c);
    } else if (pick < 31) {
      resolutions.humanRightsCouncil(c);
    } else if (pick < 38) {
      resolutions.economicAndSocialCouncil(c);
    } else if (pick < 44) {
      resolutions.crimeCommission(c);
    } else if (pick < 50) {
      resolutions.securityCouncil(c);
    } else if (pick < 54) {
      resolutions.oldAssemblyResolution(c);
    } else if (pick < 58) {
      resolutions.assemblyDecision(c);
    } else if (pick < 71) {
      reports.report(c);
    } else if (pick < 85) {
      instruments(c);
    } else if (pick < 95) {
      bodies(c);
    } else {
      states(c);
    }
  }

  /** A resolution cited in an operative paragraph: "to implement fully ...". */
  void resolutionToImplement(ClauseWriter c) {
    switch (random.nextInt(4)) {
      case 0 -> resolutions.securityCouncil(c);
      case 1 -> resolutions.humanRightsCouncil(c);
      case 2 -> resolutions.assemblyList(c);
      default -> resolutions.assemblyResolution(c);
    }
  }

  /** One to four instruments, with Treaty Series footnotes where the shape has footnotes. */
  void instruments(ClauseWriter c) {
    List<Instrument> picked = distinct(vocabulary.instruments, random.nextInt(1, 5));
    boolean labour = false;
    for (int i = 0; i < picked.size(); i++) {
      Instrument instrument = picked.get(i);
      c.text(i == 0 ? "the " : i == picked.size() - 1 ? " and the " : ", the ");
      c.text(instrument.name()).plant(RefKind.INSTRUMENT, instrument.key());
      if (c.footnotes()) {
        c.treatySeries(instrument);
      }
      labour |= instrument.labourConvention();
    }
    if (labour) {
      c.text(", of the ").bodyName("International Labour Organization");
    }
  }

  void bodies(ClauseWriter c) {
    List<Body> named =
        distinct(
            vocabulary.bodies.stream()
                .filter(b -> !List.of("GA", "SC", "C3", "PGA", "SG").contains(b.key()))
                .toList(),
            random.nextInt(1, 5));
    c.text(random.nextBoolean() ? "the important role of " : "the work done by ");
    for (int i = 0; i < named.size(); i++) {
      c.text(i == 0 ? "" : i == named.size() - 1 ? " and " : ", ");
      c.body(named.get(i), true);
    }
    c.text(", within their existing mandates");
  }

  void states(ClauseWriter c) {
    List<MemberState> named = distinct(vocabulary.states, random.nextInt(1, 4));
    if (named.size() == 1) {
      c.text("the offer of the Government of ").state(named.get(0), true);
      c.text(" to host an international meeting of experts on the subject");
      return;
    }
    c.text("the contributions made by the Governments of ");
    for (int i = 0; i < named.size(); i++) {
      c.text(i == 0 ? "" : i == named.size() - 1 ? " and " : ", ");
      c.state(named.get(i), true);
    }
    c.text(" to the implementation of national action plans");
  }

  String topic() {
    return vocabulary.topics.get(random.nextInt(vocabulary.topics.size()));
  }

  String title() {
    String topic = topic();
    return Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
  }

  /** {@code a, b and c}. */
  static String joinWords(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  <T> List<T> distinct(List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<T> out = new ArrayList<>();
    while (out.size() < n && !pool.isEmpty()) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }
}
