package org.jobspecs.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.Removed;
import org.jobspecs.intake.corpus.PdfBuilder;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

/** The PDF reader on layout: page furniture, paragraphs across pages, columns, every word accounted for. */
class PdfReaderTest extends PdfReading {

    // ---- page furniture ----

    @Test
    void runningHeaderFooterAndPageNumbersAreRemovedAndReported() {
        ImportDocument doc = read(threePages());
        noProblems();
        List<Removed> expected = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            expected.add(new Removed("City of Example", "running header", "page " + page));
            expected.add(new Removed("Class Spec 1234", "running footer", "page " + page));
            expected.add(new Removed("Page " + page + " of 3", "page number", "page " + page));
        }
        assertEquals(expected, doc.removed());
        assertEquals(List.of("DEFINITION", DEFINITION, "EXAMPLES OF DUTIES", "Inspects vehicles on a regular schedule.",
                "Orders parts and supplies.", "MINIMUM QUALIFICATIONS", "Three years of experience in fleet maintenance."),
                texts(doc));
        assertEquals("pdf", doc.format());
    }

    @Test
    void bareAndDashedPageNumbersAreRemovedWithoutAFooter() {
        for (String format : List.of("%d", "- %d -", "Page %d")) {
            ImportDocument doc = read(new PdfBuilder().pageNumbers(format).paragraph("First page.").pageBreak()
                    .paragraph("Second page."));
            assertEquals(List.of(new Removed(String.format(format, 1), "page number", "page 1"),
                    new Removed(String.format(format, 2), "page number", "page 2")), doc.removed(), format);
            assertEquals(List.of("First page.", "Second page."), texts(doc));
        }
        noProblems();
    }

    @Test
    void aLineOnOnePageOnlyIsNotFurniture() {
        ImportDocument doc = read(new PdfBuilder().header("City of Example").paragraph("Only on page one.").pageBreak()
                .paragraph("Page two text.").pageBreak().paragraph("Page three text."));
        assertEquals(List.of("Only on page one.", "Page two text.", "Page three text."), texts(doc));
        assertEquals(3, doc.removed().size());
    }

    // ---- paragraphs, pages and lines ----

    @Test
    void aParagraphSplitByAPageBreakComesBackWhole() {
        PdfBuilder builder = threePages().pageBreak().paragraph("Works in the yard.").paragraphSplitAfter(2, SPLIT)
                .paragraph("Drives a light truck.");
        ImportDocument doc = read(builder);
        assertEquals(5, builder.pageCount());
        List<Para> tail = doc.paras().subList(doc.paras().size() - 3, doc.paras().size());
        assertEquals(List.of(Para.paragraph(List.of(new Inline.Text("Works in the yard.")), 4, 1),
                Para.paragraph(List.of(new Inline.Text(SPLIT)), 4, 2),
                Para.paragraph(List.of(new Inline.Text("Drives a light truck.")), 5, 2)), tail);
    }

    @Test
    void aFinishedSentenceAtThePageEndIsNotJoinedToTheNextPage() {
        ImportDocument doc = read(new PdfBuilder().footer("Class Spec 1234", true)
                .paragraph("Keeps the yard in order.").pageBreak().paragraph("keeps the keys as well."));
        assertEquals(List.of("Keeps the yard in order.", "keeps the keys as well."), texts(doc));
    }

    @Test
    void aFullLineAtThePageEndContinuesEvenBeforeACapital() {
        String title = "Serves The Street Division The Parks Division The Water Division The Harbor Division The Airport"
                + " Division The Transit Division The Library Division And The Golf Course Division";
        ImportDocument doc = read(new PdfBuilder().footer("Class Spec 1234", true).paragraphSplitAfter(1, title)
                .paragraph("Keeps the yard in order").pageBreak().paragraph("Drives trucks."));
        assertEquals(List.of(title, "Keeps the yard in order", "Drives trucks."), texts(doc));
        assertEquals(List.of(1, 2, 3), doc.paras().stream().map(Para::page).toList());
    }

    @Test
    void anItemSplitByAPageBreakComesBackWhole() {
        String item = "Reviews the monthly fuel reports of every department, compares them with the mileage logged"
                + " by each driver, and reports differences above five percent to the fleet manager, who decides whether"
                + " the department must explain them.";
        PdfBuilder builder = new PdfBuilder().header("City of Example").footer("Class Spec 1234", true);
        for (int i = 1; i <= 47; i++) {
            builder.numbered(i + ".", "Short duty " + i + ".");
        }
        builder.numbered("48.", item).numbered("49.", "Last duty.");
        ImportDocument doc = read(builder);
        assertEquals(2, builder.pageCount());
        assertEquals(Para.item(List.of(new Inline.Text(item)), "48.", 0, 1, 48), doc.paras().get(47));
        assertEquals(Para.item(List.of(new Inline.Text("Last duty.")), "49.", 0, 2, 2), doc.paras().get(48));
        assertEquals(49, doc.paras().size());
    }

    @Test
    void paragraphsAreSeparatedByTheirSpacingAndCarryTheirPageAndLine() {
        ImportDocument doc = read(new PdfBuilder().header("City of Example").footer("Class Spec 1234", true)
                .heading("DEFINITION").paragraph(DEFINITION).paragraph("Performs related work.").pageBreak()
                .paragraph("Second page."));
        assertEquals(List.of(1, 1, 1, 2), doc.paras().stream().map(Para::page).toList());
        assertEquals(List.of(1, 2, 4, 1), doc.paras().stream().map(Para::line).toList());
    }

    @Test
    void twoColumnPagesAreReadColumnByColumnAndAParagraphContinuesIntoTheRightColumn() {
        String first = "Inspects the trucks of the street division every morning, writes down worn tires, weak"
                + " brakes and broken lights, and sends the list to the shop before the crews leave.";
        String second = "Keeps the parts room in order, counts the stock of filters, belts and wiper blades at the end"
                + " of each month, and orders what is missing from the vendors the city has approved for the year.";
        String third = "Trains new drivers in the daily inspection routine and shows them where the forms, keys and"
                + " spare lamps are kept.";
        PdfBuilder builder = new PdfBuilder().header("City of Example").footer("Class Spec 1234", true)
                .heading("DEFINITION").paragraph(DEFINITION)
                .columns(2).paragraph(first).paragraphSplitAfter(2, second).paragraph(third);
        ImportDocument doc = read(builder);
        noProblems();
        assertEquals(2, builder.pageCount());
        assertEquals(List.of("DEFINITION", DEFINITION, first, second, third), texts(doc));
        assertEquals(List.of(1, 1, 2, 2, 2), doc.paras().stream().map(Para::page).toList());
        assertEquals(6, doc.removed().size());
    }

    // ---- every word accounted for ----

    @Test
    void everyWordWrittenIsInTheParasOrRemoved() {
        PdfBuilder builder = threePages().pageBreak()
                .subheading("Fleet Coordinator")
                .paragraph("The coordinator is respon" + SHY + "sible for a part-" + SHY + "time crew and the **Fleet**"
                        + " _records_ of the yard.")
                .bullet("Drives a light truck.")
                .item(1, "(a)", "Checks tires.")
                .table(List.of(List.of("", "Step A", "Step B", "Step C"), List.of("Hourly", "$24.10", "$25.30", "$26.55")))
                .paragraphSplitAfter(2, SPLIT)
                .scannedPage("SIGNED BY THE DIRECTOR")
                .paragraph("Adopted by the board.");
        ImportDocument doc = read(builder);
        List<String> read = new ArrayList<>();
        for (Para para : doc.paras()) {
            read.addAll(words(para.label()));
            read.addAll(words(text(para.content())));
            para.cells().forEach(row -> row.forEach(cell -> read.addAll(words(cell))));
        }
        doc.removed().forEach(r -> read.addAll(words(r.text())));
        assertEquals(counts(builder.words()), counts(read));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static Map<String, Long> counts(List<String> words) {
        return words.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
