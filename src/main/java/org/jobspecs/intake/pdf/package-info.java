/**
 * Reads PDFs with a text layer (Apache PDFBox) into an import document: lines rebuilt from glyph
 * positions in reading order, running headers, footers and page numbers removed, paragraphs and
 * list items joined across page breaks, line-end hyphenation undone; a scan is an error.
 */
package org.jobspecs.intake.pdf;
