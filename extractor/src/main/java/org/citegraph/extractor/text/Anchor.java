package org.citegraph.extractor.text;

import org.jspecify.annotations.Nullable;

/** Where a footnote's marker stands: the marker and the clause around it (null outside clauses). */
public record Anchor(Marker marker, @Nullable Clause clause) {}
