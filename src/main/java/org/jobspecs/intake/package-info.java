/**
 * Import: turns the documents agencies already have (Word files with tracked changes, PDFs, text,
 * Markdown and HTML exports) into native spec sources and class-register rows. Readers turn each
 * format into an {@link org.jobspecs.intake.ImportDocument} (pieces in reading order, furniture
 * removed, tracked changes kept); the recogniser finds metadata and canonical sections in it; the
 * writer produces the generator's Markdown format; the report accounts for every word.
 * It sits beside the build, not in it: the build reads what import wrote.
 */
package org.jobspecs.intake;
