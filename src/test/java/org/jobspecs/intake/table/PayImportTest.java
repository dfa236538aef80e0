package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.Workbooks.jobspecs;
import static org.jobspecs.intake.table.Workbooks.sheets;
import static org.jobspecs.intake.table.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.intake.table.Workbooks.Formula;
import org.jobspecs.intake.table.Workbooks.Money;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.source.CsvRecords;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: salary schedules become rows of data/schedules.csv and data/pay.csv. The layouts,
 * modelled on the schedules cities and counties adopt (amounts made up):
 * <ol>
 * <li>an adopted schedule workbook: agency, "Salary Schedule — Effective July 1, 2027" and
 *     "Adopted by City Council Resolution No. 2027-45" title rows, a time-base column, steps A … E as
 *     currency cells, later steps as formulas (5% apart);</li>
 * <li>a resolution's exhibit with a two-row header: "Monthly Salary Steps" (a merged cell) over
 *     "A" … "E";</li>
 * <li>one time base per sheet: sheets named "Hourly" and "Monthly", "Step 1" … "Step 5";</li>
 * <li>a CSV with hourly, monthly and annual minimum/maximum columns side by side and a "Pay Basis"
 *     column saying which the class is paid on;</li>
 * <li>a range table ("Monthly Salary Ranges", range number and steps) joined to a class-to-range
 *     list on another sheet;</li>
 * <li>a grade table with one row per grade and time base (hourly, biweekly, annual rows under each
 *     grade), joined to a class-to-grade list that says which time base each class is paid on;</li>
 * <li>several schedules as sheets of one workbook ("FY 2026-27", "FY 2027-28"), each stating its
 *     effective date.</li>
 * </ol>
 */
class PayImportTest {

    @TempDir
    Path dir;

    private Run importInto(Path site, String name, byte[] bytes, String... options) throws Exception {
        return Workbooks.importInto(dir, site, name, bytes, options);
    }

    private static List<String> pay(Path site, String schedule, String code) {
        return Workbooks.payRow(site, schedule, code);
    }

    private static List<String> schedule(Path site, String id) {
        return Workbooks.scheduleRow(site, id);
    }

