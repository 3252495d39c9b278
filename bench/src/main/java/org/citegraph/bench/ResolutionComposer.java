package org.citegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citegraph.extractor.model.RefKind;

/**
 * Composes one resolution: header facts, 10-30 preambular and 5-25 operative paragraphs, citations
 * and filler sized so that the rendered document is 5-25 KB. Deterministic: the same random state
 * gives the same resolution.
 */
final class ResolutionComposer {
  private static final int OVERHEAD = 1800;

  private static final int FIRST_SESSION = 47;
  private static final int SESSIONS = 33;

  private final Vocabulary vocabulary;
  private final UnCalendar calendar;
  private final Density density;

  ResolutionComposer(Vocabulary vocabulary, Density density) {
    this.vocabulary = vocabulary;
    this.calendar = new UnCalendar(vocabulary);
    this.density = density;
  }

  SyntheticResolution compose(int index, SplittableRandom random) {
    int pick = random.nextInt(10);
    Shape shape = pick < 4 ? Shape.ODS : pick < 8 ? Shape.MARKDOWN : Shape.MODEL_UN;
    boolean draft = shape == Shape.MARKDOWN && random.nextBoolean();
    boolean adopted = shape != Shape.MODEL_UN && !draft;
    // Adopted resolutions and drafts take their session and number from the index, so that no two
    // documents of a corpus share a key (20,000 documents: about 600 per session, 47th to 79th).
    int slot = index / SESSIONS;
    int session =
        shape == Shape.MODEL_UN ? random.nextInt(60, 80) : FIRST_SESSION + index % SESSIONS;
    int year = UnCalendar.year(session);
    int number = shape == Shape.MODEL_UN ? random.nextInt(1, 13) : 100 + slot;
    String stem = String.format("%06d_%016x", index, random.nextLong());
    String file = stem + ".txt";
    LocalDate adoptedOn = adopted ? UnCalendar.day(random, year, 12, 1, 23) : null;
    LocalDate distributed =
        adoptedOn != null
            ? adoptedOn.plusDays(random.nextInt(30, 100))
            : UnCalendar.day(random, year, random.nextBoolean() ? 10 : 11, 1, 28);
    String symbol = null;
    if (adopted) {
      symbol = "A/RES/" + session + "/" + number;
    } else if (draft && random.nextBoolean()) {
      symbol = "A/C.3/" + session + "/L." + (1 + slot);
      symbol += random.nextBoolean() ? "/Rev.1" : "";
    }
    String key =
        adopted ? "GA " + session + "/" + number : symbol != null ? symbol : "file:" + stem;
    boolean committee = draft || adopted && random.nextInt(10) < 8;
    String report = null;
    if (adopted) {
      report =
          committee
              ? "A/" + session + "/" + random.nextInt(400, 600)
              : "A/" + session + "/L." + random.nextInt(10, 80);
    }

    Drafting drafting = new Drafting(random, vocabulary, shape != Shape.MODEL_UN);
    CitationWriter citations =
        new CitationWriter(vocabulary, calendar, random, session, shape == Shape.MODEL_UN);
    // The General Assembly enacts the document ("The General Assembly,", "Resolution adopted by the
    // General Assembly"): its author, not a citation; it is planted only where the text cites it.
    if (committee) {
      drafting.plant(RefKind.BODY, "C3", null);
    }
    if (report != null) {
      drafting.plant(RefKind.DOCUMENT, report, null);
    }
    List<MemberState> sponsors = new ArrayList<>();
    if (draft) {
      sponsors.addAll(citations.distinct(vocabulary.states, random.nextInt(1, 9)));
      for (MemberState state : sponsors) {
        drafting.plant(RefKind.STATE, state.iso3(), null);
      }
    }

    int preambular = random.nextInt(10, 31);
    int operative = random.nextInt(5, 26);
    int paragraphs = preambular + operative;
    int low = Math.min(20_000, Math.max(7_000, paragraphs * 260));
    int target = random.nextInt(low, 21_001);
    int budget = Math.max(120, (target - OVERHEAD) / paragraphs);
    Paragraphs writer = new Paragraphs(vocabulary, drafting, citations, density, session, budget);
    List<Clause> preamble = new ArrayList<>();
    int condemning =
        shape == Shape.MODEL_UN && random.nextBoolean() ? random.nextInt(preambular) : -1;
    List<MemberState> condemned = citations.distinct(vocabulary.states, random.nextInt(2, 5));
    for (int i = 0; i < preambular; i++) {
      preamble.add(
          i == condemning ? writer.condemning(condemned) : writer.preambular(i < preambular / 2));
    }
    List<Clause> operatives = new ArrayList<>();
    for (int i = 0; i < operative; i++) {
      boolean last = i == operative - 1;
      if (condemning >= 0 && i == 0) {
        operatives.add(writer.sanctions(condemned, last));
      } else {
        operatives.add(writer.operative(last));
      }
    }
    return new SyntheticResolution(
        shape,
        file,
        key,
        session,
        number,
        adoptedOn,
        distributed,
        citations.title(),
        symbol,
        report,
        committee,
        sponsors,
        random.nextInt(20, 140),
        vocabulary.agendaItems.get(random.nextInt(vocabulary.agendaItems.size())),
        random.nextInt(40, 90),
        preamble,
        operatives,
        drafting.footnotes(),
        drafting.planted());
  }

  /** Writes paragraphs: an opening phrase, a citation or filler, then filler up to the budget. */
  private static final class Paragraphs {
    private final Vocabulary vocabulary;
    private final Drafting drafting;
    private final CitationWriter citations;
    private final Density density;
    private final SplittableRandom random;
    private final int session;
    private final int budget;
    private final List<Body> actorBodies;
    private final List<ClausePhrase> citingPhrases;

