package org.jobspecs.intake;

/**
 * A metadata field the recogniser found in a document.
 *
 * @param key   the native header or register key: title, code, department, unit, flsa, salary,
 *              approved, approved.by, history, agency, series, level
 * @param value the value as it will be written
 * @param text  the line as the document has it, so the report shows where the value came from
 * @param where where the line is ("line 4", "paragraph 3", "page 1, line 2")
 */
public record Found(String key, String value, String text, String where) { }
