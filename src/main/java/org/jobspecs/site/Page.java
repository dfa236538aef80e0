package org.jobspecs.site;

/**
 * One file of the site.
 *
 * @param output   the file's path in the output folder, e.g. {@code classes/7565/index.html}
 * @param template the template that renders it, e.g. {@code class.ftl}; null for a data file
 * @param view     what the template sees as {@code page}; for a data file, its text
 */
public record Page(String output, String template, Object view) {

    /** A file written as it is, without a template (the open-data files). */
    public static Page data(String output, String text) {
        return new Page(output, null, text);
    }

    public boolean isData() {
        return template == null;
    }
}
