/**
 * Reads {@code .xlsx} workbooks (Apache POI) into grids of text, one per sheet, for the table import:
 * numbers as the cells show them, dates as YYYY-MM-DD, formulas by their cached value.
 */
package org.jobspecs.intake.table.xlsx;
