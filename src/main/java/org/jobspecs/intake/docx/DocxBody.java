package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.attr;
import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.is;
import static org.jobspecs.intake.docx.DocxXml.path;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.Removed;
import org.jobspecs.intake.Revision;
import org.jobspecs.spec.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the document's stories — the body, then footnotes and endnotes — and collects the pieces
 * in reading order, the tracked changes and the hidden text. Holds the styles, the running list
 * counters and the paragraph counter that gives each piece its line ("paragraph 14").
 */
final class DocxBody {

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final DocxRunReader runs;
    private final DocxTable tables;
    private final List<Para> paras = new ArrayList<>();
    private final List<Revision> revisions = new ArrayList<>();
    private final List<Removed> removed = new ArrayList<>();
    private int line;

    DocxBody(DocxStyles styles, DocxNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
        this.runs = new DocxRunReader(styles);
        this.tables = new DocxTable(this);
    }

    /** Reads the {@code w:body}: each paragraph and table, counted from 1, in order. */
    void readBody(Node body) {
        blocks(body, false, 0, new DocxFields());
    }

    /** Reads one footnote or endnote ({@code w:footnote}); its paragraphs become plain paragraphs after the body. */
    void readNote(Node note) {
        String type = attr((Element) note, "type");
        if (type.isEmpty() || type.equals("normal")) {
            blocks(note, true, 0, new DocxFields());
        }
    }

    List<Para> paras() {
        return paras;
    }

    List<Revision> revisions() {
        return revisions;
    }

    List<Removed> removed() {
        return removed;
    }

    /**
     * @param plain     every paragraph is a plain paragraph (notes, text boxes)
     * @param fixedLine the line every piece gets (a text box's paragraph), or 0 to count each
     */
    private void blocks(Node container, boolean plain, int fixedLine, DocxFields fields) {
        for (Element e : children(container)) {
            if (is(e, "p") || is(e, "tbl")) {
                int at = fixedLine > 0 ? fixedLine : ++line;
                if (is(e, "p")) {
                    paragraph(e, plain, at, fields);
                } else if (DocxTable.isLayout(e)) {
                    line--; // a table that lays the page out holds the document's paragraphs: read them, not a grid
                    for (Element cell : DocxTable.cellsInReadingOrder(e)) {
                        blocks(cell, plain, fixedLine, fields);
                    }
                } else if (DocxTable.caption(e) != null) {
                    line--; // the caption row is the table's heading, read as a paragraph; the grid follows it
                    blocks(DocxTable.caption(e), plain, fixedLine, fields);
                    tables.read(e, fixedLine > 0 ? fixedLine : ++line, fields, 1).ifPresent(paras::add);
                } else {
                    tables.read(e, at, fields, 0).ifPresent(paras::add);
                }
            } else if (is(e, "sdt")) {
                blocks(child(e, "sdtContent"), plain, fixedLine, fields);
            } else if (is(e, "customXml")) {
                blocks(e, plain, fixedLine, fields);
            }
        }
    }

    private void paragraph(Element p, boolean plain, int at, DocxFields fields) {
        Element pPr = child(p, "pPr");
        DocxParagraph read = read(p, at, fields);
        String style = styles.paragraphStyle(pPr);
        int heading = plain ? 0 : headingLevel(pPr, style);
        DocxStyles.NumRef list = plain ? null : listOf(pPr, style);
        String label = list == null ? null : label(pPr, list, read);
        if (!read.blank()) {
            List<Inline> content = DocxInlineTree.inlines(read.segments(), heading > 0);
            if (heading > 0) {
                paras.add(Para.heading(content, heading, 0, at));
            } else if (label != null && (!label.isBlank() || read.allDeleted())) {
                paras.add(Para.item(content, label, list.ilvl(), 0, at));
            } else {
                paras.add(Para.paragraph(content, 0, at));
            }
        }
        for (Element box : read.textBoxes()) {
            blocks(box, true, at, new DocxFields());
        }
    }

    /** Reads a paragraph's runs, keeping its tracked changes and hidden text. */
    DocxParagraph read(Element p, int at, DocxFields fields) {
        DocxParagraph read = runs.read(p, fields);
        revisions.addAll(DocxInlineTree.revisions(read.segments()));
        if (!read.hidden().isEmpty()) {
            removed.add(new Removed(read.hidden(), "hidden text", "paragraph " + at));
        }
        return read;
    }

    /**
     * The label a list paragraph shows once the changes are accepted. A paragraph whose mark is a
     * tracked deletion joins the next one, so it takes no number of its own: "" when all its text
     * is deleted too, else the number the joined paragraph will show.
     */
    String label(Element pPr, DocxStyles.NumRef list, DocxParagraph read) {
        boolean markDeleted = path(pPr, "rPr", "del") != null || path(pPr, "rPr", "moveFrom") != null;
        if (markDeleted && read.allDeleted()) {
            return "";
        }
        return markDeleted ? numbering.peek(list.numId(), list.ilvl()) : numbering.next(list.numId(), list.ilvl());
    }

    /** The list a paragraph belongs to (directly or by its style), with its level; null when none. */
    DocxStyles.NumRef listOf(Element pPr, String style) {
        Element numPr = child(pPr, "numPr");
        DocxStyles.NumRef fromStyle = styles.numbering(style);
        int numId;
        if (numPr != null && child(numPr, "numId") != null) {
            numId = DocxXml.intVal(numPr, "numId", 0);
        } else if (fromStyle != null) {
            numId = fromStyle.numId();
        } else {
            return null;
        }
        if (!numbering.isList(numId)) {
            return null;
        }
        int ilvl = DocxXml.intVal(numPr, "ilvl", -1);
        if (ilvl < 0 && fromStyle != null) {
            ilvl = fromStyle.ilvl();
        }
        if (ilvl < 0) {
            ilvl = numbering.levelOfStyle(numId, style);
        }
        return new DocxStyles.NumRef(numId, Math.min(ilvl, 8));
    }

    /** A paragraph's own outline level wins over its style's; outline level 9 ("body text") is no heading. */
    private int headingLevel(Element pPr, String style) {
        Element outline = child(pPr, "outlineLvl");
        if (outline != null) {
            return Math.max(0, DocxStyles.outlineLevel(outline));
        }
        return styles.headingLevel(style);
    }

    DocxStyles styles() {
        return styles;
    }
}
