package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxRun.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.intake.corpus.DocxBodyXml.Paragraph;

/**
 * Writes small Word .docx files from text given in the test, so that import fixtures are
 * reproducible and no binary file is committed. Blocks are added in order; paragraph content is
 * plain text or runs from {@link DocxRun} (bold, italic, tracked changes, fields, notes …):
 *
 * <pre>{@code
 * byte[] docx = new DocxBuilder()
 *         .heading(1, "DEFINITION")
 *         .paragraph(text("Under "), ins("general", "Pat Lee", "2025-09-12"),
 *                 del("close", "Pat Lee", "2025-09-12"), text(" supervision, performs clerical work."))
 *         .numbered("Sorts incoming mail.")
 *         .numbered(1, "Logs parcels.")              // "a." one level down
 *         .deletedNumbered("Files memos.", "Pat Lee", "2025-09-12")
 *         .header("Agency of Examples")
 *         .toBytes();
 * }</pre>
 *
 * Lists: {@code numbered}, {@code lettered} and {@code bulleted} each continue one running list
 * of their kind (interrupted by other paragraphs or not), {@link #newList} starts a fresh one
 * and {@link #restartList} continues the list's definition from a given number, as Word does
 * with a {@code w:startOverride}.
 */
public final class DocxBuilder {

    private final List<Object> blocks = new ArrayList<>();
    private final DocxDefinitions definitions = new DocxDefinitions();
    private final List<DocxRun[]> headers = new ArrayList<>();
    private final List<DocxRun[]> footers = new ArrayList<>();

    /** A paragraph in the Title style. */
    public DocxBuilder title(String text) {
        return add("Title", 0, 0, "", text(text));
    }

    /** A paragraph in the style "Heading {level}" (1–9). */
    public DocxBuilder heading(int level, String text) {
        return heading(level, text(text));
    }

    /** A heading with runs. */
    public DocxBuilder heading(int level, DocxRun... runs) {
        return add("Heading" + level, 0, 0, "", runs);
    }

    /** A Normal paragraph of plain text. */
    public DocxBuilder paragraph(String text) {
        return paragraph(text(text));
    }

    /** A Normal paragraph of runs. */
    public DocxBuilder paragraph(DocxRun... runs) {
        return add(null, 0, 0, "", runs);
    }

    /** A paragraph in a style declared with {@link #style} or {@link #listStyle} (or a built-in one). */
    public DocxBuilder styled(String styleId, String text) {
        return styled(styleId, text(text));
    }

    /** A styled paragraph of runs. */
    public DocxBuilder styled(String styleId, DocxRun... runs) {
        return add(styleId, 0, 0, "", runs);
    }

    /** A Normal paragraph given an outline level directly ({@code w:outlineLvl} = level - 1; 10 = body text). */
    public DocxBuilder outline(int level, String text) {
        return add(null, 0, 0, "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>", text(text));
    }

    /** An item at the top level of the running decimal list ("1.", "2." …). */
    public DocxBuilder numbered(String text) {
        return numbered(0, text);
    }

    /** A decimal list item of runs. */
    public DocxBuilder numbered(DocxRun... runs) {
        return item(DocxListKind.DECIMAL, 0, runs);
    }

    /** A decimal list item at a depth (0 = top; 1 shows "a.", 2 "i."). */
    public DocxBuilder numbered(int depth, String text) {
        return item(DocxListKind.DECIMAL, depth, text(text));
    }

    /** An item of the running lettered list ("a.", "b." …). */
    public DocxBuilder lettered(String text) {
        return item(DocxListKind.LOWER_LETTER, 0, text(text));
    }

    /** An item of the running bulleted list. */
    public DocxBuilder bulleted(String text) {
        return bulleted(0, text);
    }

    /** A bulleted item at a depth. */
    public DocxBuilder bulleted(int depth, String text) {
        return item(DocxListKind.BULLET, depth, text(text));
    }

    /** An item of the running list of any kind, at a depth (0–8). */
    public DocxBuilder item(DocxListKind kind, int depth, DocxRun... runs) {
        return add("ListParagraph", definitions.currentList(kind), depth, "", runs);
    }

    /**
     * Adds hand-written list definitions to the numbering part, for numbering the list kinds do
     * not cover: {@code abstractNums} are {@code w:abstractNum} elements, {@code nums} are
     * {@code w:num} elements. Use ids from 50 up; number paragraphs with {@link #itemOf}.
     */
    public DocxBuilder rawNumbering(String abstractNums, String nums) {
        definitions.rawNumbering(abstractNums, nums);
        return this;
    }

