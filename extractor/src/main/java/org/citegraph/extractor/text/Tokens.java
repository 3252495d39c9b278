package org.citegraph.extractor.text;

import java.util.Arrays;
import org.citegraph.extractor.model.Span;

/**
 * The words and punctuation marks of one flow of text (the running text, or one footnote), in
 * order: token {@code i} covers {@code [start(i), end(i))} and is word {@link #word(i)} of the
 * {@link Vocabulary} ({@link Vocabulary#NONE} for a word the rules do not know). Held as columns of
 * ints rather than one object per token: a document has thousands of tokens. A slice shares the
 * columns of the tokens it was cut from.
 */
public final class Tokens {
  private int[] starts;
  private int[] ends;
  private int[] words;
  private final int offset;
  private int size;

  Tokens(int capacity) {
    int n = Math.max(16, capacity);
    this.starts = new int[n];
    this.ends = new int[n];
    this.words = new int[n];
    this.offset = 0;
  }

  private Tokens(Tokens of, int from, int to) {
    this.starts = of.starts;
    this.ends = of.ends;
    this.words = of.words;
    this.offset = of.offset + from;
    this.size = to - from;
  }

  void add(int start, int end, int word) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, 2 * size);
      ends = Arrays.copyOf(ends, 2 * size);
      words = Arrays.copyOf(words, 2 * size);
    }
    starts[size] = start;
    ends[size] = end;
    words[size] = word;
    size++;
  }

  /** Tokens {@code [from, to)} of these, sharing their storage; the tokens must be complete. */
  Tokens slice(int from, int to) {
    return new Tokens(this, from, to);
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[offset + i];
  }

  public int end(int i) {
    return ends[offset + i];
  }

  /** The token's id in the vocabulary, or {@link Vocabulary#NONE}. */
  public int word(int i) {
    return words[offset + i];
  }

  /** The span from the first to the last of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(start(from), end(to - 1));
  }
}
