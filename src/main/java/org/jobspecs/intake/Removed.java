package org.jobspecs.intake;

/**
 * Text a reader took out as page furniture (a running header or footer, a page number, a
 * navigation line), so that the report can account for every word.
 *
 * @param text  the words removed, as the document had them
 * @param why   what it was, for a person: "running header", "page number", "footer part"
 * @param where where it was: "page 2", "line 3", "footer part"
 */
public record Removed(String text, String why, String where) { }
