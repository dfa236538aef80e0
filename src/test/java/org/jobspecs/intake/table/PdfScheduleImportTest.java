package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.SchedulePdf.Col.left;
import static org.jobspecs.intake.table.SchedulePdf.Col.right;
import static org.jobspecs.intake.table.Workbooks.jobspecs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jobspecs.intake.table.SchedulePdf.Col;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: an adopted salary schedule PDF ({@code import schedule.pdf --schedule ID}) becomes rows
 * of data/schedules.csv and data/pay.csv, as its spreadsheet would. The layouts, modelled on the
 * schedules councils adopt and post (amounts made up), built here with PDFBox:
 * <ol>
 * <li>one page: agency, "Salary Schedule 2027–28, effective July 1, 2027" and "Adopted by City
 *     Council Resolution No. …" title lines, then Code, Title, Time Base and steps A … E, amounts
 *     right-aligned with "$" and thousands separators, a group heading and a note below the table;</li>
 * <li>"Monthly Salary Ranges": minimum and maximum only in an accounting format ("$" at the cell's
 *     left edge), the time base in a title line, two pages
 *     with the page title and the header repeated on the second and "Page 1 of 2" footers;</li>
 * <li>landscape: hourly, biweekly, monthly and annual minimum/maximum side by side, a Basis column
 *     saying which one the class is paid on;</li>
 * <li>a table continued on the next page without its header, a running page header at the top of
 *     each page and "- 1 -" page numbers, "Step 1" … "Step 5", the pay basis as "HR"/"MO";</li>
 * <li>a resolution's exhibit with its header set on two lines ("Class" over "Code", "Time" over
 *     "Base", "Step" over "1" …), hourly and biweekly classes;</li>
 * <li>"Monthly Salary Steps" set over the step columns "A" … "E" (a two-row header).</li>
 * </ol>
 */
class PdfScheduleImportTest {

    @TempDir
    Path dir;

    private Run importPdf(Path site, String name, byte[] bytes, String... options) throws Exception {
        return Workbooks.importInto(dir, site, name, bytes, options);
    }

    private static List<String> pay(Path site, String schedule, String code) {
        return Workbooks.payRow(site, schedule, code);
    }

    private static List<String> schedule(Path site, String id) {
        return Workbooks.scheduleRow(site, id);
    }

    private static final List<Col> STEPS = List.of(left(40), left(80), left(250), right(360), right(415), right(470), right(525), right(580));

    /** Layout 1, with the given table rows (code, title, time base, A … E) and a title, an effective date. */
    static byte[] stepsSchedule(String title, String[]... rows) {
        SchedulePdf pdf = new SchedulePdf(false).page();
        pdf.centred(50, 14, true, "City of Example");
        pdf.centred(70, 12, true, title);
        pdf.centred(86, 10, false, "Adopted by City Council Resolution No. 2027-33");
        pdf.row(120, 9, true, STEPS, "Code", "Title", "Time Base", "A", "B", "C", "D", "E");
        float y = 140;
        for (String[] row : rows) {
            pdf.row(y, 9, false, STEPS, row);
            y += 14;
        }
        pdf.text(40, y + 20, 8, false, "Amounts are rounded to the cent; steps are about five percent apart.");
        return pdf.bytes();
    }

