package org.citegraph.extractor.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.text.Token;
import org.citegraph.extractor.text.Vocabulary;

/**
 * A word trie over gazetteer names: finds every place where a known name stands in a token stream,
 * in time proportional to the text. Names written all in capitals (acronyms) and names marked
 * case-sensitive (Member States) must match letter for letter; other names match whatever their
 * case.
 */
public final class PhraseIndex {
  /** A name to find, and what it stands for. */
  public record Phrase(RefKind kind, String key, String name, List<String> words, boolean exact) {}

  /** A place where a phrase stands: tokens {@code [from, to)}. */
  public record Hit(Phrase phrase, int from, int to) {}

  // Same word shapes as the Tokenizer: "Inter-Agency", "Children's", "1930", ",", "(".
  private static final Pattern WORD =
      Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\d+(?:-\\d+)*|[,.()]");

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Phrase> phrases = new ArrayList<>(1);
  }

  private final Node root = new Node();
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
    Node node = root;
    for (String word : words) {
      vocabulary.add(word);
      node = node.next.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new Node());
    }
    node.phrases.add(new Phrase(kind, key, name, words, exact || acronym));
  }

  /** Every hit in {@code tokens}; hits never cross from one token stream to another. */
  public List<Hit> find(List<Token> tokens, String text) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Node node = root.next.get(tokens.get(i).norm());
      int stream = tokens.get(i).stream();
      for (int j = i; node != null; ) {
        for (Phrase phrase : node.phrases) {
          if (!phrase.exact() || sameLetters(phrase, tokens, i, text)) {
            hits.add(new Hit(phrase, i, j + 1));
          }
        }
        j++;
        if (j >= tokens.size() || tokens.get(j).stream() != stream) {
          break;
        }
        node = node.next.get(tokens.get(j).norm());
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

  private static boolean sameLetters(Phrase phrase, List<Token> tokens, int from, String text) {
    for (int k = 0; k < phrase.words().size(); k++) {
      Token t = tokens.get(from + k);
      String original = text.substring(t.start(), t.end()).replace('’', '\'');
      if (!original.equals(phrase.words().get(k))) {
        return false;
      }
    }
    return true;
  }
}
