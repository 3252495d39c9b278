package org.citegraph.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A body of the KEYS.md table as the generator names it.
 *
 * @param key the KEYS.md key ({@code UNODC})
 * @param acronym the acronym a text may add in brackets after the name, or null
 * @param names the names texts use, first the most common
 */
record Body(String key, @Nullable String acronym, List<String> names) {
  Body {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("body " + key + " has no name");
    }
  }

  String name() {
    return names.get(0);
  }
}
