/**
 * The real Neo4j Community 5.26 server, started in the citegraph JVM from a {@code neo4j.conf}
 * written here, with its data in a folder that survives restarts. It serves Bolt (and, on request,
 * HTTP with Neo4j Browser) on loopback by default.
 */
@NullMarked
package org.citegraph.graph.embedded;

import org.jspecify.annotations.NullMarked;
