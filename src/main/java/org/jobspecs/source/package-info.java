/**
 * Readers that turn the files of a source folder into {@link org.jobspecs.spec} records: native
 * Markdown spec sources (JBake header or YAML front matter), Word text exports, and the CSV data
 * files. Every record keeps its file and line so that problems point at the source. Readers report
 * into {@link org.jobspecs.problem.Problems} and never throw for bad input.
 */
package org.jobspecs.source;
