package org.jobspecs.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.corpus.PdfBuilder;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

/** The PDF reader on what the lines hold: hyphenation, list items, headings, emphasis and tables. */
class PdfReaderStructureTest extends PdfReading {

    // ---- hyphenation ----

    @Test
    void lineEndHyphensAreUndoneButCompoundsAndCapitalsKeepTheirs() {
        ImportDocument doc = read(new PdfBuilder()
                .paragraph("The coordinator is respon" + SHY + "sible for the fleet.")
                .paragraph("Works a part-" + SHY + "time schedule in winter.")
                .paragraph("Looks after the well-" + SHY + "being of drivers.")
                .paragraph("Completes the Pre-" + SHY + "Employment checks and the Form-" + SHY + "2210 report.")
                .paragraph("Schedules day-to-" + SHY + "day repairs."));
        noProblems();
        assertEquals(List.of("The coordinator is responsible for the fleet.", "Works a part-time schedule in winter.",
                "Looks after the well-being of drivers.", "Completes the Pre-Employment checks and the Form-2210 report.",
                "Schedules day-to-day repairs."), texts(doc));
    }

    // ---- list items ----

    @Test
    void numberedItemsOneToTenKeepTheirLabelsAndJoinWrappedLines() {
        PdfBuilder builder = new PdfBuilder().heading("EXAMPLES OF DUTIES");
        List<String> duties = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String duty = i % 3 == 0
                    ? "Duty " + i + " plans the routes of the street crews, checks that every truck carries the"
                      + " required safety equipment and signs the daily inspection sheet before the trucks leave."
                    : "Duty " + i + " keeps records.";
            duties.add(duty);
            builder.numbered(i + ".", duty);
        }
        ImportDocument doc = read(builder.paragraph("Performs related work as required."));
        noProblems();
        List<Para> items = doc.paras().subList(1, 11);
        for (int i = 0; i < 10; i++) {
            Para item = items.get(i);
            assertEquals(Para.item(List.of(new Inline.Text(duties.get(i))), (i + 1) + ".", 0, 1, item.line()), item);
        }
        assertEquals(Para.Kind.PARAGRAPH, doc.paras().get(11).kind());
        assertEquals(12, doc.paras().size());
    }

    @Test
    void bulletsAndNestedItemsGetTheirDepth() {
        ImportDocument doc = read(new PdfBuilder()
                .bullet("Operates light trucks.")
                .item(1, "a)", "Checks the oil, tire pressure and lights of each truck at the start of every shift"
                        + " and writes down what was found.")
                .item(1, "b)", "Reports defects.")
                .item(2, "-", "Uses the defect form.")
                .bullet("Keeps the keys."));
        assertEquals(List.of("\u2022", "a)", "b)", "-", "\u2022"), doc.paras().stream().map(Para::label).toList());
        assertEquals(List.of(0, 1, 1, 2, 0), doc.paras().stream().map(Para::level).toList());
        assertEquals("Checks the oil, tire pressure and lights of each truck at the start of every shift and writes"
                + " down what was found.", text(doc.paras().get(1).content()));
    }

    // ---- headings and emphasis ----

    @Test
    void boldOrLargerShortLinesAreHeadingsByLevelButPlainOnesStayParagraphs() {
        ImportDocument doc = read(new PdfBuilder().heading("DEFINITION").paragraph("Plans the work.")
                .subheading("Examples of Duties").paragraph("Inspects vehicles.")
                .paragraph("DISTINGUISHING CHARACTERISTICS").paragraph("Works alone."));
        assertEquals(List.of(Para.heading(List.of(new Inline.Text("DEFINITION")), 1, 1, 1),
                Para.paragraph(List.of(new Inline.Text("Plans the work.")), 1, 2),
                Para.heading(List.of(new Inline.Text("Examples of Duties")), 2, 1, 3),
                Para.paragraph(List.of(new Inline.Text("Inspects vehicles.")), 1, 4),
                Para.paragraph(List.of(new Inline.Text("DISTINGUISHING CHARACTERISTICS")), 1, 5),
                Para.paragraph(List.of(new Inline.Text("Works alone.")), 1, 6)), doc.paras());
    }

    @Test
    void aNumberedTitleSetLargerThanTheBodyIsAHeadingWithItsNumber() {
        ImportDocument doc = read(new PdfBuilder().heading("1. DEFINITION").paragraph("Plans the work.")
                .numbered("1.", "**Inspects vehicles.**"));
        assertEquals(List.of(Para.heading(List.of(new Inline.Text("1. DEFINITION")), 1, 1, 1),
                Para.paragraph(List.of(new Inline.Text("Plans the work.")), 1, 2),
                Para.item(List.of(new Inline.Text("Inspects vehicles.")), "1.", 0, 1, 3)), doc.paras());
    }

    @Test
    void linesSetWithoutSpacingStaySeparateWhenTheyWereEndedOnPurpose() {
        ImportDocument doc = read(new PdfBuilder().lines("**CITY OF EXAMPLE**", "**FLEET COORDINATOR**",
                "Class code 1234", "Adopted May 2024", "Bargaining unit Crafts").paragraph(DEFINITION));
        assertEquals(List.of(Para.heading(List.of(new Inline.Text("CITY OF EXAMPLE")), 1, 1, 1),
                Para.heading(List.of(new Inline.Text("FLEET COORDINATOR")), 1, 1, 2),
                Para.paragraph(List.of(new Inline.Text("Class code 1234")), 1, 3),
                Para.paragraph(List.of(new Inline.Text("Adopted May 2024")), 1, 4),
                Para.paragraph(List.of(new Inline.Text("Bargaining unit Crafts")), 1, 5),
                Para.paragraph(List.of(new Inline.Text(DEFINITION)), 1, 6)), doc.paras());
    }

    @Test
    void boldAndItalicWordsInsideAParagraphAreEmphasis() {
        ImportDocument doc = read(new PdfBuilder()
                .paragraph("Reports to the **Fleet Manager** and keeps _accurate_ records.")
                .paragraph("**A paragraph set entirely in bold, long enough to be more than a heading.**"));
        assertEquals(List.of(new Inline.Text("Reports to the "), new Inline.Strong(List.of(new Inline.Text("Fleet Manager"))),
                new Inline.Text(" and keeps "), new Inline.Emphasis(List.of(new Inline.Text("accurate"))),
                new Inline.Text(" records.")), doc.paras().get(0).content());
        assertEquals(List.of(new Inline.Text("A paragraph set entirely in bold, long enough to be more than a heading.")),
                doc.paras().get(1).content());
        assertEquals(Para.Kind.PARAGRAPH, doc.paras().get(1).kind());
    }

    // ---- tables ----

    @Test
    void aSalaryTableInColumnsIsATable() {
        List<List<String>> rows = List.of(List.of("", "Step A", "Step B", "Step C"),
                List.of("Hourly", "$24.10", "$25.30", "$26.55"),
                List.of("Monthly", "$4,177.33", "$4,385.33", "$4,602.00"));
        ImportDocument doc = read(new PdfBuilder().subheading("Salary").table(rows).paragraph("Steps are yearly."));
        assertEquals(List.of(Para.Kind.HEADING, Para.Kind.TABLE, Para.Kind.PARAGRAPH),
                doc.paras().stream().map(Para::kind).toList());
        assertEquals(rows, doc.paras().get(1).cells());
        assertEquals(2, doc.paras().get(1).line());
    }
}
