package org.citegraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The word lists the generator draws from: bodies, States, instruments, clause phrases, filler and
 * numbering tables, read from UTF-8 resources next to this class (one entry a line, {@code #}
 * comments, tab-separated columns). Immutable; load once and share.
 */
public final class Vocabulary {
  private static final Map<String, Pattern> WHOLE_WORDS = new ConcurrentHashMap<>();

  final List<Body> bodies;
  final List<MemberState> states;
  final List<Instrument> instruments;
  final List<ClausePhrase> preambularPhrases;
  final List<ClausePhrase> operativePhrases;
  final List<String> thatClauses;
  final List<String> nounPhrases;
  final List<String> actions;
  final List<String> actors;
  final List<String> topics;
  final List<String> agendaItems;
  final TreeMap<Integer, Integer> securityCouncilFirsts;
  final TreeMap<Integer, Integer> assemblyFirsts;
  private final Map<String, List<String>> bodiesWithin;

  private Vocabulary() {
    bodies =
        rows(
            "bodies.tsv",
            c -> new Body(c[0], c[1].equals("-") ? null : c[1], List.of(c[2].split("\\|"))));
    states = rows("states.tsv", c -> new MemberState(c[0], c[1], c[2].equals("the")));
    instruments =
        rows(
            "instruments.tsv",
            c -> new Instrument(Integer.parseInt(c[0]), Integer.parseInt(c[1]), c[2]));
    preambularPhrases = rows("preambular-phrases.tsv", c -> new ClausePhrase(c[0], c[1], c[2]));
    operativePhrases = rows("operative-phrases.tsv", c -> new ClausePhrase(c[0], c[1], c[2]));
    thatClauses = lines("that-clauses.txt");
    nounPhrases = lines("noun-phrases.txt");
    actions = lines("actions.txt");
    actors = lines("actors.txt");
    topics = lines("topics.txt");
    agendaItems = lines("agenda-items.txt");
    securityCouncilFirsts = table("security-council-numbers.tsv");
    assemblyFirsts = table("assembly-numbers.tsv");
    bodiesWithin = new TreeMap<>();
    for (Body body : bodies) {
      for (String name : body.names()) {
        bodiesWithin.put(name, keysNamedIn(name));
      }
    }
  }

  /** Loads the lists shipped with citegraph-bench. */
  public static Vocabulary load() {
    return new Vocabulary();
  }

  /** The key of the body named {@code name} and of every other body its name contains. */
  List<String> bodiesNamedBy(String name) {
    List<String> keys = bodiesWithin.get(name);
    if (keys == null) {
      throw new IllegalArgumentException("not a body name: " + name);
    }
    return keys;
  }

  Body body(String key) {
    return bodies.stream()
        .filter(b -> b.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no body " + key));
  }

  /** Every body whose name stands in {@code text} as whole words, in table order. */
  List<String> keysNamedIn(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (Body body : bodies) {
      for (String name : body.names()) {
        if (containsWords(text, name)) {
          keys.add(body.key());
        }
      }
    }
    return List.copyOf(keys);
  }

  /** True when {@code words} stand in {@code text} as whole words (not inside a longer word). */
  static boolean containsWords(String text, String words) {
    return text.contains(words)
        && WHOLE_WORDS
            .computeIfAbsent(
                words, w -> Pattern.compile("(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])"))
            .matcher(text)
            .find();
  }

  private static <T> List<T> rows(String name, Function<String[], T> row) {
    List<T> out = new ArrayList<>();
    for (String line : lines(name)) {
      String[] cells = line.split("\t", -1);
      try {
        out.add(row.apply(cells));
      } catch (RuntimeException e) {
        throw new IllegalStateException(name + ": bad row '" + line + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static TreeMap<Integer, Integer> table(String name) {
    TreeMap<Integer, Integer> out = new TreeMap<>();
    for (String[] c : rows(name, c -> c)) {
      out.put(Integer.parseInt(c[0]), Integer.parseInt(c[1]));
    }
    return out;
  }

  static List<String> lines(String name) {
    InputStream in = Vocabulary.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("missing resource org/citegraph/bench/" + name));
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/citegraph/bench/" + name, e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("empty resource org/citegraph/bench/" + name);
    }
    return List.copyOf(out);
  }
}