    @Test
    void onePageWithStepsLettersAndTitleLines() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] pdf = stepsSchedule("Salary Schedule 2027–28, effective July 1, 2027",
                new String[] {"", "Office Support"},
                new String[] {"1001", "Clerk", "Monthly", "$3,400.00", "$3,570.00", "$3,748.50", "$3,935.93", "$4,132.72"},
                new String[] {"1002", "Senior Clerk", "Annual", "$64,000.00", "$67,200.00", "$70,560.00", "", ""});
        Run r = importPdf(site, "salary-2027.pdf", pdf, "--schedule", "fy2027", "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("(salary schedule)"), r.out());
        assertTrue(r.out().contains("columns: page 1 line 4: A \"Code\" → code, B \"Title\" → title, C \"Time Base\" → time_base, D \"A\" → step 1"), r.out());
        assertTrue(r.out().contains("page 1 line 5: skipped, not a class: \"Office Support\""), r.out());
        assertTrue(r.out().contains("page 1 line 8: skipped, not a class: \"Amounts are rounded"), r.out());
        assertEquals(List.of("fy2027", "Salary Schedule 2027–28", "2027-07-01", "City Council Resolution No. 2027-33", "https://docs.example.test/salary-2027.pdf"),
                schedule(site, "fy2027").subList(0, 5));
        assertEquals(List.of("fy2027", "1001", "monthly", "", "", "3400.00;3570.00;3748.50;3935.93;4132.72"), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "annual", "", "", "64000.00;67200.00;70560.00"), pay(site, "fy2027", "1002"));
    }

    @Test
    void minimumAndMaximumOverTwoPagesWithTheHeaderRepeated() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        List<Col> cols = List.of(left(50), left(130), right(430), right(530));
        SchedulePdf pdf = new SchedulePdf(false);
        for (int p = 1; p <= 2; p++) {
            pdf.page();
            pdf.centred(50, p == 1 ? 14 : 10, true, p == 1 ? "City of Example" : "City of Example — Monthly Salary Ranges (continued)");
            float y = 70;
            if (p == 1) {
                pdf.centred(70, 12, true, "Monthly Salary Ranges");
                pdf.centred(86, 10, false, "Effective July 1, 2027 — Approved by the City Council, Resolution No. 2027-51");
                y = 110;
            }
            pdf.row(y, 9, true, cols, "Class Code", "Classification", "Minimum", "Maximum");
            pdf.text(362, y + 16, 9, false, "$").text(462, y + 16, 9, false, "$"); // an accounting format: "$" at the cell's left edge
            if (p == 1) {
                pdf.row(y + 16, 9, false, cols, "1001", "Clerk", "3,400.00", "4,132.72");
                // the rest of the page: classes of other departments' registers would be here
            } else {
                pdf.row(y + 16, 9, false, cols, "1002", "Senior Clerk", "5,333.33", "6,482.70");
            }
            pdf.centred(pdf.height() - 30, 8, false, "Page " + p + " of 2");
        }
        Run r = importPdf(site, "ranges.pdf", pdf.bytes(), "--schedule", "fy2027", "--document", "https://docs.example.test/ranges-2027.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("; time base monthly (page 1 line 2)"), r.out());
        assertFalse(r.out().contains("page 2 line 1") || r.out().contains("page 2 line 2:") || r.out().contains("Page 1 of 2"),
                "the repeated page title, header and the page numbers are no rows: " + r.out());
        assertEquals(List.of("fy2027", "Monthly Salary Ranges", "2027-07-01", "the City Council, Resolution No. 2027-51", "https://docs.example.test/ranges-2027.pdf"),
                schedule(site, "fy2027").subList(0, 5));
        assertEquals(List.of("fy2027", "1001", "monthly", "3400.00", "4132.72", ""), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "monthly", "5333.33", "6482.70", ""), pay(site, "fy2027", "1002"));
    }

    @Test
    void landscapeTimeBasesSideBySideWithABasisColumn() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        List<Col> cols = List.of(left(30), left(70), left(200), right(305), right(365), right(430), right(495), right(560), right(625), right(695), right(765));
        SchedulePdf pdf = new SchedulePdf(true).page();
        pdf.text(30, 40, 13, true, "County of Example — Salary Schedule FY 2027-28");
        pdf.text(30, 58, 9, false, "Effective 7/1/2027. Adopted by Board of Supervisors Resolution No. 27-118.");
        pdf.row(90, 8, true, cols, "Code", "Classification", "Basis", "Hourly Min", "Hourly Max", "Biweekly Min", "Biweekly Max",
                "Monthly Min", "Monthly Max", "Annual Min", "Annual Max");
        pdf.row(106, 8, false, cols, "1001", "Clerk", "Monthly", "19.62", "23.84", "1,569.23", "1,907.41", "3,400.00", "4,132.72", "40,800.00", "49,592.64");
        pdf.row(120, 8, false, cols, "1002", "Senior Clerk", "Annual", "30.77", "38.46", "2,461.54", "3,076.92", "5,333.33", "6,666.67", "64,000.00", "80,000.00");
        Run r = importPdf(site, "county.pdf", pdf.bytes(), "--schedule", "fy2027", "--document", "https://docs.example.test/county-2027.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("C \"Basis\" → time_base") && r.out().contains("K \"Annual Max\" → annual maximum"), r.out());
        assertEquals("2027-07-01", schedule(site, "fy2027").get(2));
        assertEquals("Board of Supervisors Resolution No. 27-118", schedule(site, "fy2027").get(3));
        assertEquals(List.of("fy2027", "1001", "monthly", "3400.00", "4132.72", ""), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "annual", "64000.00", "80000.00", ""), pay(site, "fy2027", "1002"));
    }

    @Test
    void tableContinuedWithoutItsHeaderUnderARunningPageHeader() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        List<Col> cols = List.of(left(40), left(90), left(230), right(330), right(390), right(450), right(510), right(570));
        // page 1: the title block and the table's start; page 2: the table goes on at the top
        SchedulePdf first = new SchedulePdf(false).page();
        first.text(40, 36, 8, false, "City of Example · Adopted Salary Schedule FY 2027–28");
        first.centred(70, 13, true, "Salary Schedule FY 2027–28");
        first.centred(86, 10, false, "Effective on July 1, 2027");
        first.centred(100, 10, false, "Adopted by City Council Resolution No. 2027-61 on June 10, 2027");
        first.row(130, 9, true, cols, "Job Code", "Job Title", "Pay Basis", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5");
        first.row(146, 9, false, cols, "1001", "Clerk", "MO", "3,400.00", "3,570.00", "3,748.50", "3,935.93", "4,132.72");
        first.centred(first.height() - 30, 8, false, "- 1 -");
        first.page();
        first.text(40, 36, 8, false, "City of Example · Adopted Salary Schedule FY 2027–28");
        first.row(70, 9, false, cols, "1002", "Senior Clerk", "HR", "30.77", "32.31", "33.92", "35.62", "37.40");
        first.centred(first.height() - 30, 8, false, "- 2 -");
        Run r = importPdf(site, "fy2027.pdf", first.bytes(), "--schedule", "fy2027", "--document", "https://docs.example.test/fy2027.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("page 2 line 1:") || r.out().contains("- 2 -"), "the running header and page numbers are no rows: " + r.out());
        assertTrue(r.out().contains("columns: page 1 line 5: A \"Job Code\" → code") && r.out().contains("page 2 line 2: class 1002 hourly 5 steps"),
                "lines are counted from the top of the page, the running header too: " + r.out());
        assertEquals(List.of("fy2027", "Salary Schedule FY 2027–28", "2027-07-01", "City Council Resolution No. 2027-61 on June 10, 2027"),
                schedule(site, "fy2027").subList(0, 4));
        assertEquals(List.of("fy2027", "1001", "monthly", "", "", "3400.00;3570.00;3748.50;3935.93;4132.72"), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "hourly", "", "", "30.77;32.31;33.92;35.62;37.40"), pay(site, "fy2027", "1002"));
    }

    @Test
    void aHeaderSetOnTwoLines() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        List<Col> cols = List.of(left(40), left(85), left(230), right(340), right(400), right(460), right(520));
        SchedulePdf pdf = new SchedulePdf(false).page();
        pdf.centred(60, 12, true, "Exhibit A — Salary Schedule, effective July 1, 2027");
        pdf.centred(76, 10, false, "Adopted by City Council Resolution No. 2027-45");
        pdf.row(110, 8, true, cols, "Class", "", "Time", "Step", "Step", "Step", "Step");
        pdf.row(120, 8, true, cols, "Code", "Classification", "Base", "1", "2", "3", "4");
        pdf.row(136, 9, false, cols, "1001", "Clerk", "Hourly", "19.62", "20.60", "21.63", "22.71");
        pdf.row(150, 9, false, cols, "1002", "Senior Clerk", "Bi-Weekly", "2,461.54", "2,584.62", "2,713.85", "2,849.54");
        Run r = importPdf(site, "exhibit-a.pdf", pdf.bytes(), "--schedule", "fy2027", "--document", "https://docs.example.test/exhibit-a.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("columns: page 1 line 3: A \"Class Code\" → code, B \"Classification\" → title, C \"Time Base\" → time_base, "
                + "D \"Step 1\" → step 1"), r.out());
        assertEquals("Exhibit A — Salary Schedule", schedule(site, "fy2027").get(1));
        assertEquals(List.of("fy2027", "1001", "hourly", "", "", "19.62;20.60;21.63;22.71"), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "biweekly", "", "", "2461.54;2584.62;2713.85;2849.54"), pay(site, "fy2027", "1002"));
    }

    @Test
    void aHeadingOverTheStepsMakesATwoRowHeader() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        List<Col> cols = List.of(left(40), left(100), right(330), right(390), right(450), right(510), right(570));
        SchedulePdf pdf = new SchedulePdf(false).page();
        pdf.centred(60, 12, true, "Salary Schedule, effective July 1, 2027");
        pdf.centred(76, 10, false, "Adopted by City Council Resolution No. 2027-45");
        pdf.row(110, 9, true, cols, "Class Code", "Classification");
        pdf.text(400, 110, 9, true, "Monthly Salary Steps");
        pdf.row(122, 9, true, cols, "", "", "A", "B", "C", "D", "E");
        pdf.row(138, 9, false, cols, "1002", "Senior Clerk", "5,333.33", "5,600.00", "5,880.00", "6,174.00", "6,482.70");
        Run r = importPdf(site, "steps.pdf", pdf.bytes(), "--schedule", "fy2027", "--document", "https://docs.example.test/steps.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("C \"Monthly A\" → monthly step 1"), r.out());
        assertEquals(List.of("fy2027", "1002", "monthly", "", "", "5333.33;5600.00;5880.00;6174.00;6482.70"), pay(site, "fy2027", "1002"));
    }

    @Test
    void aLongScheduleOverEightPagesIsReadRowByRow() throws Exception {
        SchedulePdf pdf = new SchedulePdf(false);
        int n = 0;
        for (int p = 1; p <= 8; p++) {
            pdf.page();
            pdf.centred(40, p == 1 ? 13 : 9, true, p == 1 ? "Salary Schedule 2027–28, effective July 1, 2027" : "Salary Schedule 2027–28 (continued)");
            pdf.row(70, 9, true, STEPS, "Code", "Title", "Time Base", "A", "B", "C", "D", "E");
            for (int r = 0; r < 40 && n < 300; r++, n++) {
                double a = 3000 + 10 * n;
                pdf.row(86 + 15 * r, 9, false, STEPS, String.format("C%03d", n + 1), "Analyst " + (n + 1), "Monthly",
                        String.format("$%,.2f", a), String.format("$%,.2f", a * 1.05), String.format("$%,.2f", a * 1.1), String.format("$%,.2f", a * 1.15),
                        String.format("$%,.2f", a * 1.2));
            }
            pdf.centred(pdf.height() - 30, 8, false, "Page " + p + " of 8");
        }
        List<Grid> grids = org.jobspecs.intake.table.pdf.PdfGrids.read(pdf.bytes());
        Grid grid = grids.get(0);
        assertEquals(1 + 1 + 300, grid.rows().size(), "title, header, 300 classes; repeated page titles, headers and page numbers dropped");
        assertEquals(List.of("C001", "Analyst 1", "Monthly", "$3,000.00", "$3,150.00", "$3,300.00", "$3,450.00", "$3,600.00"), grid.rows().get(2));
        assertEquals("C300", grid.cell(301, 0));
        assertEquals("$5,990.00", grid.cell(301, 3));
        assertEquals("page 8 line 22", grid.where(301));
    }

    @Test
    void unusableRowsAreErrorsWithTheirPageAndLine() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String payBefore = FixtureSite.read(site.resolve("data/pay.csv"));
        byte[] pdf = stepsSchedule("Salary Schedule 2027–28, effective July 1, 2027",
                new String[] {"1001", "Clerk", "Monthly", "$3,400.00", "$3,300.00", "$3,748.50", "", ""},
                new String[] {"102", "Senior Clerk", "Annual", "$64,000.00", "$67,200.00", "$70,560.00", "", ""},
                new String[] {"", "Records Clerk", "Monthly", "$3,100.00", "$3,255.00", "", "", ""},
                new String[] {"1002", "Senior Clerk", "Monthly", "TBD", "", "", "", ""},
                new String[] {"1001", "Clerk", "Weekly", "$900.00", "", "", "", ""});
        Run r = importPdf(site, "bad.pdf", pdf, "--schedule", "fy2027", "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(1, r.code(), r.out());
        for (String expected : List.of(
                "page 1 line 5: steps of class 1001 are not ascending (step 2 is 3300.00, step 1 is 3400.00)",
                "page 1 line 6: class 102 is not in data/classes.csv (did you mean 1002?)",
                "page 1 line 7: pay with no class code for \"Records Clerk\"",
                "page 1 line 8: \"TBD\" in column D (A) for class 1002 is not an amount",
                "page 1 line 9: time base \"Weekly\" for class 1001 is not hourly, biweekly, monthly or annual")) {
            assertTrue(r.out().contains(expected), expected + "\n" + r.out());
        }
        assertTrue(r.out().contains("nothing written"), r.out());
        assertEquals(payBefore, FixtureSite.read(site.resolve("data/pay.csv")));
    }

    @Test
    void aScannedScheduleIsAnErrorSayingSo() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Run r = importPdf(site, "scan.pdf", SchedulePdf.scanned(), "--schedule", "fy2027");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("scan.pdf: no text layer — this PDF is a scanned image — run OCR on it"), r.out());
        Run notPdf = importPdf(site, "broken.pdf", "not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8), "--schedule", "fy2027");
        assertEquals(1, notPdf.code(), notPdf.out());
        assertTrue(notPdf.out().contains("broken.pdf: cannot read the salary schedule:"), notPdf.out());
    }

    @Test
    void aPdfWithoutScheduleIsStillASpecDocument() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] pdf = stepsSchedule("Salary Schedule 2027–28, effective July 1, 2027",
                new String[] {"1001", "Clerk", "Monthly", "$3,400.00", "$3,570.00", "$3,748.50", "$3,935.93", "$4,132.72"});
        Run r = importPdf(site, "salary.pdf", pdf, "--dry-run");
        assertFalse(r.out().contains("(salary schedule)") || r.out().contains("(class list)"), r.out());
    }

    @Test
    void importedPdfScheduleBuildsIntoTheClassPages() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] pdf = stepsSchedule("Salary Schedule 2025–26 (Amended), effective September 1, 2025",
                new String[] {"1001", "Clerk", "Monthly", "$3,150.00", "$3,307.50", "$3,472.88", "", ""},
                new String[] {"1002", "Senior Clerk", "Annual", "$63,000.00", "$66,150.00", "$69,457.50", "$72,930.38", "$76,576.90"});
        Run r = importPdf(site, "amended.pdf", pdf, "--schedule", "s2025b", "--document", "https://docs.example.test/salary-2025b.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        Run build = jobspecs("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--date", FixtureSite.DATE.toString());
        assertEquals(0, build.code(), build.out() + build.err());
        assertTrue(build.out().contains(" 0 errors"), build.out());
        String clerk = Jsoup.parse(FixtureSite.read(dir.resolve("out/classes/1001/index.html"))).text();
        assertTrue(clerk.contains("Salary Schedule 2025–26 (Amended)") && clerk.contains("$3,150.00") && clerk.contains("$3,472.88"), clerk);
        String senior = Jsoup.parse(FixtureSite.read(dir.resolve("out/classes/1002/index.html"))).text();
        assertTrue(senior.contains("$76,576.90"), senior);
    }
}
