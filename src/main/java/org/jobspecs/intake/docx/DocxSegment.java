package org.jobspecs.intake.docx;

import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * One piece of a paragraph's displayed content as the run reader found it: a stretch of text
 * (or a line break) with its bold and italic and the tracked change it belongs to, if any.
 * {@link DocxInlineTree} turns a paragraph's segments into nested inlines.
 *
 * @param text      the text; for a line break, "\n"
 * @param lineBreak whether this is a hard line break rather than text
 * @param bold      shown bold
 * @param italic    shown italic
 * @param change    the tracked change it sits in, or null for unchanged text
 */
record DocxSegment(String text, boolean lineBreak, boolean bold, boolean italic, Change change) {

    /**
     * A tracked insertion or deletion ({@code w:ins}, {@code w:del}, {@code w:moveTo},
     * {@code w:moveFrom}). Two changes are the same change when kind, author and date agree.
     *
     * @param kind   "inserted" or "deleted"
     * @param author {@code w:author}, or ""
     * @param date   {@code w:date} as yyyy-MM-dd, or ""
     */
    record Change(String kind, String author, String date) {

        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

        static Change of(Element element, String kind) {
            String date = DocxXml.attr(element, "date").trim();
            return new Change(kind, DocxXml.attr(element, "author").trim(),
                    ISO_DATE.matcher(date).matches() ? date.substring(0, 10) : "");
        }

        boolean deleted() {
            return kind.equals("deleted");
        }
    }

    boolean deleted() {
        return change != null && change.deleted();
    }

    boolean blank() {
        return text.isBlank();
    }

    DocxSegment withText(String newText) {
        return new DocxSegment(newText, lineBreak, bold, italic, change);
    }

    DocxSegment withFormat(boolean newBold, boolean newItalic) {
        return new DocxSegment(text, lineBreak, newBold, newItalic, change);
    }
}
