package org.citegraph.extractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;

/** Shared test inputs: the seed corpus, a default extractor, small documents built from clauses. */
public final class Fixtures {
  public static final Extractor EXTRACTOR = Extractor.withDefaults();

  private Fixtures() {}

  /** The project's seed documents ({@code seeds/} at the repository root). */
  public static Path seedsDir() {
    Path dir = Path.of(System.getProperty("citegraph.seeds", "../seeds"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed folder not found: " + dir.toAbsolutePath());
    }
    return dir;
  }

  public static List<Path> seeds() {
    try (Stream<Path> files = Files.list(seedsDir())) {
      return files.filter(Corpus::isDocument).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document extract(Path file) {
    try {
      return EXTRACTOR.extract(file);
    } catch (IOException | UnreadableDocumentException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  /** A General Assembly resolution whose preamble is the given paragraphs, one per line. */
  public static Document resolution(String... paragraphs) {
    StringBuilder text =
        new StringBuilder(
            "Resolution adopted by the General Assembly\n\nThe General Assembly,\n\n");
    for (String paragraph : paragraphs) {
      text.append(paragraph).append("\n\n");
    }
    return EXTRACTOR.extractText("case.txt", text.toString());
  }

  /** The distinct keys of one kind a document cites, sorted. */
  public static Set<String> keys(Document document, RefKind kind) {
    Set<String> keys = new TreeSet<>();
    for (Reference r : document.references()) {
      if (r.kind() == kind) {
        keys.add(r.key());
      }
    }
    return keys;
  }
}
