package org.jobspecs.intake.docx;

import static org.jobspecs.intake.corpus.DocxRun.comment;
import static org.jobspecs.intake.corpus.DocxRun.endnote;
import static org.jobspecs.intake.corpus.DocxRun.field;
import static org.jobspecs.intake.corpus.DocxRun.footnote;
import static org.jobspecs.intake.corpus.DocxRun.text;
import static org.jobspecs.intake.docx.DocxReaderTest.kinds;
import static org.jobspecs.intake.docx.DocxReaderTest.read;
import static org.jobspecs.intake.docx.DocxReaderTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para.Kind;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.Removed;
import org.jobspecs.intake.corpus.DocxBuilder;
import org.jobspecs.spec.Inline.Text;
import org.junit.jupiter.api.Test;

/** What a .docx holds besides its body: headers, footers and comments (removed), footnotes and endnotes (kept). */
class DocxReaderFurnitureTest {

    @Test
    void headersFootersAndCommentsAreRemovedOnceEach() {
        ImportDocument doc = read(new DocxBuilder()
                .header("Agency of Examples")
                .header("Agency of Examples")
                .header("Draft for review")
                .footer(text("Page "), field("PAGE", "3"))
                .paragraph(text("Performs "), comment(text("routine"), "Is this the right word?", "Sam Roe"), text(" work.")));
        assertEquals(List.of(
                new Removed("Agency of Examples", "page header", "header part"),
                new Removed("Draft for review", "page header", "header part"),
                new Removed("Page 3", "page footer", "footer part"),
                new Removed("Is this the right word?", "comment", "comments part")), doc.removed());
        assertEquals(List.of(new Text("Performs routine work.")), doc.paras().get(0).content());
        assertEquals(1, doc.paras().size());
    }

    @Test
    void footnotesAndEndnotesAreKeptAsParagraphsAtTheEnd() {
        ImportDocument doc = read(new DocxBuilder()
                .paragraph(text("Requires a licence."), footnote("A class C licence issued by the state."))
                .paragraph(text("Works shifts."), endnote("Shift rotation is set by the unit."))
                .paragraph("Last body paragraph."));
        assertEquals(List.of("Requires a licence.", "Works shifts.", "Last body paragraph.",
                "A class C licence issued by the state.", "Shift rotation is set by the unit."), texts(doc));
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(doc));
        assertEquals(List.of(1, 2, 3, 4, 5), doc.paras().stream().map(Para::line).toList());
        assertEquals(List.of(), doc.removed());
    }
}
