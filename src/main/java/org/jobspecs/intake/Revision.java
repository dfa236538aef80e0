package org.jobspecs.intake;

/**
 * One tracked change found in a document, with its author and date where the document keeps them.
 *
 * @param change "inserted" or "deleted"
 * @param author the author as the document names them, or "" when it does not
 * @param date   the date as an ISO date (yyyy-MM-dd), or "" when the document keeps none
 * @param text   the words inserted or deleted
 */
public record Revision(String change, String author, String date, String text) { }
