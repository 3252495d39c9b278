package org.citegraph.extractor.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words the rules care about (every word of every gazetteer name, and the words of instrument
 * titles), each with a small number, its id. Words of the text are looked up straight from the text
 * without building a string, from a hash the tokenizer computes as it reads the word (see {@link
 * #hash}): a word of the text that is in the vocabulary gets its id, any other word {@link #NONE}.
 * This keeps tokenizing free of allocation, and lets the rules compare ids, not strings.
 */
public final class Vocabulary {
  /** The id of a word that is not in the vocabulary. */
  public static final int NONE = -1;

  private int[] slots = new int[1024]; // id + 1 of the word hashed there, 0 for none
  private String[] words = new String[256]; // by id: the lower-case form
  private int[] hashes = new int[256]; // by id
  private int size;

  /** Adds a word (any case; curly apostrophes count as straight ones) and returns its id. */
  public int add(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int hash = hash(lower, 0, lower.length());
    int known = id(lower, 0, lower.length(), hash);
    if (known != NONE) {
      return known;
    }
    if (size == words.length) {
      words = Arrays.copyOf(words, 2 * size);
      hashes = Arrays.copyOf(hashes, 2 * size);
    }
    words[size] = lower;
    hashes[size] = hash;
    size++;
    if (2 * size > slots.length) {
      slots = new int[slots.length * 2];
      for (int id = 0; id < size; id++) {
        insert(id);
      }
    } else {
      insert(size - 1);
    }
    return size - 1;
  }

  /** The id of {@code text[start, end)}, or {@link #NONE}. */
  public int id(CharSequence text, int start, int end) {
    return id(text, start, end, hash(text, start, end));
  }

  /** The id of {@code text[start, end)} whose {@link #hash} is {@code hash}, or {@link #NONE}. */
  public int id(CharSequence text, int start, int end, int hash) {
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return NONE;
      }
      int id = slot - 1;
      if (hashes[id] == hash && same(words[id], text, start, end)) {
        return id;
      }
    }
  }

  /** The id of {@code text[start, end)} whose {@link #hash} is {@code hash}, or {@link #NONE}. */
  public int id(char[] text, int start, int end, int hash) {
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return NONE;
      }
      int id = slot - 1;
      if (hashes[id] == hash && same(words[id], text, start, end)) {
        return id;
      }
    }
  }

  /** The lower-case form of the word with this id. */
  public String word(int id) {
    return words[id];
  }

  /** The hash of a word read so far ({@code hash}) followed by {@code c}; a word starts at 0. */
  public static int hash(int hash, char c) {
    return 31 * hash + fold(c);
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = hash(h, text.charAt(i));
    }
    return h;
  }

  private void insert(int id) {
    int mask = slots.length - 1;
    int i = spread(hashes[id]) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
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

  private static boolean same(String word, char[] text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != fold(text[start + i])) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }
}
