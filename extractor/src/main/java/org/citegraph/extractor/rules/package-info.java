/** One rule per reference kind, each finding mentions in the segmented text. */
@NullMarked
package org.citegraph.extractor.rules;

import org.jspecify.annotations.NullMarked;
