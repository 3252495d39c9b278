package org.citegraph.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;

/**
 * Scores extraction records against hand-made gold annotations: precision, recall and F1 per kind
 * over distinct (document, kind, key), verb agreement for resolutions found in both, and the
 * document fields key, session and adopted. Same rules as the team's score.py.
 */
final class GoldScorer {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> KINDS =
      List.of("resolution", "decision", "document", "instrument", "body", "state");

  /** Counts for one kind. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  final Map<String, Tally> byKind = new LinkedHashMap<>();
  final Tally total = new Tally();
  final List<String> errors = new ArrayList<>();
  int verbsRight;
  int verbsAll;

  GoldScorer() {
    KINDS.forEach(k -> byKind.put(k, new Tally()));
  }

  static JsonNode gold(String resource) throws IOException {
    try (InputStream in = GoldScorer.class.getResourceAsStream("/gold/" + resource)) {
      if (in == null) {
        throw new IOException("no gold file " + resource);
      }
      return JSON.readTree(in);
    }
  }

  void score(JsonNode gold, Document got) {
    field("key", gold.path("key").asText(), got.key(), got.file());
    field(
        "session",
        gold.path("session").isNull() ? null : gold.path("session").asInt(),
        got.session(),
        got.file());
    field(
        "adopted",
        gold.path("adopted").isNull() ? null : gold.path("adopted").asText(),
        got.adopted() == null ? null : got.adopted().toString(),
        got.file());
    Map<String, Set<String>> found = new LinkedHashMap<>();
    for (Reference r : got.references()) {
      Set<String> verbs = found.computeIfAbsent(id(r.kind().json(), r.key()), k -> new HashSet<>());
      if (r.verb() != null) {
        verbs.add(r.verb().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    for (String kind : KINDS) {
      gold.path("refs")
          .path(kind)
          .fields()
          .forEachRemaining(
              e -> {
                Set<String> verbs = new HashSet<>();
                e.getValue().forEach(v -> verbs.add(v.asText().toLowerCase(Locale.ROOT)));
                wanted.put(id(kind, e.getKey()), verbs);
              });
    }
    for (var e : found.entrySet()) {
      String kind = e.getKey().substring(0, e.getKey().indexOf('\t'));
      if (wanted.containsKey(e.getKey())) {
        count(kind).tp++;
        Set<String> want = wanted.get(e.getKey());
        if (kind.equals("resolution") && !want.isEmpty()) {
          verbsAll++;
          if (e.getValue().stream().anyMatch(want::contains)) {
            verbsRight++;
          } else {
            errors.add(got.file() + ": verb " + e.getKey() + " " + e.getValue() + " want " + want);
          }
        }
      } else {
        count(kind).fp++;
        errors.add(got.file() + ": FP " + e.getKey());
      }
    }
    for (String key : wanted.keySet()) {
      if (!found.containsKey(key)) {
        count(key.substring(0, key.indexOf('\t'))).fn++;
        errors.add(got.file() + ": FN " + key);
      }
    }
  }

  private Tally count(String kind) {
    return byKind.get(kind);
  }

  private void field(String name, Object want, Object got, String file) {
    if (!Objects.equals(want, got)) {
      errors.add(file + ": " + name + " got " + got + " want " + want);
    }
  }

  double microF1() {
    Tally t = new Tally();
    byKind
        .values()
        .forEach(
            k -> {
              t.tp += k.tp;
              t.fp += k.fp;
              t.fn += k.fn;
            });
    return t.f1();
  }

  String table() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                "%-11s %6s %6s %6s %4s %4s %4s%n", "kind", "P", "R", "F1", "tp", "fp", "fn"));
    byKind.forEach(
        (kind, t) ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "%-11s %6.3f %6.3f %6.3f %4d %4d %4d%n",
                    kind,
                    t.precision(),
                    t.recall(),
                    t.f1(),
                    t.tp,
                    t.fp,
                    t.fn)));
    s.append(
        String.format(
            Locale.ROOT, "micro-F1 %.3f, resolution verbs %d/%d", microF1(), verbsRight, verbsAll));
    return s.toString();
  }

  /** Keys as the score script normalises them: white space folded; instrument names slugged. */
  private static String id(String kind, String key) {
    String k = key.trim().replaceAll("\\s+", " ");
    if (kind.equals(RefKind.INSTRUMENT.json())
        && k.toLowerCase(Locale.ROOT).startsWith("instrument:")) {
      k =
          k.toLowerCase(Locale.ROOT)
              .replace(' ', '-')
              .replaceAll("[^a-z0-9:-]", "")
              .replaceAll("-+", "-");
    }
    return kind + "\t" + k;
  }
}
