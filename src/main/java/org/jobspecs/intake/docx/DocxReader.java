package org.jobspecs.intake.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jobspecs.intake.DocumentReader;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Removed;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.w3c.dom.Node;

/**
 * Reads a Word .docx file (with Apache POI) into an {@link ImportDocument}: the body's paragraphs
 * and tables in order, headings by paragraph style or outline level, list items with the label
 * Word shows (its real numbering, after tracked changes), bold and italic, tracked insertions
 * and deletions with author and date, text boxes after the paragraph holding them, and footnotes
 * and endnotes at the end. Headers, footers, comments and hidden text are accounted for as
 * removed. A file that is not a readable .docx, is password-protected, is an old .doc or has no
 * text is one error with what to do. Holds no state: one instance may read many files.
 */
public final class DocxReader implements DocumentReader {

    private static final String FORMAT = "docx";

    public DocxReader() {
        // Stateless; a fresh reading state is built for each file.
    }

    @Override
    public ImportDocument read(byte[] bytes, Location file, Problems problems) {
        DocxContainer.Trouble trouble = DocxContainer.check(bytes);
        if (trouble != null) {
            problems.error(file, trouble.message(), trouble.fix());
            return empty();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            ImportDocument read = read(doc);
            if (read.paras().isEmpty()) {
                problems.error(file, "no text found in the Word document",
                        "if it is a scan or holds only pictures, get a copy with real text (or run text "
                                + "recognition on it) and save that as .docx");
            }
            return read;
        } catch (Exception | LinkageError e) {
            problems.error(file, DocxContainer.UNREADABLE + ": it is damaged or not a Word document ("
                    + describe(e) + ")", DocxContainer.RESAVE);
            return empty();
        }
    }

    private static ImportDocument read(XWPFDocument doc) {
        DocxStyles styles = new DocxStyles(stylesRoot(doc.getStyles()));
        DocxNumbering numbering = new DocxNumbering(definitions(doc.getNumbering()), styles);
        DocxBody body = new DocxBody(styles, numbering);
        body.readBody(doc.getDocument().getBody().getDomNode());
        for (XWPFAbstractFootnoteEndnote note : notes(doc)) {
            body.readNote(note.getCTFtnEdn().getDomNode());
        }
        List<Removed> removed = new ArrayList<>(new DocxFurniture(styles).read(doc));
        removed.addAll(body.removed());
        return new ImportDocument(FORMAT, body.paras(), removed, body.revisions());
    }

    private static List<XWPFAbstractFootnoteEndnote> notes(XWPFDocument doc) {
        List<XWPFAbstractFootnoteEndnote> notes = new ArrayList<>();
        if (doc.getFootnotes() != null) {
            notes.addAll(doc.getFootnotes());
        }
        if (doc.getEndnotes() != null) {
            notes.addAll(doc.getEndnotes());
        }
        return notes;
    }

    private static Node stylesRoot(XWPFStyles styles) {
        return styles == null || styles.getCtStyles() == null ? null : styles.getCtStyles().getDomNode();
    }

    private static List<Node> definitions(XWPFNumbering numbering) {
        List<Node> out = new ArrayList<>();
        if (numbering != null) {
            for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
                out.add(abstractNum.getCTAbstractNum().getDomNode());
            }
            for (XWPFNum num : numbering.getNums()) {
                out.add(num.getCTNum().getDomNode());
            }
        }
        return out;
    }

    private static ImportDocument empty() {
        return new ImportDocument(FORMAT, List.of(), List.of(), List.of());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String said = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
        return said.length() > 160 ? said.substring(0, 157) + "..." : said;
    }
}
