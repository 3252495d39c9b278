package org.citegraph.extractor.rules;

import java.time.LocalDate;
import java.util.List;
import org.citegraph.extractor.model.DocumentKind;
import org.jspecify.annotations.Nullable;

/** Who a document is: its own key and the facts its header and trailer state about it. */
public record Identity(
    String key,
    DocumentKind kind,
    String body,
    @Nullable String symbol,
    @Nullable String title,
    @Nullable Integer session,
    @Nullable LocalDate adopted,
    @Nullable String report,
    List<String> sponsors) {
  public Identity {
    sponsors = List.copyOf(sponsors);
  }
}
