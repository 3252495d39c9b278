package org.citegraph.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.RefKind;
import org.jspecify.annotations.Nullable;

/**
 * Compares the extraction of a generated corpus with its {@code manifest.jsonl}: per kind,
 * precision and recall over distinct (document, kind, key), the document fields, and the first
 * mismatches. Streams the manifest alongside the documents (which come in file order, as the
 * manifest lists them), so it holds only the entries read ahead of the extraction.
 */
public final class ManifestCheck implements Consumer<Document>, Closeable {
  private final Manifest.Reader manifest;
  private final int mismatchesKept;
  private final Map<String, ManifestEntry> ahead = new HashMap<>();
  private final Map<RefKind, long[]> counts = new EnumMap<>(RefKind.class);
  private final Map<String, Integer> fields = new TreeMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private int documents;
  private int notInManifest;

  public ManifestCheck(Path manifest, int mismatchesKept) throws IOException {
    this.manifest = Manifest.open(manifest);
    this.mismatchesKept = mismatchesKept;
    for (RefKind kind : RefKind.values()) {
      counts.put(kind, new long[3]);
    }
  }

  @Override
  public void accept(Document document) {
    observe(Observed.of(document));
  }

  /** Scores one extracted document. */
  public void observe(Observed observed) {
    ManifestEntry entry = find(observed.file());
    if (entry == null) {
      notInManifest++;
      mismatch(observed.file(), "document", "not in the manifest");
      return;
    }
    documents++;
    Set<PlantedKey> expected = new TreeSet<>(entry.keys());
    for (PlantedKey key : expected) {
      long[] c = counts.get(key.kind());
      c[0]++;
      if (observed.keys().contains(key)) {
        c[2]++;
      } else {
        mismatch(entry.file(), "missing", key.toString());
      }
    }
    for (PlantedKey key : new TreeSet<>(observed.keys())) {
      counts.get(key.kind())[1]++;
      if (!expected.contains(key)) {
        mismatch(entry.file(), "unexpected", key.toString());
      }
    }
    field(entry.file(), "key", entry.key(), observed.key());
    field(entry.file(), "session", entry.session(), observed.session());
    field(entry.file(), "adopted", entry.adopted(), observed.adopted());
    field(entry.file(), "title", entry.title(), observed.title());
  }

  /** Reads the rest of the manifest and returns the comparison. */
  public CheckReport report() {
    int notExtracted = 0;
    List<ManifestEntry> rest = new ArrayList<>(ahead.values());
    ahead.clear();
    try {
      for (ManifestEntry e = manifest.next(); e != null; e = manifest.next()) {
        rest.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ManifestEntry entry : rest) {
      notExtracted++;
      for (PlantedKey key : new TreeSet<>(entry.keys())) {
        counts.get(key.kind())[0]++;
      }
    }
    Map<RefKind, KindScore> kinds = new EnumMap<>(RefKind.class);
    counts.forEach((kind, c) -> kinds.put(kind, new KindScore(c[0], c[1], c[2])));
    return new CheckReport(documents, notExtracted, notInManifest, kinds, fields, mismatches);
  }

  @Override
  public void close() throws IOException {
    manifest.close();
  }

  private @Nullable ManifestEntry find(String file) {
    ManifestEntry entry = ahead.remove(file);
    if (entry != null) {
      return entry;
    }
    try {
      for (ManifestEntry e = manifest.next(); e != null; e = manifest.next()) {
        if (e.file().equals(file)) {
          return e;
        }
        ahead.put(e.file(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private void field(String file, String name, @Nullable Object expected, @Nullable Object got) {
    if (Objects.equals(expected, got)) {
      fields.merge(name, 1, Integer::sum);
    } else {
      mismatch(file, name, "expected " + expected + " got " + got);
    }
  }

  private void mismatch(String file, String what, String detail) {
    if (mismatches.size() < mismatchesKept) {
      mismatches.add(new Mismatch(file, what, detail));
    }
  }
}
