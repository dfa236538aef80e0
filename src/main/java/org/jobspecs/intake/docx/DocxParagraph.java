package org.jobspecs.intake.docx;

import java.util.List;
import org.jobspecs.intake.Para;
import org.w3c.dom.Element;

/**
 * What one {@code w:p} displays, as the run reader found it, before it becomes a {@link Para}.
 *
 * @param segments  its text, line breaks, formatting and tracked changes, in order
 * @param textBoxes the {@code w:txbxContent} of text boxes anchored in it, in order
 * @param hidden    text formatted as hidden ({@code w:vanish}), which Word does not show
 */
record DocxParagraph(List<DocxSegment> segments, List<Element> textBoxes, String hidden) {

    DocxParagraph {
        segments = List.copyOf(segments);
        textBoxes = List.copyOf(textBoxes);
    }

    /** No text at all, or only whitespace and line breaks (deleted text counts as text). */
    boolean blank() {
        return segments.stream().allMatch(s -> s.lineBreak() || s.blank());
    }

    /** All its text is tracked as deleted, so the document after the changes shows none of it. */
    boolean allDeleted() {
        return !blank() && segments.stream().allMatch(s -> s.deleted() || s.lineBreak() || s.blank());
    }

    /** The text the document shows once its changes are accepted; line breaks as "\n". */
    String finalText() {
        StringBuilder out = new StringBuilder();
        for (DocxSegment s : segments) {
            if (!s.deleted()) {
                out.append(s.text());
            }
        }
        return out.toString();
    }
}
