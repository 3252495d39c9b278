package org.citegraph.extractor.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vocabularies the rules match against, loaded from the resource files beside this class:
 *
 * <ul>
 *   <li>{@code bodies.tsv}: {@code KEY<TAB>official name<TAB>alias...}
 *   <li>{@code states.tsv}: {@code ISO3<TAB>member|observer<TAB>official name<TAB>short name...}
 *   <li>{@code instruments.tsv}: {@code KEY<TAB>official name<TAB>alias...}, KEY being {@code UNTS
 *       <volume>/<number>} or {@code instrument:<slug>}
 *   <li>{@code clause-verbs.txt}: one clause-opening phrase a line, lower case
 *   <li>{@code clause-adverbs.txt}: adverbs that may stand before or after a clause verb
 *   <li>{@code symbol-series.txt}: the first segments a UN document symbol may start with
 * </ul>
 *
 * <p>Lines starting with {@code #} and blank lines are ignored. A missing file is a packaging error
 * and fails fast, naming the file.
 */
public final class Gazetteer {
  private final List<GazetteerEntry> bodies;
  private final List<GazetteerEntry> states;
  private final List<GazetteerEntry> observers;
  private final List<GazetteerEntry> instruments;
  private final List<String> clauseVerbs;
  private final List<String> clauseAdverbs;
  private final List<String> symbolSeries;

  public Gazetteer(
      List<GazetteerEntry> bodies,
      List<GazetteerEntry> states,
      List<GazetteerEntry> observers,
      List<GazetteerEntry> instruments,
      List<String> clauseVerbs,
      List<String> clauseAdverbs,
      List<String> symbolSeries) {
    this.bodies = List.copyOf(bodies);
    this.states = List.copyOf(states);
    this.observers = List.copyOf(observers);
    this.instruments = List.copyOf(instruments);
    this.clauseVerbs = List.copyOf(clauseVerbs);
    this.clauseAdverbs = List.copyOf(clauseAdverbs);
    this.symbolSeries = List.copyOf(symbolSeries);
  }

  /** The vocabularies shipped with citegraph, read once per call. */
  public static Gazetteer loadDefault() {
    List<GazetteerEntry> members = new ArrayList<>();
    List<GazetteerEntry> observers = new ArrayList<>();
    for (String[] row : rows("states.tsv")) {
      if (row.length < 3) {
        throw new IllegalStateException("states.tsv: too few columns for " + row[0]);
      }
      GazetteerEntry entry = new GazetteerEntry(row[0], Arrays.asList(row).subList(2, row.length));
      switch (row[1]) {
        case "member" -> members.add(entry);
        case "observer" -> observers.add(entry);
        default -> throw new IllegalStateException("states.tsv: bad status '" + row[1] + "'");
      }
    }
    return new Gazetteer(
        entries("bodies.tsv"),
        members,
        observers,
        entries("instruments.tsv"),
        lines("clause-verbs.txt"),
        lines("clause-adverbs.txt"),
        lines("symbol-series.txt"));
  }

  public List<GazetteerEntry> bodies() {
    return bodies;
  }

  /** The 193 Member States. */
  public List<GazetteerEntry> states() {
    return states;
  }

  /** Non-member observer States (Holy See, State of Palestine). */
  public List<GazetteerEntry> observers() {
    return observers;
  }

  public List<GazetteerEntry> instruments() {
    return instruments;
  }

  public List<String> clauseVerbs() {
    return clauseVerbs;
  }

  public List<String> clauseAdverbs() {
    return clauseAdverbs;
  }

  public List<String> symbolSeries() {
    return symbolSeries;
  }

  private static List<GazetteerEntry> entries(String file) {
    List<GazetteerEntry> entries = new ArrayList<>();
    for (String[] row : rows(file)) {
      if (row.length < 2) {
        throw new IllegalStateException(file + ": no name for key " + row[0]);
      }
      entries.add(new GazetteerEntry(row[0], Arrays.asList(row).subList(1, row.length)));
    }
    return entries;
  }

  private static List<String[]> rows(String file) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(file)) {
      rows.add(line.split("\t"));
    }
    return rows;
  }

  /** The non-blank, non-comment lines of a resource file, trimmed of trailing blanks. */
  static List<String> lines(String file) {
    InputStream in = Gazetteer.class.getResourceAsStream(file);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("gazetteer file missing from the class path: " + file));
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String stripped = line.stripTrailing();
        if (!stripped.isBlank() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
    return lines;
  }
}
