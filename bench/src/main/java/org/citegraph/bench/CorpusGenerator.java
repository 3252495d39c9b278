package org.citegraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus: {@code N} resolutions in the three input shapes and {@code
 * manifest.jsonl}, which lists for each file its own key and every reference planted in it. The
 * same seed gives the same bytes. Documents are composed, written and forgotten one at a time, so
 * memory does not grow with {@code N}.
 */
public final class CorpusGenerator {
  private final ResolutionComposer composer;

  /** A generator of {@link Density#DENSE} corpora, the extractor's stress test. */
  public CorpusGenerator(Vocabulary vocabulary) {
    this(vocabulary, Density.DENSE);
  }

  public CorpusGenerator(Vocabulary vocabulary, Density density) {
    this.composer = new ResolutionComposer(vocabulary, density);
  }

  public static CorpusGenerator withDefaults() {
    return new CorpusGenerator(Vocabulary.load());
  }

  public static CorpusGenerator withDefaults(Density density) {
    return new CorpusGenerator(Vocabulary.load(), density);
  }

  /**
   * Writes {@code documents} files and the manifest into {@code folder}, which must be empty or
   * absent.
   */
  public GenerationSummary generate(Path folder, int documents, long seed) throws IOException {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must not be negative: " + documents);
    }
    Files.createDirectories(folder);
    try (Stream<Path> present = Files.list(folder)) {
      if (present.findAny().isPresent()) {
        throw new IllegalArgumentException("folder is not empty: " + folder);
      }
    }
    long start = System.nanoTime();
    SplittableRandom root = new SplittableRandom(seed);
    Map<Shape, Integer> shapes = new EnumMap<>(Shape.class);
    long bytes = 0;
    try (BufferedWriter manifest =
        Files.newBufferedWriter(folder.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        Generated doc = document(i, root.split(), root.split());
        byte[] content = doc.text().getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(doc.entry().file()), content);
        Manifest.write(manifest, doc.entry());
        bytes += content.length;
        shapes.merge(doc.resolution().shape(), 1, Integer::sum);
      }
    }
    return new GenerationSummary(documents, bytes, shapes, (System.nanoTime() - start) / 1e9);
  }

  /** One composed, rendered document and its manifest line. */
  record Generated(SyntheticResolution resolution, String text, ManifestEntry entry) {}

  Generated document(int index, SplittableRandom content, SplittableRandom noise) {
    SyntheticResolution r = composer.compose(index, content);
    String text = Renderer.of(r.shape()).render(r, noise);
    List<ManifestEntry.PlantedRef> refs = new ArrayList<>();
    for (Map.Entry<PlantedKey, Set<String>> planted : r.planted().entrySet()) {
      refs.add(new ManifestEntry.PlantedRef(planted.getKey(), List.copyOf(planted.getValue())));
    }
    ManifestEntry entry =
        new ManifestEntry(
            r.file(), r.shape().json(), r.key(), r.session(), r.adopted(), r.title(), refs);
    return new Generated(r, text, entry);
  }
}
