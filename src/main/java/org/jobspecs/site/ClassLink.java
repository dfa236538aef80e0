package org.jobspecs.site;

/**
 * A link to a class page as listings show it.
 *
 * @param href site-relative address of the class page
 * @param note a short remark shown with the link, e.g. "Abolished June 30, 2019" or "Level 2"; may be empty
 */
public record ClassLink(String code, String title, String href, String department, boolean abolished, String note) { }
