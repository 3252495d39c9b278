package org.citegraph.bench;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code manifest.jsonl}: what the generator put in one document.
 *
 * @param file the file name
 * @param shape {@code ods}, {@code markdown} or {@code model-un}
 * @param key the document's own KEYS.md key
 * @param session the session number
 * @param adopted the adoption date, or null when the text gives none
 * @param title the title
 * @param refs every distinct (kind, key) planted, sorted, with the verbs of the paragraphs where it
 *     (or its footnote marker) stands
 */
public record ManifestEntry(
    String file,
    String shape,
    String key,
    int session,
    @Nullable LocalDate adopted,
    String title,
    List<PlantedRef> refs) {

  public ManifestEntry {
    refs = List.copyOf(refs);
  }

  /** A planted reference and its verbs (empty when it stands outside any paragraph). */
  public record PlantedRef(PlantedKey key, List<String> verbs) {
    public PlantedRef {
      verbs = List.copyOf(verbs);
    }
  }

  public List<PlantedKey> keys() {
    return refs.stream().map(PlantedRef::key).toList();
  }
}
