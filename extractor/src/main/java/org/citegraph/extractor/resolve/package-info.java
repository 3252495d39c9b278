/** The later pass: footnote anchors, clause verbs and provenance for every mention. */
@NullMarked
package org.citegraph.extractor.resolve;

import org.jspecify.annotations.NullMarked;
