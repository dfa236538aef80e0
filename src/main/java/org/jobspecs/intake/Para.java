package org.jobspecs.intake;

import java.util.List;
import org.jobspecs.spec.Inline;

/**
 * One paragraph-level piece of an imported document, in reading order, before anything is
 * recognised in it. Readers report what the format says (a Word heading style, a list's real
 * number); deciding what a short upper-case line means is the {@link Recogniser}'s job.
 *
 * @param kind    what the format says the piece is
 * @param content its text with the redline ({@link Inline.Deleted}, {@link Inline.Inserted}) and emphasis kept
 * @param label   for an {@link Kind#ITEM}, the number or bullet as the document shows it ("3.", "b)", "•"); else ""
 * @param level   for a heading, its level (1 = top); for an item, its nesting depth (0 = top); else 0
 * @param cells   for a {@link Kind#TABLE}, its rows of cell texts, the first row being the header; else empty
 * @param page    the page it starts on (PDF), or 0 when the format has no pages
 * @param line    the line (text formats, PDF: line on the page) or paragraph number (Word) it starts at, from 1
 */
public record Para(Kind kind, List<Inline> content, String label, int level, List<List<String>> cells,
                   int page, int line) {

    public enum Kind {
        /** A heading by the document's own markup (a Word heading style, an HTML h1–h6, a Markdown #). */
        HEADING,
        /** A paragraph or a line of plain text. */
        PARAGRAPH,
        /** A list item, numbered or bulleted by the document. */
        ITEM,
        /** A table. */
        TABLE
    }

    public Para {
        content = List.copyOf(content);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public static Para paragraph(List<Inline> content, int page, int line) {
        return new Para(Kind.PARAGRAPH, content, "", 0, List.of(), page, line);
    }

    public static Para heading(List<Inline> content, int level, int page, int line) {
        return new Para(Kind.HEADING, content, "", level, List.of(), page, line);
    }

    public static Para item(List<Inline> content, String label, int depth, int page, int line) {
        return new Para(Kind.ITEM, content, label, depth, List.of(), page, line);
    }

    public static Para table(List<List<String>> cells, int page, int line) {
        return new Para(Kind.TABLE, List.of(), "", 0, cells, page, line);
    }

    /** Where it is, for a person: "page 2, line 14", "paragraph 14" or "line 14". */
    public String where(String lineWord) {
        return page > 0 ? "page " + page + ", line " + line : lineWord + " " + line;
    }
}
