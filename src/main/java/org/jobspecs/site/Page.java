package org.jobspecs.site;

/**
 * One file of the site.
 *
 * @param output   the file's path in the output folder, e.g. {@code classes/7565/index.html}
 * @param template the template that renders it, e.g. {@code class.ftl}
 * @param view     what the template sees as {@code page}
 */
public record Page(String output, String template, Object view) { }
