/**
 * jgrapht behind role-named classes: {@link org.citegraph.queries.algorithms.Centrality}, {@link
 * org.citegraph.queries.algorithms.LineageOrder}, {@link
 * org.citegraph.queries.algorithms.CitationChecks}, {@link
 * org.citegraph.queries.algorithms.GraphExport}. Nothing here touches the driver: the graph is read
 * into jgrapht first, just as jgrapht-core never touches I/O.
 */
@NullMarked
package org.citegraph.queries.algorithms;

import org.jspecify.annotations.NullMarked;
