package org.citegraph.extractor.model;

import java.util.Locale;

/** What an input file is: an adopted resolution, a draft, or any other document. */
public enum DocumentKind {
  RESOLUTION,
  DRAFT,
  DOCUMENT;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DocumentKind fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
