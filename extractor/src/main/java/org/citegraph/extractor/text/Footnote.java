package org.citegraph.extractor.text;

import org.citegraph.extractor.model.Span;

/**
 * The body of footnote {@code number}: {@code body} is its text after the number, {@code line} the
 * whole line it stands on (number and markup included); {@code endnote} is true for the numbered
 * lines printed after the text (Official Document System), false for superscript bodies.
 */
public record Footnote(int number, Span body, Span line, boolean endnote) {}
