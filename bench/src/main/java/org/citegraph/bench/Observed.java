package org.citegraph.bench;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * What the extractor found in one document, reduced to what the manifest can check: its identity
 * and the distinct (kind, key) pairs of its references.
 */
public record Observed(
    String file,
    String key,
    @Nullable Integer session,
    @Nullable LocalDate adopted,
    @Nullable String title,
    Set<PlantedKey> keys) {

  public Observed {
    keys = Set.copyOf(keys);
  }

  public static Observed of(Document document) {
    Set<PlantedKey> keys = new TreeSet<>();
    for (Reference reference : document.references()) {
      keys.add(new PlantedKey(reference.kind(), reference.key()));
    }
    return new Observed(
        document.file(),
        document.key(),
        document.session(),
        document.adopted(),
        document.title(),
        keys);
  }
}
