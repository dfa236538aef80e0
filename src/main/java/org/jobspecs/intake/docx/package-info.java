/**
 * Reads Word .docx files (Apache POI, down to the XML where POI hides things) into an import
 * document: body order, heading styles, the list numbers Word shows, tables, emphasis, tracked
 * changes with their authors and dates; header, footer and comment parts as page furniture.
 */
package org.jobspecs.intake.docx;
