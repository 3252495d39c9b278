package org.citegraph.extractor.model;

import java.util.Locale;

/** The kinds of node a document can cite; {@link #json()} is the name used in records. */
public enum RefKind {
  RESOLUTION,
  DECISION,
  DOCUMENT,
  INSTRUMENT,
  BODY,
  STATE;

  /** The lower-case name used in JSON records and graph labels, e.g. {@code "resolution"}. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the JSON name ({@code "resolution"}) back to the constant. */
  public static RefKind fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
