package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.Workbooks.jobspecs;
import static org.jobspecs.intake.table.Workbooks.sheets;
import static org.jobspecs.intake.table.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jobspecs.intake.table.Workbooks.Money;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.intake.table.Workbooks.Zeros;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a class list and a salary schedule imported from spreadsheets build into class pages that show the pay, with 0 errors. */
class TableImportBuildTest {

    @TempDir
    Path dir;

    @Test
    void importedClassListAndPayBuild() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        // The new class's spec, as a document import would have written it.
        FixtureSite.write(site.resolve("content/0410-records-technician.md"), "---\ntitle: Records Technician\ncode: \"0410\"\napproved: 2025-01-14\n"
                + "approved.by: CSB\n---\n\n## Nature of Work\n\nKeeps the City's records.\n\n## Minimum Qualifications\n\nTwo years of records work.\n");
        Path classes = dir.resolve("classes.xlsx");
        Files.write(classes, xlsx(sheets("Classification Listing", new Object[][] {
            {"City of Example — Classification Listing"},
            {"Job Code", "Job Title", "Dept", "Bargaining Unit", "FLSA Status"},
            {new Zeros("0410"), "Records Technician", "City Clerk", "General Employees Association", "Non-Exempt"},
            {1001, "Clerk", "Finance", "General Employees Association", "Non-Exempt"},
            {1002, "Senior Clerk", "City Clerk", "Unrepresented Managers", "Exempt"},
        })));
        Run list = jobspecs("import", "--source", site.toString(), classes.toString());
        assertEquals(0, list.code(), list.out() + list.err());

        Path pay = dir.resolve("salary.xlsx");
        Files.write(pay, xlsx(sheets("Salary Schedule", new Object[][] {
            {"City of Example"},
            {"Salary Schedule 2025–26 (Amended), effective September 1, 2025"},
            {"Adopted by City Council Resolution No. 2025-88"},
            {"Job Code", "Job Title", "Time Base", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5"},
            {"0410", "Records Technician", "Monthly", new Money(4210), new Money(4420.5), new Money(4641.53), new Money(4873.6), new Money(5117.28)},
            {"1001", "Clerk", "Monthly", new Money(3150), new Money(3307.5), new Money(3472.88), null, null},
            {"1002", "Senior Clerk", "Annual", new Money(63000), new Money(66150), new Money(69457.5), new Money(72930.38), new Money(76576.9)},
        })));
        Run schedule = jobspecs("import", "--source", site.toString(), "--schedule", "s2025b", "--document", "https://docs.example.test/salary-2025b.pdf",
                pay.toString());
        assertEquals(0, schedule.code(), schedule.out() + schedule.err());

        // The schedule already adopted for next year must list the new class too (2 CCR 570.5(a)(2)).
        Path next = dir.resolve("salary-next.xlsx");
        Files.write(next, xlsx(sheets("Salary Schedule", new Object[][] {
            {"Job Code", "Job Title", "Time Base", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5"},
            {"0410", "Records Technician", "Monthly", new Money(4336.3), new Money(4553.12), new Money(4780.78), new Money(5019.81), new Money(5270.8)},
        })));
        Run nextYear = jobspecs("import", "--source", site.toString(), "--schedule", "s2026", next.toString());
        assertEquals(0, nextYear.code(), nextYear.out() + nextYear.err());

        Run build = jobspecs("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--date", FixtureSite.DATE.toString());
        assertEquals(0, build.code(), build.out() + build.err());
        assertTrue(build.out().contains(" 0 errors"), build.out());
        Document page = Jsoup.parse(FixtureSite.read(dir.resolve("out/classes/0410/index.html")));
        String text = page.text();
        assertTrue(text.contains("$4,210.00") && text.contains("$5,117.28"), text);
        assertTrue(text.contains("Salary Schedule 2025–26 (Amended)"), text);
        Document salary = Jsoup.parse(FixtureSite.read(dir.resolve("out/classes/1002/index.html")));
        assertTrue(salary.text().contains("$76,576.90"), salary.text());
    }
}
