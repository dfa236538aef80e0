package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.Workbooks.jobspecs;
import static org.jobspecs.intake.table.Workbooks.sheets;
import static org.jobspecs.intake.table.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.intake.table.Workbooks.Zeros;
import org.jobspecs.source.CsvRecords;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: class lists from HRIS exports become rows of data/classes.csv. Four layouts, modelled
 * on real exports (the data is made up):
 * <ol>
 * <li>an ERP "classification listing" report saved as .xlsx: agency and run-date title rows above
 *     the header, codes kept with leading zeros by a "0000" number format, FLSA as Exempt/Non-Exempt,
 *     unit by its full name;</li>
 * <li>a PeopleSoft-style CSV query (JOBCODE, DESCR, DEPT_NAME, UNION_CD, FLSA_STATUS with E/N, and
 *     GRADE and annual MIN/MAX rates, which are left to the salary schedule), the title column named with --map;</li>
 * <li>an HR register CSV with a byte-order mark ("Class Code", "Classification", "Rep Unit",
 *     "Exempt (Y/N)", "Series");</li>
 * <li>a workbook whose first sheet is notes and whose second holds the classes.</li>
 * </ol>
 */
class ClassListImportTest {

    @TempDir
    Path dir;

    private List<List<String>> register(Path site) {
        return CsvRecords.parse(FixtureSite.read(site.resolve("data/classes.csv")));
    }

    private List<String> row(Path site, String code) {
        return register(site).stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }

    private Run importInto(Path site, String name, byte[] bytes, String... options) throws Exception {
        return Workbooks.importInto(dir, site, name, bytes, options);
    }

