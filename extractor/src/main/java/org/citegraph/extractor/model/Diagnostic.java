package org.citegraph.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * Something odd the extractor met and worked around, e.g. a footnote whose marker was lost or a
 * blank symbol. Extraction never throws on odd input; it reports here instead.
 */
public record Diagnostic(String message, @Nullable Span span) {}
