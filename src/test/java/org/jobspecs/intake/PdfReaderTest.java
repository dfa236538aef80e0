package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jobspecs.intake.corpus.PdfBuilder;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

/** The PDF reader on documents written by {@link PdfBuilder} from our own (fictional) text. */
class PdfReaderTest {

    private static final String SHY = PdfBuilder.SOFT_HYPHEN;
    private static final Location FILE = Location.file("import/fleet-coordinator.pdf");

    private static final String DEFINITION = "Under general direction, plans, schedules and inspects the upkeep of the"
            + " municipal vehicle pool, keeps maintenance records and advises departments on the replacement of"
            + " worn equipment.";
    private static final String SPLIT = "Coordinates the seasonal work of mechanics and drivers, including the"
            + " preparation of snow plows, salt spreaders and street sweepers before each season begins, the"
            + " ordering of parts from approved vendors and the review of fuel use reports, and reports"
            + " unusual wear to the fleet manager.";

    private final Problems problems = new Problems();

    private ImportDocument read(byte[] pdf) {
        return new PdfReader().read(pdf, FILE, problems);
    }

    private ImportDocument read(PdfBuilder builder) {
        return read(builder.toBytes());
    }

    /** The three-page specification most tests read. */
    private static PdfBuilder threePages() {
        return new PdfBuilder().header("City of Example").footer("Class Spec 1234", true)
                .heading("DEFINITION")
                .paragraph(DEFINITION)
                .pageBreak()
                .heading("EXAMPLES OF DUTIES")
                .numbered("1.", "Inspects vehicles on a regular schedule.")
                .numbered("2.", "Orders parts and supplies.")
                .pageBreak()
                .heading("MINIMUM QUALIFICATIONS")
                .paragraph("Three years of experience in fleet maintenance.");
    }

    private static String text(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Strong s) {
                out.append(text(s.content()));
            } else if (inline instanceof Inline.Emphasis e) {
                out.append(text(e.content()));
            }
        }
        return out.toString();
    }

    private static List<String> texts(ImportDocument doc) {
        return doc.paras().stream().map(p -> text(p.content())).toList();
    }

    private void noProblems() {
        assertEquals(List.of(), problems.sorted());
    }

    private Problem only(Severity severity) {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(severity, all.get(0).severity());
        return all.get(0);
    }

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

    // ---- what cannot be read ----

    @Test
    void aScannedPdfIsOneErrorAndNoParas() {
        ImportDocument doc = read(new PdfBuilder().scannedPage("CITY OF EXAMPLE", "FLEET COORDINATOR")
                .scannedPage("EXAMPLES OF DUTIES"));
        Problem error = only(Severity.ERROR);
        assertEquals("import/fleet-coordinator.pdf: no text layer — this PDF is a scanned image", error.message());
        assertTrue(error.fix().contains("OCR"), error.fix());
        assertEquals(List.of(), doc.paras());
        assertEquals(List.of(), doc.removed());
    }

    @Test
    void anImageOnlyPageInATextPdfIsANotice() {
        ImportDocument doc = read(new PdfBuilder().paragraph("First page.").scannedPage("SIGNATURES")
                .paragraph("Third page."));
        Problem notice = only(Severity.NOTICE);
        assertEquals("page 2 has no text layer; its content is not imported", notice.message());
        assertEquals(List.of("First page.", "Third page."), texts(doc));
        assertEquals(List.of(1, 3), doc.paras().stream().map(Para::page).toList());
    }

    @Test
    void damagedBytesAreAnErrorWithAFix() {
        byte[] good = threePages().toBytes();
        for (byte[] bad : List.of("%PDF-1.7\nthis is not really a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                new byte[0], Arrays.copyOf(good, 40))) {
            Problems seen = new Problems();
            ImportDocument doc = new PdfReader().read(bad, FILE, seen);
            assertEquals(1, seen.sorted().size(), seen.sorted()::toString);
            Problem error = seen.sorted().get(0);
            assertEquals(Severity.ERROR, error.severity());
            assertTrue(error.message().startsWith("import/fleet-coordinator.pdf: "), error.message());
            assertTrue(error.fix().contains("Word original"), error.fix());
            assertEquals(List.of(), doc.paras());
        }
    }

    @Test
    void corruptedPdfsNeverThrow() {
        byte[] good = threePages().toBytes();
        for (int start = 0; start < good.length; start += good.length / 23) {
            byte[] bad = good.clone();
            for (int i = start; i < Math.min(bad.length, start + 64); i++) {
                bad[i] = (byte) (bad[i] ^ 0x5A);
            }
            Problems seen = new Problems();
            ImportDocument doc = new PdfReader().read(bad, FILE, seen);
            assertTrue(seen.hasErrors() || !doc.paras().isEmpty() || !seen.sorted().isEmpty(), "offset " + start);
        }
    }

    @Test
    void aPasswordProtectedPdfIsAnError() throws IOException {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(threePages().toBytes())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            locked = out.toByteArray();
        }
        ImportDocument doc = read(locked);
        Problem error = only(Severity.ERROR);
        assertTrue(error.message().contains("encrypted"), error.message());
        assertEquals(List.of(), doc.paras());
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
