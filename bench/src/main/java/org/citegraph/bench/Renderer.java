package org.citegraph.bench;

import java.util.SplittableRandom;

/** Writes a composed resolution as the text of one input shape. */
interface Renderer {
  /**
   * The text of the file. {@code random} decides only the noise of the shape (italics, page breaks,
   * where footnote bodies fall), never what is planted.
   */
  String render(SyntheticResolution resolution, SplittableRandom random);

  static Renderer of(Shape shape) {
    return switch (shape) {
      case ODS -> new OdsRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case MODEL_UN -> new ModelUnRenderer();
    };
  }
}
