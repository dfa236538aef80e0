package org.jobspecs.site;

/**
 * One file of the site.
 *
 * @param output   the file's path in the output folder, e.g. {@code classes/7565/index.html}
 * @param template the template that renders it, e.g. {@code class.ftl}; null for a data file
 * @param view     what the template sees as {@code page}; for a data file, its text or its {@link DataFile}
 */
public record Page(String output, String template, Object view) {

    /** A file written as it is, without a template (the open-data files). */
    public static Page data(String output, String text) {
        return new Page(output, null, text);
    }

    /** A file written as it is, its bytes made only when it is written. */
    public static Page data(String output, DataFile bytes) {
        return new Page(output, null, bytes);
    }

    /** A data file's bytes (UTF-8 for a text). */
    public byte[] dataBytes() {
        if (!isData()) {
            throw new IllegalStateException(output + " is rendered by a template, not a data file");
        }
        return view instanceof DataFile f ? f.bytes() : ((String) view).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isData() {
        return template == null;
    }
}
