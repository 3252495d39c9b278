package org.citegraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.model.RefKind;
import org.jspecify.annotations.Nullable;

/** Builds one paragraph and plants what it names under the paragraph's verb. */
final class ClauseWriter {
  private final Drafting drafting;
  private final String opening;
  private final @Nullable String verb;
  private final List<Piece> rest = new ArrayList<>();
  private int length;

  ClauseWriter(Drafting drafting, String opening, @Nullable String verb) {
    this.drafting = drafting;
    this.opening = opening;
    this.verb = verb;
    this.length = opening.length();
  }

  ClauseWriter text(String text) {
    rest.add(new Piece.Text(text));
    length += text.length();
    return this;
  }

  ClauseWriter seam() {
    rest.add(new Piece.Seam());
    return this;
  }

  /** A footnote with {@code text}, its marker here, planting {@code keys} under this verb. */
  ClauseWriter note(String text, PlantedKey... keys) {
    rest.add(new Piece.Marker(drafting.footnote(text)));
    for (PlantedKey key : keys) {
      plant(key.kind(), key.key());
    }
    length += text.length() + 4;
    return this;
  }

  /** The Treaty Series footnote of {@code instrument}, its marker here. */
  ClauseWriter treatySeries(Instrument instrument) {
    boolean reuse = drafting.random.nextInt(10) < 6;
    rest.add(new Piece.Marker(drafting.treatySeries(instrument, reuse)));
    length += 40;
    return this;
  }

  ClauseWriter plant(RefKind kind, String key) {
    drafting.plant(kind, key, verb);
    return this;
  }

  /** Writes {@code the <name>} and plants the body (and the bodies its name contains). */
  ClauseWriter body(Body body, boolean article) {
    String name = body.names().get(drafting.random.nextInt(body.names().size()));
    text(article ? "the " + name : name);
    if (body.acronym() != null && drafting.random.nextInt(4) == 0) {
      text(" (" + body.acronym() + ")");
    }
    drafting.plantBody(name, verb);
    return this;
  }

  /** Writes the name of a body that is fixed by the grammar ("Human Rights Council resolution"). */
  ClauseWriter bodyName(String name) {
    text(name);
    drafting.plantBody(name, verb);
    return this;
  }

  ClauseWriter state(MemberState state, boolean article) {
    text(article ? state.inText() : state.name());
    drafting.plant(RefKind.STATE, state.iso3(), verb);
    return this;
  }

  boolean footnotes() {
    return drafting.footnotes;
  }

  boolean contains(String text) {
    return rest.stream().anyMatch(p -> p instanceof Piece.Text t && t.text().equals(text));
  }

  int length() {
    return length;
  }

  /** True when the paragraph ends with a marker after a comma, so it needs no closing comma. */
  boolean closedByMarker() {
    if (rest.size() < 2 || !(rest.get(rest.size() - 1) instanceof Piece.Marker)) {
      return false;
    }
    return rest.get(rest.size() - 2) instanceof Piece.Text t && t.text().endsWith(",");
  }

  Clause build(String end) {
    if (!closedByMarker()) {
      text(end);
    }
    return new Clause(opening, rest);
  }
}
