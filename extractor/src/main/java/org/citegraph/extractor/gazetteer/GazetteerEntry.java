package org.citegraph.extractor.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One row of a gazetteer file: a canonical key and the names the texts use for it, the official
 * name first.
 */
public record GazetteerEntry(String key, List<String> names) {
  public GazetteerEntry {
    Objects.requireNonNull(key, "key");
    names = List.copyOf(names);
    if (key.isBlank() || names.isEmpty()) {
      throw new IllegalArgumentException("gazetteer entry '" + key + "' needs a key and a name");
    }
  }

  public String officialName() {
    return names.get(0);
  }
}
