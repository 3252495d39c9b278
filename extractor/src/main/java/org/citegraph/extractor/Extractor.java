package org.citegraph.extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citegraph.extractor.gazetteer.Gazetteer;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;

/**
 * The one entry point of the extractor: a file (bytes or text) in, a {@link Document} with every
 * reference it makes out. Thread-safe once built; build one and share it.
 */
public final class Extractor {
  /** Written on every graph edge as provenance. */
  public static final String VERSION = "0.1.0";

  private final Gazetteer gazetteer;

  public Extractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public static Extractor withDefaults() {
    return new Extractor(Gazetteer.loadDefault());
  }

  public Document extract(Path file) throws IOException, UnreadableDocumentException {
    return extract(file.getFileName().toString(), Files.readAllBytes(file));
  }

  public Document extract(String fileName, byte[] bytes) throws UnreadableDocumentException {
    // TODO(extractor): decode and run the rules; placeholder so other modules can compile.
    return new Document(
        fileName,
        "file:" + fileName,
        DocumentKind.DOCUMENT,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        "",
        List.of(),
        List.of());
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