    @Test
    void erpListingWithTitleRowsAndLeadingZeros() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets("Classification Listing", new Object[][] {
            {"City of Example"},
            {"Classification Listing — run 11/01/2025 08:14"},
            {},
            {"Job Code", "Job Title", "Dept", "Bargaining Unit", "FLSA Status"},
            {new Zeros("0410"), "Water Treatment Operator I", "Public Works", "General Employees Association", "Non-Exempt"},
            {new Zeros("0411"), "Water Treatment Operator II", "Public Works", "General Employees Association", "Non-Exempt"},
            {2205, "Accountant", "Finance", "Unrepresented Managers", "Exempt"},
            {},
            {"Report total: 3 classifications"},
        }));
        Run r = importInto(site, "classes.xlsx", book);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("columns: Classification Listing row 4: A \"Job Code\" → code, B \"Job Title\" → title, C \"Dept\" → department, "
                + "D \"Bargaining Unit\" → unit, E \"FLSA Status\" → flsa; no column for series"), r.out());
        assertTrue(r.out().contains("Classification Listing row 5: class 0410 Water Treatment Operator I → data/classes.csv: added"), r.out());
        assertEquals(List.of("0410", "Water Treatment Operator I", "Public Works", "general", "Non-exempt", "", "", "current"), row(site, "0410").subList(0, 8));
        assertEquals(List.of("2205", "Accountant", "Finance", "managers", "Exempt"), row(site, "2205").subList(0, 5));
        assertEquals(3 + 3, register(site).size() - 1, "three rows added to the fixture's three");
        assertTrue(r.out().contains("notice: " + dir.resolve("classes.xlsx").toString().replace('\\', '/')
                + ": Classification Listing row 9: skipped, not a class: \"Report total: 3 classifications\""), r.out());
    }

    @Test
    void peopleSoftCsvWithMappedTitle() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "JOBCODE,DESCR,DEPT_NAME,UNION_CD,FLSA_STATUS,GRADE,MIN_RT_ANNUAL,MAX_RT_ANNUAL\r\n"
                + "3110,Maintenance Worker,Public Works,GENERAL,N,14,41000,52000\r\n"
                + "3120,Maintenance Lead Worker,Public Works,GENERAL,N,17,47000,60000\r\n"
                + "3190,Maintenance Superintendent,Public Works,MANAGERS,E,M3,90000,120000\r\n";
        Run r = importInto(site, "jobcodes.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "--map", "title=DESCR");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("B \"DESCR\" → title"), r.out());
        assertTrue(r.out().contains("row 1: the pay columns of the class list are not imported — pay comes from the adopted salary schedule"), r.out());
        assertEquals(List.of("3190", "Maintenance Superintendent", "Public Works", "managers", "Exempt"), row(site, "3190").subList(0, 5));
        assertEquals(List.of("3110", "Maintenance Worker", "Public Works", "general", "Non-exempt"), row(site, "3110").subList(0, 5));
    }

    @Test
    void registerCsvWithSeriesAndYesNoExempt() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "\uFEFFClass Code,Classification,Department,Rep Unit,Exempt (Y/N),Series\n"
                + "5101,Librarian I,Library,general,N,Librarian\n"
                + "5102,Librarian II,Library,general,N,Librarian\n"
                + "1003,Office Specialist,City Clerk,general,N,Clerical\n";
        Run r = importInto(site, "register.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, r.code(), r.out());
        assertEquals(List.of("5101", "Librarian I", "Library", "general", "Non-exempt", "librarian"), row(site, "5101").subList(0, 6));
        assertEquals("clerical", row(site, "1003").get(5), "an existing series is matched by its title");
        assertTrue(FixtureSite.read(site.resolve("data/series.csv")).contains("librarian,Librarian,"), "the new series is added");
        assertTrue(r.out().contains("series librarian (Librarian) added to data/series.csv"), r.out());
    }

    @Test
    void classesOnTheSecondSheetOfAWorkbook() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets(
                "Read me", new Object[][] {{"Exported from the HRIS for the class specification project."}, {"Questions: HR, x4410"}},
                "Classes", new Object[][] {
                    {"Classification Code", "Classification Title", "Department Name", "Union", "FLSA"},
                    {"PW-410", "Senior Engineer", "Public Works", "managers", "EXEMPT"},
                    {"PW-420", "Associate Engineer", "Public Works", "general", "NON-EXEMPT"},
                }));
        Run r = importInto(site, "hris.xlsx", book);
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("columns: Classes row 1: "), r.out());
        assertEquals(List.of("PW-420", "Associate Engineer", "Public Works", "general", "Non-exempt"), row(site, "PW-420").subList(0, 5));
    }

    /** Every row import cannot use is named with its row number; the exit code is 1 and nothing is written. */
    @Test
    void unusableRowsAreErrorsWithTheirRowNumbers() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String before = FixtureSite.read(site.resolve("data/classes.csv"));
        byte[] book = xlsx(sheets("Sheet1", new Object[][] {
            {"Class List"},
            {"Code", "Title", "Department", "Unit", "FLSA"},
            {"4001", "Planner", "Planning", "general", "Non-exempt"},
            {null, "Planning Technician", "Planning", "general", "Non-exempt"},
            {"4002", "Senior Planner", "Planning", "genral", "Exempt"},
            {"4003", "Planning Manager", "Planning", "managers", "maybe"},
            {"04001", "Planner (again)", "Planning", "general", "Non-exempt"},
            {"40/04", "Principal Planner", "Planning", "managers", "Exempt"},
            {"4005", null, "Planning", "general", "Exempt"},
        }));
        Run r = importInto(site, "classes.xlsx", book);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("error: " + dir.resolve("classes.xlsx").toString().replace('\\', '/')
                + ": Sheet1 row 4: no class code for \"Planning Technician\""), r.out());
        assertTrue(r.out().contains("Sheet1 row 5: unit \"genral\" for class 4002 is not in data/units.csv (did you mean general?)"), r.out());
        assertTrue(r.out().contains("Sheet1 row 6: FLSA status \"maybe\" for class 4003 is neither exempt nor non-exempt"), r.out());
        assertTrue(r.out().contains("Sheet1 row 7: class code 04001 is given twice (first at Sheet1 row 3)"), r.out());
        assertTrue(r.out().contains("Sheet1 row 8: class code \"40/04\" cannot be part of a web address"), r.out());
        assertTrue(r.out().contains("Sheet1 row 9: no title for class 4005"), r.out());
        assertTrue(r.out().contains("nothing written"), r.out());
        assertEquals(before, FixtureSite.read(site.resolve("data/classes.csv")));
    }

    @Test
    void existingRowsNeedForceAndDryRunWritesNothing() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String csv = "Job Code,Job Title,Department,Bargaining Unit,FLSA\n1001,Clerk,Human Resources,general,Non-exempt\n7001,Buyer,Finance,general,Exempt\n";
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String before = FixtureSite.read(site.resolve("data/classes.csv"));
        Run dry = importInto(site, "list.csv", bytes, "--dry-run");
        assertEquals(0, dry.code(), dry.out());
        assertTrue(dry.out().contains("would: row 3: class 7001 Buyer → data/classes.csv: added"), dry.out());
        assertEquals(before, FixtureSite.read(site.resolve("data/classes.csv")));

        Run kept = importInto(site, "list.csv", bytes);
        assertTrue(kept.out().contains("row 2: class 1001 Clerk: row exists in data/classes.csv: kept (use --force to update it)"), kept.out());
        assertEquals("Finance", row(site, "1001").get(2));
        assertEquals("Buyer", row(site, "7001").get(1));

        Run forced = importInto(site, "list.csv", bytes, "--force");
        assertEquals(0, forced.code(), forced.out());
        assertEquals("Human Resources", row(site, "1001").get(2));
        assertEquals("Office Assistant", row(site, "1001").get(9), "a column the list does not have is kept");
        assertEquals(1, register(site).stream().filter(r -> r.get(0).equals("7001")).count());
    }

    @Test
    void aFileWithoutClassColumnsSaysHowToMapThem() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Run r = importInto(site, "x.csv", "Employee,Hire Date\nPat,2020-01-01\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, r.code());
        assertTrue(r.out().contains("no sheet has a header row with a class code and a class title column"), r.out());
        Run pay = importInto(site, "pay.csv", "Class Code,Class Title,Step 1,Step 2\n1001,Clerk,3400,3570\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, pay.code());
        assertTrue(pay.out().contains("row 1: the columns are a salary schedule's (pay amounts), not a class list's — import it with --schedule ID"), pay.out());
        Run bad = importInto(site, "x.csv", "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "--map", "code");
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("--map code is not field=Header"), bad.out());
    }
}
