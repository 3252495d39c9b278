package org.citegraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citegraph.extractor.model.RefKind;
import org.jspecify.annotations.Nullable;

/**
 * The state of one document while it is composed: its footnotes, numbered in order of first use,
 * and every key planted so far with the verbs of the paragraphs it stands in.
 */
final class Drafting {
  final SplittableRandom random;
  final Vocabulary vocabulary;
  final boolean footnotes;
  private final List<Footnote> notes = new ArrayList<>();
  private final Map<PlantedKey, TreeSet<String>> planted = new TreeMap<>();
  private final Map<String, Integer> instrumentNotes = new HashMap<>();

  Drafting(SplittableRandom random, Vocabulary vocabulary, boolean footnotes) {
    this.random = random;
    this.vocabulary = vocabulary;
    this.footnotes = footnotes;
  }

  ClauseWriter clause(String opening, @Nullable String verb) {
    return new ClauseWriter(this, opening, verb);
  }

  void plant(RefKind kind, String key, @Nullable String verb) {
    TreeSet<String> verbs =
        planted.computeIfAbsent(new PlantedKey(kind, key), k -> new TreeSet<>());
    if (verb != null) {
      verbs.add(verb);
    }
  }

  /** Plants the body named {@code name} and every body its name contains. */
  void plantBody(String name, @Nullable String verb) {
    for (String key : vocabulary.bodiesNamedBy(name)) {
      plant(RefKind.BODY, key, verb);
    }
  }

  /** Adds a footnote and returns its number. */
  int footnote(String text) {
    if (!footnotes) {
      throw new IllegalStateException("this shape has no footnotes: " + text);
    }
    int number = notes.size() + 1;
    notes.add(new Footnote(number, text, false, false));
    return number;
  }

  /**
   * The footnote giving the Treaty Series registration of {@code instrument}: the one already made
   * for it when {@code reuse}, else a new one, written "Ibid." when it follows another Treaty
   * Series footnote.
   */
  int treatySeries(Instrument instrument, boolean reuse) {
    Integer earlier = instrumentNotes.get(instrument.key());
    if (reuse && earlier != null) {
      return earlier;
    }
    boolean ibid = !notes.isEmpty() && notes.get(notes.size() - 1).treatySeries();
    String series = ibid ? "Ibid.," : "United Nations, Treaty Series,";
    String text = series + " vol. " + instrument.volume() + ", No. " + instrument.number() + ".";
    int number = notes.size() + 1;
    notes.add(new Footnote(number, text, true, ibid));
    instrumentNotes.put(instrument.key(), number);
    return number;
  }

  List<Footnote> footnotes() {
    return List.copyOf(notes);
  }

  Map<PlantedKey, Set<String>> planted() {
    Map<PlantedKey, Set<String>> out = new LinkedHashMap<>();
    planted.forEach(
        (key, verbs) -> out.put(key, Collections.unmodifiableSet(new TreeSet<>(verbs))));
    return Collections.unmodifiableMap(out);
  }
}
