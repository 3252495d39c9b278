/**
 * Canned lineage questions over the citation graph, one {@code .cypher} resource each, run through
 * the driver.
 */
@NullMarked
package org.citegraph.queries;

import org.jspecify.annotations.NullMarked;
