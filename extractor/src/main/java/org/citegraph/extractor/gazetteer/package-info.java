/**
 * Vocabularies as data: UN bodies, Member States, instruments, clause verbs and document-symbol
 * series, read once from the UTF-8 files beside this package in the resources.
 */
@NullMarked
package org.citegraph.extractor.gazetteer;

import org.jspecify.annotations.NullMarked;
