package org.citegraph.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;
import org.citegraph.extractor.rules.Mention;
import org.citegraph.extractor.text.Anchor;
import org.citegraph.extractor.text.Clause;
import org.citegraph.extractor.text.Footnote;
import org.citegraph.extractor.text.Layout;
import org.citegraph.extractor.text.Line;
import org.jspecify.annotations.Nullable;

/**
 * Turns mentions into references: a mention in a clause takes the clause's verb and paragraph; a
 * mention in a footnote takes those of every place the footnote's marker stands (a marker used
 * twice makes two references), or {@code FN<n>} and no verb when the marker was lost; a mention in
 * the header has neither; mentions in the trailer (page footers) are dropped.
 */
public final class ReferenceResolver {
  private final Layout layout;
  private final Sentences sentences;

  public ReferenceResolver(Layout layout) {
    this.layout = layout;
    this.sentences = new Sentences(layout);
  }

  public List<Reference> resolve(List<Mention> mentions, String ownKey) {
    List<Reference> references = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.key().equals(ownKey)) {
        continue;
      }
      int at = m.span().start();
      switch (layout.zoneAt(at)) {
        case HEADER -> references.add(reference(m, null, null, null));
        case CLAUSE -> {
          Clause clause = layout.clauseAt(at);
          references.add(reference(m, clause, clause == null ? null : clause.id(), null));
        }
        case FOOTNOTE -> addFootnoted(m, layout.footnoteAt(at), references);
        case TRAILER -> {}
      }
    }
    references.sort(Comparator.comparingInt((Reference r) -> r.span().start()));
    return references;
  }

  private void addFootnoted(Mention m, @Nullable Footnote footnote, List<Reference> into) {
    if (footnote == null) {
      return;
    }
    List<Anchor> anchors = layout.anchors(footnote.number());
    if (anchors.isEmpty()) {
      into.add(reference(m, null, "FN" + footnote.number(), footnote.number()));
      return;
    }
    Set<String> places = new HashSet<>();
    for (Anchor anchor : anchors) {
      Clause clause = anchor.clause();
      String place = clause == null ? null : clause.id();
      if (places.add(String.valueOf(place))) {
        into.add(reference(m, clause, place, footnote.number()));
      }
    }
  }

  /** A footnote's text, or the line a mention stands on. */
  private Span bounds(int at) {
    Footnote footnote = layout.footnoteAt(at);
    if (footnote != null) {
      return footnote.body();
    }
    Line line = layout.lineAt(at);
    return new Span(line.start(), line.end());
  }

  private Reference reference(
      Mention m, @Nullable Clause clause, @Nullable String paragraph, @Nullable Integer footnote) {
    String text = layout.text().substring(m.span().start(), m.span().end());
    return new Reference(
        m.kind(),
        m.key(),
        clause == null ? null : clause.verb(),
        paragraph,
        m.date(),
        m.name(),
        footnote,
        text,
        sentences.around(bounds(m.span().start()), m.span()),
        m.span());
  }
}
