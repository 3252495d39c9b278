package org.citegraph.extractor.text;

import org.jspecify.annotations.Nullable;

/**
 * A word or punctuation mark of the text: {@code norm} is its lower-case form with curly
 * apostrophes folded when the word is in the rules' vocabulary, else null; {@code stream} tells
 * which flow it belongs to (-1 for the running text, a footnote's line start for the words of that
 * footnote) so that names never run across the two.
 */
public record Token(int start, int end, @Nullable String norm, int stream) {}
