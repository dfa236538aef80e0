/**
 * Reads an adopted salary schedule PDF's text layer (Apache PDFBox) into the cell grid the pay
 * import works from.
 */
package org.jobspecs.intake.table.pdf;