    Paragraphs(
        Vocabulary vocabulary,
        Drafting drafting,
        CitationWriter citations,
        Density density,
        int session,
        int budget) {
      this.vocabulary = vocabulary;
      this.drafting = drafting;
      this.citations = citations;
      this.density = density;
      this.random = drafting.random;
      this.session = session;
      this.budget = budget;
      this.actorBodies =
          vocabulary.bodies.stream()
              .filter(b -> !List.of("GA", "SC", "C3").contains(b.key()))
              .toList();
      this.citingPhrases =
          vocabulary.preambularPhrases.stream().filter(ClausePhrase::cites).toList();
    }

    /** A preambular paragraph; in the first half most paragraphs cite, as in real texts. */
    Clause preambular(boolean firstHalf) {
      ClausePhrase phrase =
          pick(firstHalf && random.nextInt(10) < 8 ? citingPhrases : vocabulary.preambularPhrases);
      ClauseWriter c = drafting.clause(phrase.text(), phrase.verb());
      c.text(" ");
      if (phrase.cites() && density.cites(random, firstHalf ? 85 : 50)) {
        citations.cite(c);
      } else {
        filler(c, phrase);
      }
      extend(c, phrase);
      return c.build(",");
    }

    Clause operative(boolean last) {
      ClausePhrase phrase = pick(vocabulary.operativePhrases);
      ClauseWriter c = drafting.clause(phrase.text(), phrase.verb());
      c.text(" ");
      boolean cite = density.cites(random, 45);
      switch (phrase.takes()) {
        case "actor" -> actor(c, cite);
        case "to" -> decision(c, cite);
        default -> {
          if (cite) {
            citations.cite(c);
          } else {
            filler(c, phrase);
          }
        }
      }
      extend(c, phrase);
      return c.build(last ? "." : ";");
    }

    /** Model-UN: "Condemning those States ..., *and particularly condemning* X and Y ...". */
    Clause condemning(List<MemberState> states) {
      ClauseWriter c = drafting.clause("Condemning", "condemning");
      c.text(" those States who continue to allow organized crime to create and maintain a");
      c.text(" considerable demand for the exploitation of persons within their borders,");
      c.text(" *and particularly condemning* ");
      states(c, states);
      c.text(" for substantially allowing a high level of such activities to continue");
      return c.build(",");
    }

    /** Model-UN: the first operative paragraph sanctions the States condemned. */
    Clause sanctions(List<MemberState> states, boolean last) {
      ClauseWriter c = drafting.clause("Decides", "decides");
      c.text(" that no Member State shall provide in any way the supply, sale or transfer of oil");
      c.text(" or oil products to ");
      states(c, states);
      c.text(" until the level of exploitation in each of them has been substantially reduced");
      return c.build(last ? "." : ";");
    }

    private void states(ClauseWriter c, List<MemberState> states) {
      for (int i = 0; i < states.size(); i++) {
        c.text(i == 0 ? "" : i == states.size() - 1 ? " and " : ", ");
        c.state(states.get(i), true);
      }
    }

    private void actor(ClauseWriter c, boolean cite) {
      if (cite && random.nextBoolean()) {
        if (random.nextBoolean()) {
          c.body(vocabulary.body("SG"), true);
          if (random.nextBoolean()) {
            c.text(" to submit to the ").bodyName("General Assembly");
            c.text(" at its " + UnCalendar.ordinalWords(session + random.nextInt(1, 3)));
            c.text(" session a report on the implementation of the present resolution");
            return;
          }
        } else {
          c.body(pick(actorBodies), true);
        }
        c.text(" " + pick(vocabulary.actions));
        return;
      }
      c.text(pick(vocabulary.actors)).text(" ");
      if (cite) {
        if (random.nextBoolean()) {
          c.text("to consider ratifying or acceding to, as a matter of priority, ");
          citations.instruments(c);
        } else {
          c.text("to implement fully ");
          citations.resolutionToImplement(c);
        }
      } else {
        c.text(pick(vocabulary.actions));
      }
    }

    private void decision(ClauseWriter c, boolean cite) {
      if (cite) {
        c.text("to convene, within existing resources, a high-level meeting of the ");
        c.bodyName("General Assembly");
        c.text(" at its " + UnCalendar.ordinalWords(session + 1) + " session");
      } else if (random.nextBoolean()) {
        c.text("to include in the provisional agenda of its ");
        c.text(UnCalendar.ordinalWords(session + random.nextInt(1, 3)) + " session the item");
        c.text(" entitled \"" + pick(vocabulary.agendaItems) + "\"");
      } else {
        c.text(pick(vocabulary.actions));
      }
    }

    private void filler(ClauseWriter c, ClausePhrase phrase) {
      boolean that = phrase.takes().equals("that") || phrase.takesThat() && random.nextBoolean();
      c.text(that ? pick(vocabulary.thatClauses) : pick(vocabulary.nounPhrases));
    }

    /** Filler after the main content until the paragraph reaches the budget. */
    private void extend(ClauseWriter c, ClausePhrase phrase) {
      int limit = budget / 2 + random.nextInt(budget + 1);
      for (int tries = 0; c.length() < limit && tries < 40; tries++) {
        String more =
            switch (phrase.takes()) {
              case "actor", "to" -> pick(vocabulary.actions);
              case "that" -> pick(vocabulary.thatClauses);
              default ->
                  random.nextBoolean()
                      ? pick(vocabulary.nounPhrases)
                      : pick(vocabulary.thatClauses);
            };
        if (!c.contains(more)) {
          c.text(c.closedByMarker() ? " and " : ", and ").seam().text(more);
        }
      }
    }

    private <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }
  }
}
