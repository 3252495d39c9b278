/**
 * The canned queries as a Neo4j Browser guide: one slide per query, its parameters and its Cypher
 * one click away ({@code :guide http://localhost:PORT/citegraph.html}), served over HTTP on
 * loopback with the CORS header the Browser needs.
 */
@NullMarked
package org.citegraph.queries.browser;

import org.jspecify.annotations.NullMarked;
