/** Decoding and segmentation: header, clauses (PP/OP), footnotes and their markers. */
@NullMarked
package org.citegraph.extractor.text;

import org.jspecify.annotations.NullMarked;
