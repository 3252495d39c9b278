package org.citegraph.graph;

/** A document that was reported and skipped: its file, its key and why, in one line. */
public record LoadFailure(String file, String key, String reason) {}
