package org.jobspecs.site;

/**
 * A link to a document, as a page shows it: "Memorandum of Understanding … (PDF, 1.2 MB)".
 *
 * @param href  the address, relative to the page for a document inside the site
 * @param title what the document is
 * @param kind  its type ("PDF", "Word document"), or empty for a web page
 * @param size  its size ("1.2 MB"): measured for a file of the site, taken from the data otherwise; may be empty
 */
public record DocumentLink(String href, String title, String kind, String size) {

    /** The link text: the title with the document's type and size, e.g. "MOU 2024–2027 (PDF, 1.2 MB)". */
    public String label() {
        if (kind.isEmpty() && size.isEmpty()) {
            return title;
        }
        return title + " (" + kind + (kind.isEmpty() || size.isEmpty() ? "" : ", ") + size + ")";
    }
}
