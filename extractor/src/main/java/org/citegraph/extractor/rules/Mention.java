package org.citegraph.extractor.rules;

import java.time.LocalDate;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found: a key and where it stands. The resolve pass adds the clause verb, paragraph,
 * sentence and footnote anchoring to make a {@link org.citegraph.extractor.model.Reference}.
 */
public record Mention(
    RefKind kind, String key, Span span, @Nullable LocalDate date, @Nullable String name) {
  public static Mention of(RefKind kind, String key, Span span) {
    return new Mention(kind, key, span, null, null);
  }
}
