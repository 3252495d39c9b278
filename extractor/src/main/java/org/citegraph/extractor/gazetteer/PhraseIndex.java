package org.citegraph.extractor.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Tokens;
import org.citegraph.extractor.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A word trie over gazetteer names, keyed by vocabulary ids: finds every place where a known name
 * stands in a flow of tokens, in time proportional to the text. Names written all in capitals
 * (acronyms) and names marked case-sensitive (Member States) must match letter for letter; other
 * names match whatever their case.
 */
public final class PhraseIndex {
  /** A name to find, and what it stands for. */
  public record Phrase(RefKind kind, String key, String name, List<String> words, boolean exact) {}

  /** A place where a phrase stands: tokens {@code [from, to)}. */
  public record Hit(Phrase phrase, int from, int to) {}

  // Same word shapes as the Tokenizer: "Inter-Agency", "Children's", "1930", ",", "(".
  private static final Pattern WORD =
      Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\d+(?:-\\d+)*|[,.()]");

  /** A trie node: its children by vocabulary id, and the phrases that end here. */
  private static final class Node {
    private int[] words = new int[0];
    private Node[] children = new Node[0];
    final List<Phrase> phrases = new ArrayList<>(1);

    /** Most nodes have one child or two: a scan beats a hash. */
    @Nullable Node next(int word) {
      for (int k = 0; k < words.length; k++) {
        if (words[k] == word) {
          return children[k];
        }
      }
      return null;
    }

    Node add(int word) {
      Node child = next(word);
      if (child == null) {
        child = new Node();
        words = Arrays.copyOf(words, words.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        words[words.length - 1] = word;
        children[children.length - 1] = child;
      }
      return child;
    }
  }

  private Node[] firstWords = new Node[0]; // the root of the trie, by the id of a name's first word
  private final Vocabulary vocabulary = new Vocabulary();

  /** Every word of every name: what a tokenizer must normalise for {@link #find} to see it. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Adds a name; {@code exact} asks for a letter-for-letter match. */
  public void add(RefKind kind, String key, String name, boolean exact) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no words in name '" + name + "' of " + key);
    }
    boolean acronym = name.equals(name.toUpperCase(Locale.ROOT));
    int first = vocabulary.add(words.get(0));
    if (first >= firstWords.length) {
      firstWords = Arrays.copyOf(firstWords, first + 1);
    }
    if (firstWords[first] == null) {
      firstWords[first] = new Node();
    }
    Node node = firstWords[first];
    for (String word : words.subList(1, words.size())) {
      node = node.add(vocabulary.add(word));
    }
    node.phrases.add(new Phrase(kind, key, name, words, exact || acronym));
  }

  /** Every hit in {@code tokens}, one flow of text. */
  public List<Hit> find(Tokens tokens, String text) {
    List<Hit> hits = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      int first = tokens.word(i);
      Node node = first >= 0 && first < firstWords.length ? firstWords[first] : null;
      for (int j = i; node != null; ) {
        for (Phrase phrase : node.phrases) {
          if (!phrase.exact() || sameLetters(phrase, tokens, i, text)) {
            hits.add(new Hit(phrase, i, j + 1));
          }
        }
        j++;
        if (j >= n) {
          break;
        }
        node = node.next(tokens.word(j));
      }
    }
    return hits;
  }

  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(name.replace('’', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static boolean sameLetters(Phrase phrase, Tokens tokens, int from, String text) {
    for (int k = 0; k < phrase.words().size(); k++) {
      String word = phrase.words().get(k);
      int start = tokens.start(from + k);
      if (tokens.end(from + k) - start != word.length()) {
        return false;
      }
      for (int c = 0; c < word.length(); c++) {
        char original = text.charAt(start + c);
        if ((original == '’' ? '\'' : original) != word.charAt(c)) {
          return false;
        }
      }
    }
    return true;
  }
}
