/**
 * Writes extraction records to Neo4j through the official driver, batched and incremental. {@link
 * org.citegraph.graph.GraphLoader} talks only through a {@code Driver}, so the same code loads the
 * in-process server and a remote one.
 */
@NullMarked
package org.citegraph.graph;

import org.jspecify.annotations.NullMarked;
