/**
 * Regex-and-rule extraction of the references a United Nations document makes. {@link
 * org.citegraph.extractor.Extractor} is the one entry point: bytes or text in, a {@link
 * org.citegraph.extractor.model.Document} out.
 */
@NullMarked
package org.citegraph.extractor;

import org.jspecify.annotations.NullMarked;
