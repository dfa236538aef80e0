/**
 * Writes deterministic synthetic catalogs for benchmarks and tests: a complete jobspecs source
 * folder (site configuration, class register, native Markdown specs, pay, units, benefits and
 * series) generated from a class count and a random seed, byte-identical for the same inputs.
 */
package org.jobspecs.demo;
