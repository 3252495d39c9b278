/**
 * Benchmarks for citegraph: a {@link org.citegraph.bench.CorpusGenerator} that writes synthetic
 * United Nations resolutions in the three input shapes together with a manifest of every reference
 * it planted, an {@link org.citegraph.bench.ExtractionBenchmark} that measures throughput and
 * memory, and a {@link org.citegraph.bench.ManifestCheck} that scores the extraction against the
 * manifest.
 */
@NullMarked
package org.citegraph.bench;

import org.jspecify.annotations.NullMarked;
