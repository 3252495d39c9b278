/** The JSON Lines form of {@link org.citegraph.extractor.model.Document}, as KEYS.md fixes it. */
@NullMarked
package org.citegraph.extractor.json;

import org.jspecify.annotations.NullMarked;
