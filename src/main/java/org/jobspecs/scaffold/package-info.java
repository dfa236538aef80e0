/**
 * Writes a new, small source folder that builds at once ({@code jobspecs init}): configuration for
 * the agency, the templates and assets jobspecs ships (copied into the jar at build time from the
 * project's own {@code templates/} and {@code assets/}, so they never drift from the demo's), data
 * files with their header rows and one example row, one example spec, a {@code .gitignore} and a
 * README saying what to do next. Uses no other jobspecs package.
 */
package org.jobspecs.scaffold;
