package org.jobspecs.intake;

import java.util.List;

/**
 * A document as a reader found it: its pieces in reading order, what was removed as furniture and
 * the tracked changes it carries.
 *
 * @param format    the format read: "docx", "pdf", "text", "markdown" or "html"
 * @param paras     the pieces in reading order
 * @param removed   page furniture taken out
 * @param revisions tracked changes, in document order
 */
public record ImportDocument(String format, List<Para> paras, List<Removed> removed, List<Revision> revisions) {

    public ImportDocument {
        paras = List.copyOf(paras);
        removed = List.copyOf(removed);
        revisions = List.copyOf(revisions);
    }
}
