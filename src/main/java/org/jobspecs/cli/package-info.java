/**
 * The command-line tool: picocli sub-commands ({@code build}, {@code check}, {@code serve},
 * {@code demo-catalog}) that call the build and print its report. The only place that prints
 * or calls {@code System.exit}. Exit codes: 0 success, 1 errors in the content, 2 wrong usage,
 * 3 an internal failure.
 */
package org.jobspecs.cli;