    @Test
    void adoptedWorkbookWithTitleRowsLettersAndFormulas() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets("Salary Schedule", new Object[][] {
            {"City of Example"},
            {"Salary Schedule — Effective July 1, 2027"},
            {"Adopted by City Council Resolution No. 2027-45"},
            {},
            {"Job Code", "Job Title", "Range", "Time Base", "A", "B", "C", "D", "E"},
            {"Office Support"},
            {"1001", "Clerk", 12, "Monthly", new Money(3400), new Formula("E7*1.05"), new Formula("F7*1.05"), new Formula("G7*1.05"), new Formula("H7*1.05")},
            {"1002", "Senior Clerk", 18, "Annual", new Money(64000), new Money(67200), new Money(70560), null, null},
        }));
        Run r = importInto(site, "salary-2027.xlsx", book, "--schedule", "fy2027", "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("columns: Salary Schedule row 5: A \"Job Code\" → code, B \"Job Title\" → title, C \"Range\" → range, "
                + "D \"Time Base\" → time_base, E \"A\" → step 1, F \"B\" → step 2, G \"C\" → step 3, H \"D\" → step 4, I \"E\" → step 5; "
                + "states effective 2027-07-01"), r.out());
        assertEquals(List.of("fy2027", "Salary Schedule", "2027-07-01", "City Council Resolution No. 2027-45", "https://docs.example.test/salary-2027.pdf"),
                schedule(site, "fy2027").subList(0, 5));
        assertEquals(List.of("fy2027", "1001", "monthly", "", "", "3400.00;3570.00;3748.50;3935.93;4132.72"), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "annual", "", "", "64000.00;67200.00;70560.00"), pay(site, "fy2027", "1002"));
        assertTrue(r.out().contains("Salary Schedule row 6: skipped, not a class: \"Office Support\""), r.out());
    }

    @Test
    void twoRowHeaderWithTheTimeBaseOverTheSteps() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets("Exhibit A", new Object[][] {
            {"Exhibit A — Salary Schedule, effective July 1, 2027"},
            {"Class Title", "Class Code", "Range", "Monthly Salary Steps"},
            {null, null, null, "A", "B", "C", "D", "E"},
            {"Clerk", "1001", 12, 3400, 3570, 3748.5, 3935.93, 4132.72},
            {"Senior Clerk", "1002", 18, 5333.33, 5600, 5880, 6174, 6482.7},
        }));
        Run r = importInto(site, "exhibit-a.xlsx", book, "--adopted-by", "City Council Resolution 2027-12", "--schedule", "fy2027", "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("D \"Monthly A\" → monthly step 1"), r.out());
        assertEquals(List.of("fy2027", "1002", "monthly", "", "", "5333.33;5600.00;5880.00;6174.00;6482.70"), pay(site, "fy2027", "1002"));
        assertEquals("Exhibit A — Salary Schedule", schedule(site, "fy2027").get(1));
    }

    @Test
    void oneTimeBasePerSheet() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets(
                "Hourly", new Object[][] {{"Class No.", "Class Title", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5"},
                    {"1002", "Senior Clerk", 30.5, 32.03, 33.63, 35.31, 37.08}},
                "Monthly", new Object[][] {{"Class No.", "Class Title", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5"},
                    {"1001", "Clerk", 3400, 3570, 3748.5, 3935.93, 4132.72}}));
        Run r = importInto(site, "pay.xlsx", book, "--adopted-by", "City Council Resolution 2027-12", "--schedule", "fy2027", "--effective", "2027-07-01", "--title", "Salary Schedule 2027–28",
                "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("; time base hourly (sheet Hourly)"), r.out());
        assertEquals("hourly", pay(site, "fy2027", "1002").get(2));
        assertEquals("30.50;32.03;33.63;35.31;37.08", pay(site, "fy2027", "1002").get(5));
        assertEquals("monthly", pay(site, "fy2027", "1001").get(2));

        byte[] both = xlsx(sheets(
                "Hourly", new Object[][] {{"Class No.", "Class Title", "Step 1", "Step 2"}, {"1001", "Clerk", 19.62, 20.60}},
                "Monthly", new Object[][] {{"Class No.", "Class Title", "Step 1", "Step 2"}, {"1001", "Clerk", 3400, 3570}}));
        Run twice = importInto(site, "both.xlsx", both, "--adopted-by", "City Council Resolution 2027-12", "--schedule", "fy2028", "--effective", "2028-07-01", "--title", "T", "--document", "https://x.test/s.pdf");
        assertEquals(1, twice.code(), twice.out());
        assertTrue(twice.out().contains("Monthly row 2: class 1001 is given again (first at Hourly row 2) in another time base (hourly, here monthly)"), twice.out());
    }

    @Test
    void timeBasesSideBySideWithTheBasisStated() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "Code,Title,Pay Basis,Hourly Min,Hourly Max,Monthly Min,Monthly Max,Annual Min,Annual Max\n"
                + "1001,Clerk,M,\"$19.62\",\"$23.84\",\"$3,400.00\",\"$4,132.72\",\"$40,800.00\",\"$49,592.64\"\n"
                + "1002,Senior Clerk,Annual,30.77,38.46,5333.33,6666.67,64000,80000\n";
        Run r = importInto(site, "pay.csv", csv.getBytes(StandardCharsets.UTF_8), "--adopted-by", "City Council Resolution 2027-12", "--schedule", "fy2027", "--effective", "2027-07-01",
                "--title", "Salary Schedule 2027–28", "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("D \"Hourly Min\" → hourly minimum"), r.out());
        assertEquals(List.of("fy2027", "1001", "monthly", "3400.00", "4132.72", ""), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "annual", "64000.00", "80000.00", ""), pay(site, "fy2027", "1002"));
    }

    @Test
    void rangeTableJoinedToAClassList() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets(
                "Classes", new Object[][] {{"Class Code", "Class Title", "Salary Range"}, {"1001", "Clerk", "R-07"}, {"1002", "Senior Clerk", 12}},
                "Ranges", new Object[][] {{"Monthly Salary Ranges — effective July 1, 2027"}, {"Range", "Step 1", "Step 2", "Step 3"},
                    {7, 3400, 3570, 3748.5}, {12, 5333.33, 5600, 5880}}));
        Run r = importInto(site, "ranges.xlsx", book, "--adopted-by", "City Council Resolution 2027-12", "--schedule", "fy2027", "--title", "Salary Schedule 2027–28",
                "--document", "https://docs.example.test/salary-2027.pdf");
        assertEquals(0, r.code(), r.out());
        assertEquals(List.of("fy2027", "1001", "monthly", "", "", "3400.00;3570.00;3748.50"), pay(site, "fy2027", "1001"));
        assertEquals(List.of("fy2027", "1002", "monthly", "", "", "5333.33;5600.00;5880.00"), pay(site, "fy2027", "1002"));
        assertEquals("2027-07-01", schedule(site, "fy2027").get(2), "the range sheet's title row gives the date");
    }

    @Test
    void gradeTableWithARowPerTimeBase() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Object[][] grades = {{"Pay Schedule PAT — effective January 1, 2028"}, {"Grade", "Pay Basis", "Step 1", "Step 2", "Step 3", "Step 4"},
            {"PAT-10", "Hourly", 19.62, 20.60, 21.63, 22.71}, {"PAT-10", "Biweekly", 1569.6, 1648, 1730.4, 1816.8},
            {"PAT-10", "Annual", 40809.6, 42848, 44990.4, 47236.8},
            {"PAT-14", "Hourly", 30.77, 32.31, 33.93, 35.63}, {"PAT-14", "Annual", 64001.6, 67204.8, 70574.4, 74110.4}};
        byte[] book = xlsx(sheets("Grades", grades,
                "Classes", new Object[][] {{"Job Class", "Job Title", "Pay Grade", "Pay Basis"}, {"1001", "Clerk", "PAT-10", "Hourly"}, {"1002", "Senior Clerk", "PAT-14", "Annual"}}));
        Run r = importInto(site, "grades.xlsx", book, "--adopted-by", "City Council Resolution 2027-12", "--schedule", "pat2028", "--title", "PAT Pay Schedule 2028", "--document", "https://docs.example.test/pat-2028.pdf");
        assertEquals(0, r.code(), r.out());
        assertEquals(List.of("pat2028", "1001", "hourly", "", "", "19.62;20.60;21.63;22.71"), pay(site, "pat2028", "1001"));
        assertEquals(List.of("pat2028", "1002", "annual", "", "", "64001.60;67204.80;70574.40;74110.40"), pay(site, "pat2028", "1002"));
        assertEquals("2028-01-01", schedule(site, "pat2028").get(2));

        byte[] unsaid = xlsx(sheets("Grades", grades,
                "Classes", new Object[][] {{"Job Class", "Job Title", "Pay Grade"}, {"1001", "Clerk", "PAT-10"}}));
        Run bad = importInto(site, "grades2.xlsx", unsaid, "--schedule", "pat2028b", "--title", "T", "--document", "https://docs.example.test/pat-2028.pdf");
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains("Classes row 2: class 1001 is on range PAT-10, which is given in hourly, biweekly, annual amounts; one time base per class"), bad.out());
    }

    @Test
    void severalSchedulesAsSheets() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Object[] header = {"Code", "Title", "Basis", "Min", "Max"};
        byte[] book = xlsx(sheets(
                "FY 2026-27", new Object[][] {{"Salary Schedule 2026–27, effective July 1, 2026"}, {"Adopted by City Council Resolution 2026-40"},
                    {"Document: https://docs.example.test/s2026-27.pdf"}, header,
                    {"1001", "Clerk", "Monthly", 3300, 4000}, {"1002", "Senior Clerk", "Annual", 62000, 78000}},
                "FY 2027-28", new Object[][] {{"Salary Schedule 2027–28, effective July 1, 2027"}, {"Adopted by City Council Resolution 2027-33"},
                    {"Document: https://docs.example.test/s2027-28.pdf"}, header,
                    {"1001", "Clerk", "Monthly", 3400, 4132.72}, {"1002", "Senior Clerk", "Annual", 64000, 80000}}));
        Run r = importInto(site, "two.xlsx", book, "--schedule", "fy");
        assertEquals(0, r.code(), r.out());
        assertEquals(List.of("fy-2026", "Salary Schedule 2026–27", "2026-07-01", "City Council Resolution 2026-40", "https://docs.example.test/s2026-27.pdf"), schedule(site, "fy-2026").subList(0, 5));
        assertEquals(List.of("fy-2027", "1001", "monthly", "3400.00", "4132.72", ""), pay(site, "fy-2027", "1001"));
        assertEquals("62000.00", pay(site, "fy-2026", "1002").get(3));
    }

    /** Every row the import cannot use is named with its row number; exit 1 and nothing written. */
    @Test
    void unusableRowsAreErrorsWithTheirRowNumbers() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String payBefore = FixtureSite.read(site.resolve("data/pay.csv"));
        String schedulesBefore = FixtureSite.read(site.resolve("data/schedules.csv"));
        byte[] book = xlsx(sheets("Sheet1", new Object[][] {
            {"Salary Schedule effective July 1, 2027"},
            {"Class Code", "Title", "Time Base", "Step 1", "Step 2", "Step 3"},
            {"1001", "Clerk", "Monthly", 3400, 3300, 3500},
            {"1002", "Senior Clerk", "Hourly", 6000, 6300, 6600},
            {"1001A", "Clerk (Bilingual)", "Monthly", 3500, 3600, 3700},
            {null, "Typist", "Monthly", 3000, 3100, 3200},
            {"1003", "Office Aide", "Weekly", 900, 950, 1000},
            {"1004", "Records Clerk", "Monthly", 3000, "TBD", 3200},
            {"1005", "Mail Clerk", "Monthly", 3000, null, 3200},
        }));
        Run r = importInto(site, "bad.xlsx", book, "--schedule", "fy2027", "--effective", "2027-01-01", "--title", "T", "--document", "https://x.test/s.pdf");
        assertEquals(1, r.code(), r.out());
        for (String expected : List.of(
                "Sheet1 row 3: steps of class 1001 are not ascending (step 2 is 3300.00, step 1 is 3400.00)",
                "Sheet1 row 4: hourly amount 6000.00 for class 1002 is not a plausible hourly rate (5 to 500)",
                "Sheet1 row 5: class 1001A is not in data/classes.csv (did you mean 1001?)",
                "Sheet1 row 6: pay with no class code for \"Typist\"",
                "Sheet1 row 7: time base \"Weekly\" for class 1003 is not hourly, biweekly, monthly or annual",
                "Sheet1 row 8: \"TBD\" in column E (Step 2) for class 1004 is not an amount",
                "Sheet1 row 9: step 2 of class 1005 is empty, but a later step is given",
                "the effective date is given two ways: 2027-07-01 (Sheet1 row 1) and 2027-01-01 (the option)")) {
            assertTrue(r.out().contains(expected), expected + "\n" + r.out());
        }
        assertTrue(r.out().contains("nothing written"), r.out());
        assertEquals(payBefore, FixtureSite.read(site.resolve("data/pay.csv")));
        assertEquals(schedulesBefore, FixtureSite.read(site.resolve("data/schedules.csv")));
    }

    @Test
    void severalTimeBasesInARowWithoutABasisIsAnError() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "Code,Title,Hourly Min,Hourly Max,Monthly Min,Monthly Max\n1001,Clerk,19.62,23.84,3400,4132.72\n1002,Senior Clerk,,,5333.33,6666.67\n";
        Run r = importInto(site, "pay.csv", csv.getBytes(StandardCharsets.UTF_8), "--schedule", "s2025", "--dry-run");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("row 2: class 1001 gives hourly and monthly amounts and does not say which it is paid on; one time base per row"), r.out());
        assertTrue(!r.out().contains("row 3:"), "the row with one set of amounts is read: " + r.out());
    }

    @Test
    void existingPayIsKeptWithoutForceAndClassesWithoutPayAreReported() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "Class Code,Class Title,Time Base,Step 1,Step 2,Step 3\n01001,Clerk,Monthly,3500,3675,3858.75\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        String payBefore = FixtureSite.read(site.resolve("data/pay.csv"));
        Run dry = importInto(site, "pay.csv", bytes, "--schedule", "s2025", "--force", "--dry-run");
        assertEquals(0, dry.code(), dry.out());
        assertTrue(dry.out().contains("would: row 2: class 1001 monthly 3 steps 3500.00 to 3858.75 → data/pay.csv: replaced"), dry.out());
        assertEquals(payBefore, FixtureSite.read(site.resolve("data/pay.csv")), "a dry run writes nothing");
        Run badDate = importInto(site, "pay.csv", bytes, "--schedule", "s2099", "--effective", "July 2099", "--title", "T", "--document", "https://x.test/a.pdf");
        assertEquals(1, badDate.code(), badDate.out());
        assertTrue(badDate.out().contains("--effective July 2099 is not a date — write it as YYYY-MM-DD"), badDate.out());
        // 2 CCR 570.5(a)(1): a new schedule needs the body that adopted it, or the build would refuse it.
        Run unadopted = importInto(site, "pay.csv", bytes, "--schedule", "s2099", "--effective", "2099-07-01", "--title", "T",
                "--document", "https://x.test/a.pdf");
        assertEquals(1, unadopted.code(), unadopted.out());
        assertTrue(unadopted.out().contains("schedule s2099 is new and neither --adopted-by nor a title row (\"Adopted by …\") says who adopted it"),
                unadopted.out());
        assertEquals(payBefore, FixtureSite.read(site.resolve("data/pay.csv")), "nothing written");
        Run kept = importInto(site, "pay.csv", bytes, "--schedule", "s2025");
        assertEquals(0, kept.code(), kept.out());
        assertTrue(kept.out().contains("schedule s2025 is in data/schedules.csv: kept as it is"), kept.out());
        assertTrue(kept.out().contains("row 2: class 1001: pay in schedule s2025 exists in data/pay.csv: kept (use --force to replace it)"), kept.out());
        assertTrue(kept.out().contains("notice: " + dir.resolve("pay.csv").toString().replace('\\', '/')
                + ": schedule s2025: 1 current class has no pay in it: 1002"), kept.out());
        assertTrue(kept.out().contains("class 01001 is written 1001 in data/classes.csv"), kept.out());
        assertEquals("3100.00;3255.00;3417.75", pay(site, "s2025", "1001").get(5));
        Run forced = importInto(site, "pay.csv", bytes, "--schedule", "s2025", "--force");
        assertEquals(0, forced.code(), forced.out());
        assertEquals("3500.00;3675.00;3858.75", pay(site, "s2025", "1001").get(5));
        assertEquals(1, CsvRecords.parse(FixtureSite.read(site.resolve("data/pay.csv"))).stream()
                .filter(p -> p.get(0).equals("s2025") && p.get(1).equals("1001")).count());
    }
}
