package org.citegraph.extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.citegraph.extractor.model.Document;

/**
 * The documents named on a command line: files as given, folders walked (sorted, recursively) for
 * {@code .txt} and {@code .md} files. Documents are read and extracted one at a time, so memory
 * stays bounded whatever the size of the corpus. A path that fails is reported and skipped.
 */
public final class Corpus {
  private final List<Path> inputs;

  public Corpus(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** True for the file names citegraph reads as documents. */
  public static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".md");
  }

  /**
   * Expands the inputs to document files. Missing paths and folders with no documents are reported
   * to {@code onError} (path, reason).
   */
  public List<Path> files(BiConsumer<Path, String> onError) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = walk(input, onError);
        if (found.isEmpty()) {
          onError.accept(input, "no .txt or .md documents in this folder");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        onError.accept(input, "no such file or folder");
      }
    }
    return files;
  }

  /**
   * Extracts every document in turn, handing each to {@code onDocument}; a file that cannot be read
   * is reported to {@code onError} and the others go on.
   *
   * @return how many inputs failed (unreadable files, missing paths, empty folders)
   */
  public int forEach(
      Extractor extractor, Consumer<Document> onDocument, BiConsumer<Path, String> onError) {
    int[] failed = {0};
    BiConsumer<Path, String> counting =
        (path, reason) -> {
          failed[0]++;
          onError.accept(path, reason);
        };
    for (Path file : files(counting)) {
      try {
        onDocument.accept(extractor.extract(file));
      } catch (UnreadableDocumentException e) {
        counting.accept(file, e.getMessage());
      } catch (IOException e) {
        counting.accept(file, "cannot read: " + e.getMessage());
      }
    }
    return failed[0];
  }

  private static List<Path> walk(Path folder, BiConsumer<Path, String> onError) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).filter(Corpus::isDocument).sorted().toList();
    } catch (IOException | RuntimeException e) {
      onError.accept(folder, "cannot list folder: " + e.getMessage());
      return List.of();
    }
  }
}
