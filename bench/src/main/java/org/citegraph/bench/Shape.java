package org.citegraph.bench;

import java.util.Locale;

/** The three shapes citegraph reads. */
public enum Shape {
  /** Plain text from the Official Document System: glued markers, footnotes at the end, footer. */
  ODS,
  /** Markdown converted from PDF: {@code <sup>} markers, footnote bodies between paragraphs. */
  MARKDOWN,
  /** A Model-UN text: no symbol, "Resolution #N", no footnotes. */
  MODEL_UN;

  public String json() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
