package org.citegraph.bench;

import java.util.Locale;

/**
 * The opening phrase of a paragraph.
 *
 * @param text the phrase as written ({@code Taking note of})
 * @param verb the verb KEYS.md records ({@code taking note})
 * @param takes what may follow: {@code cite}, {@code that}, {@code both}, {@code actor} or {@code
 *     to}
 */
record ClausePhrase(String text, String verb, String takes) {
  ClausePhrase {
    if (!verb.equals(verb.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("verb is not lower case: " + verb);
    }
  }

  boolean cites() {
    return takes.equals("cite") || takes.equals("both");
  }

  boolean takesThat() {
    return takes.equals("that") || takes.equals("both");
  }
}
