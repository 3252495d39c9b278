package org.citegraph.bench;

import java.util.Comparator;
import org.citegraph.extractor.model.RefKind;

/**
 * One reference the generator planted in a document, or one the extractor found: a kind and a
 * KEYS.md key. Ordered by kind, then key.
 */
public record PlantedKey(RefKind kind, String key) implements Comparable<PlantedKey> {
  private static final Comparator<PlantedKey> ORDER =
      Comparator.comparing(PlantedKey::kind).thenComparing(PlantedKey::key);

  public PlantedKey {
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank key for " + kind);
    }
  }

  @Override
  public int compareTo(PlantedKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.json() + " " + key;
  }
}
