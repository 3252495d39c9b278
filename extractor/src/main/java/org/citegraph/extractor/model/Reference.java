package org.citegraph.extractor.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One place where a document cites something.
 *
 * @param kind what is cited
 * @param key the canonical key of what is cited ({@code GA 64/178}, {@code UNTS 2225/39574})
 * @param verb the opening phrase of the clause the reference (or its footnote marker) stands in,
 *     lower case ({@code recalling also}); null outside any clause
 * @param paragraph {@code PP<n>}, {@code OP<n>}, {@code FN<n>} for a footnote with no anchor, or
 *     null where the document has no such structure
 * @param date the date the text gives for a resolution or decision ("of 18 December 2009")
 * @param name the name the text gives for an instrument or body
 * @param footnote the number of the footnote the reference was made in, or null in the body text
 * @param text the source text of the mention, exactly {@code source.substring(span)}
 * @param sentence the sentence (or footnote) the mention comes from, whitespace folded
 * @param span where {@link #text} stands in the decoded source file
 */
public record Reference(
    RefKind kind,
    String key,
    @Nullable String verb,
    @Nullable String paragraph,
    @Nullable LocalDate date,
    @Nullable String name,
    @Nullable Integer footnote,
    String text,
    String sentence,
    Span span) {

  public Reference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(span, "span");
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank key for " + kind + " at " + span);
    }
  }
}
