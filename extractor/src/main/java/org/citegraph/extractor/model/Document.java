package org.citegraph.extractor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input file and everything it cites: the record {@code citegraph extract --json} prints.
 *
 * @param file the file name (no folder)
 * @param key the document's own key ({@code GA 67/190}, a draft's symbol, or {@code file:<name>})
 * @param kind resolution, draft or document
 * @param symbol the document's own UN symbol as the text gives it ({@code A/RES/67/190}), or null
 * @param title the title, or null
 * @param session the session number, or null
 * @param adopted the adoption date (never the distribution date), or null
 * @param report the symbol of the committee report the resolution was adopted on, or null
 * @param sponsors the ISO3 keys of a draft's sponsor States, in the order of the text
 * @param checksum SHA-256 of the file's bytes, lower-case hex
 * @param references every reference, in the order of the text
 * @param diagnostics what was odd about the input
 */
public record Document(
    String file,
    String key,
    DocumentKind kind,
    @Nullable String symbol,
    @Nullable String title,
    @Nullable Integer session,
    @Nullable LocalDate adopted,
    @Nullable String report,
    List<String> sponsors,
    String checksum,
    List<Reference> references,
    List<Diagnostic> diagnostics) {

  public Document {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(checksum, "checksum");
    sponsors = List.copyOf(sponsors);
    references = List.copyOf(references);
    diagnostics = List.copyOf(diagnostics);
  }
}
