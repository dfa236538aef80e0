package org.jobspecs.site;

import java.util.List;
import org.jobspecs.spec.Inline;

/**
 * A section of a class page.
 *
 * @param id      the heading's anchor on the page, e.g. "duties"
 * @param heading the heading (with redline marks in the changes section)
 * @param name    the heading as plain text
 */
public record SectionView(String id, List<Inline> heading, String name, List<BlockView> blocks) {

    /** The section's words as plain text (sub-headings, paragraphs and list items, space-separated). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        ApprovedText.blockWords(blocks, sb);
        return sb.toString().strip();
    }
}
