package org.citegraph.extractor.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words the rules care about (every word of every gazetteer name, and the words of instrument
 * titles), looked up straight from the text without building a string: a word of the text that is
 * in the vocabulary gets the vocabulary's shared lower-case string, any other word gets null. This
 * keeps tokenizing free of allocation for the bulk of the words.
 */
public final class Vocabulary {
  private String[] table = new String[1024];
  private int size;

  /** Adds a word (any case; curly apostrophes count as straight ones). */
  public void add(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lookup(lower, 0, lower.length()) != null) {
      return;
    }
    if (2 * (size + 1) > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      size = 0;
      for (String w : old) {
        if (w != null) {
          insert(w);
        }
      }
    }
    insert(lower);
  }

  /** The vocabulary's lower-case form of {@code text[start, end)}, or null if it is not a word. */
  public @Nullable String lookup(CharSequence text, int start, int end) {
    int mask = table.length - 1;
    for (int i = hash(text, start, end) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) {
        return null;
      }
      if (same(w, text, start, end)) {
        return w;
      }
    }
  }

  private void insert(String word) {
    int mask = table.length - 1;
    int i = hash(word, 0, word.length()) & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = word;
    size++;
  }

  private static boolean same(String word, CharSequence text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }
}