    /** An item of the list instance {@code numId} (one from {@link #rawNumbering}), at a depth. */
    public DocxBuilder itemOf(int numId, int depth, String text) {
        return add("ListParagraph", numId, depth, "", text(text));
    }

    /** Makes the following items of this kind a new list, numbered from 1. */
    public DocxBuilder newList(DocxListKind kind) {
        definitions.newList(kind);
        return this;
    }

    /** Makes the following items of this kind continue the list's definition from {@code start} ({@code w:startOverride}). */
    public DocxBuilder restartList(DocxListKind kind, int start) {
        definitions.restartList(kind, start);
        return this;
    }

    /** A decimal list item deleted as a tracked change: its text and its paragraph mark. */
    public DocxBuilder deletedNumbered(String text, String author, String date) {
        return numbered(DocxRun.del(text, author, date)).markDeleted(author, date);
    }

    /** Marks the last paragraph's mark as deleted ({@code w:pPr/w:rPr/w:del}): it joins the next one. */
    public DocxBuilder markDeleted(String author, String date) {
        return mark("del", author, date);
    }

    /** Marks the last paragraph's mark as inserted ({@code w:pPr/w:rPr/w:ins}). */
    public DocxBuilder markInserted(String author, String date) {
        return mark("ins", author, date);
    }

    /** A table; the first row is the header row. "\n" in a cell separates its paragraphs. */
    public DocxBuilder table(String[]... rows) {
        blocks.add(DocxBodyXml.table(rows));
        return this;
    }

    /** Declares a paragraph style (based on another, or null) for {@link #styled}. */
    public DocxBuilder style(String id, String name, String basedOn) {
        definitions.style(id, name, basedOn, "");
        return this;
    }

    /** Declares a paragraph style that numbers its paragraphs as a new list of this kind (numbering by style). */
    public DocxBuilder listStyle(String id, String name, DocxListKind kind) {
        int numId = definitions.separateList(kind);
        definitions.style(id, name, "ListParagraph", "<w:numPr><w:numId w:val=\"" + numId + "\"/></w:numPr>");
        return this;
    }

    /** A header part with one paragraph; the 1st call makes the default header, the 2nd the first-page one, the 3rd the even-page one. */
    public DocxBuilder header(String text) {
        return header(text(text));
    }

    /** A header part with runs (e.g. a PAGE field). */
    public DocxBuilder header(DocxRun... runs) {
        headers.add(runs);
        return this;
    }

    /** A footer part, as {@link #header(String)}. */
    public DocxBuilder footer(String text) {
        return footer(text(text));
    }

    /** A footer part with runs. */
    public DocxBuilder footer(DocxRun... runs) {
        footers.add(runs);
        return this;
    }

    /** Body-level WordprocessingML written as given (paragraphs, tables, content controls). */
    public DocxBuilder raw(String bodyXml) {
        blocks.add(bodyXml);
        return this;
    }

    /** The .docx file. */
    public byte[] toBytes() {
        DocxParts parts = new DocxParts();
        StringBuilder body = new StringBuilder();
        for (Object block : blocks) {
            if (block instanceof Paragraph p) {
                DocxBodyXml.paragraph(body, p, parts);
            } else {
                body.append(block);
            }
        }
        Map<String, String> headerParts = furniture(headers, "Header", parts);
        Map<String, String> footerParts = furniture(footers, "Footer", parts);
        body.append(DocxBodyXml.sectPr(headerParts.keySet(), footerParts.keySet()));
        return parts.write(body.toString(), definitions.stylesXml(), definitions.numberingXml(), headerParts, footerParts);
    }

    /** The .docx encrypted with a password, as Word saves it (see {@link DocxFiles#encrypted}). */
    public byte[] toEncryptedBytes(String password) {
        return DocxFiles.encrypted(toBytes(), password);
    }

    private DocxBuilder add(String style, int numId, int ilvl, String pPr, DocxRun... runs) {
        blocks.add(new Paragraph(style, numId, ilvl, pPr, runs));
        return this;
    }

    private DocxBuilder mark(String change, String author, String date) {
        if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Paragraph p)) {
            throw new IllegalStateException("the last block is not a paragraph");
        }
        p.markChange = change;
        p.markAuthor = author;
        p.markDate = date;
        return this;
    }

    private static Map<String, String> furniture(List<DocxRun[]> parts, String kind, DocxParts docParts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DocxRun[] runs : parts) {
            Paragraph p = new Paragraph(kind, 0, 0, "", runs);
            StringBuilder xml = new StringBuilder();
            DocxBodyXml.paragraph(xml, p, docParts);
            out.put("rId" + kind + (out.size() + 1), xml.toString());
        }
        return out;
    }
}
