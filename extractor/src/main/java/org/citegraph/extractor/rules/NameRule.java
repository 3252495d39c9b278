package org.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citegraph.extractor.gazetteer.Gazetteer;
import org.citegraph.extractor.gazetteer.GazetteerEntry;
import org.citegraph.extractor.gazetteer.PhraseIndex;
import org.citegraph.extractor.gazetteer.PhraseIndex.Hit;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.text.Tokenizer;
import org.citegraph.extractor.text.Tokens;
import org.citegraph.extractor.text.Vocabulary;

/**
 * Bodies, Member States and instruments named in the text, from the gazetteer. Where names nest,
 * the rule follows how the texts are read:
 *
 * <ul>
 *   <li>an instrument or a State named inside, or overlapping, a name that starts before it is not
 *       a reference of its own ("Forced Labour Convention, 1930 (No. 29)" inside "Protocol of 2014
 *       to the Forced Labour Convention, 1930 (No. 29)"; the Convention on the Rights of the Child
 *       inside "Optional Protocol to the Convention on the Rights of the Child ...", the Convention
 *       inside "Conference of the Parties to the Convention");
 *   <li>a body named inside another body's name is ("Human Rights Council" inside "Special
 *       Rapporteur of the Human Rights Council on ..."), unless it is the same body again.
 * </ul>
 *
 * <p>Instruments the gazetteer lacks are found by the shape of their titles ({@link
 * InstrumentTitles}) and take part in the same leftmost-longest choice.
 */
public final class NameRule {
  private final PhraseIndex index = new PhraseIndex();
  private final InstrumentTitles titles;

  public NameRule(Gazetteer gazetteer) {
    addAll(RefKind.BODY, gazetteer.bodies(), false);
    addAll(RefKind.INSTRUMENT, gazetteer.instruments(), false);
    addAll(RefKind.STATE, gazetteer.states(), true);
    addAll(RefKind.STATE, gazetteer.observers(), true);
    titles = new InstrumentTitles(index.vocabulary());
  }

  /** The words the tokenizer must normalise for these rules. */
  public Vocabulary vocabulary() {
    return index.vocabulary();
  }

  private void addAll(RefKind kind, List<GazetteerEntry> entries, boolean exact) {
    for (GazetteerEntry entry : entries) {
      for (String name : entry.names()) {
        index.add(kind, entry.key(), name, exact);
      }
    }
  }

  /** Every name in the running text and in each footnote; no name runs across the two. */
  public List<Mention> find(Tokenizer.Flows flows, String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Tokens footnote : flows.footnotes()) {
      mentions.addAll(findIn(footnote, text));
    }
    mentions.addAll(findIn(flows.running(), text));
    return mentions;
  }

  private List<Mention> findIn(Tokens tokens, String text) {
    List<Hit> hits = new ArrayList<>(index.find(tokens, text));
    hits.addAll(titles.find(tokens, text));
    // leftmost-longest; at equal spans the gazetteer's name (added first) wins: sort is stable
    hits.sort(Comparator.comparingInt(Hit::from).thenComparingInt(h -> -h.to()));
    List<Mention> mentions = new ArrayList<>();
    Reach any = new Reach();
    Map<String, Reach> bodies = new HashMap<>();
    for (Hit hit : hits) {
      boolean body = hit.phrase().kind() == RefKind.BODY;
      Reach sameBody = body ? bodies.computeIfAbsent(hit.phrase().key(), k -> new Reach()) : null;
      boolean dropped = body ? sameBody.holds(hit) : any.overlaps(hit);
      any.add(hit);
      if (body) {
        sameBody.add(hit);
      }
      if (!dropped) {
        Span span = tokens.span(hit.from(), hit.to());
        mentions.add(
            new Mention(hit.phrase().kind(), hit.phrase().key(), span, null, hit.phrase().name()));
      }
    }
    return mentions;
  }

  /**
   * How far the hits seen so far reach, for hits fed in order of start (longest first): tells in
   * constant time whether a longer hit seen before holds, or overlaps, the next one.
   */
  private static final class Reach {
    private int from = -1;
    private int before = -1; // furthest end of hits that start before `from`
    private int same = -1; // furthest end of hits that start at `from`

    /** A longer hit seen before covers all of this one. */
    boolean holds(Hit hit) {
      if (hit.from() != from) {
        return Math.max(before, same) >= hit.to();
      }
      return before >= hit.to() || same > hit.to();
    }

    /**
     * A hit seen before starts earlier and runs into this one, or starts with it and is at least as
     * long (so of two names with the same span, the first one fed wins).
     */
    boolean overlaps(Hit hit) {
      if (hit.from() != from) {
        return Math.max(before, same) > hit.from();
      }
      return before > hit.from() || same >= hit.to();
    }

    void add(Hit hit) {
      if (hit.from() != from) {
        before = Math.max(before, same);
        from = hit.from();
        same = -1;
      }
      same = Math.max(same, hit.to());
    }
  }
}
