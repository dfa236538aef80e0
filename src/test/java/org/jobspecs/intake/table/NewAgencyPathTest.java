package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.Workbooks.jobspecs;
import static org.jobspecs.intake.table.Workbooks.sheets;
import static org.jobspecs.intake.table.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jobspecs.intake.table.Workbooks.Money;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "done when": a new agency's first day, as the README's "Starting a new site" and the new
 * site's own README walk it — {@code init}, a spec document, the HRIS class list (.xlsx), the salary
 * schedule in force (.xlsx) and the one adopted for next year (the council's PDF) — then a build
 * with 0 errors whose class pages show the imported pay.
 */
class NewAgencyPathTest {

    @TempDir
    Path dir;

    private static void ok(Run run, String what) {
        assertEquals(0, run.code(), () -> what + ":\n" + run.out() + run.err());
    }

    @Test
    void fromNothingToABuiltSiteWithTheFilesHrAlreadyHas() throws Exception {
        Path site = dir.resolve("city-of-example");
        ok(jobspecs("init", site.toString(), "--agency", "City of Example", "--location", "Example, CA"), "init");

        Path spec = dir.resolve("account-clerk.txt");
        Files.writeString(spec, String.join("\n",
                "ACCOUNT CLERK", "Class Code: 2001", "",
                "DEFINITION", "Under supervision, performs routine accounting and clerical work in the processing of invoices and payments.", "",
                "EXAMPLES OF DUTIES", "Checks invoices against purchase orders and receipts.", "Enters payments and keeps the vendor files.", "",
                "MINIMUM QUALIFICATIONS", "Education: Graduation from high school. Experience: One year of clerical work with numbers.", ""),
                StandardCharsets.UTF_8);
        ok(jobspecs("import", "--source", site.toString(), spec.toString()), "import a spec document");

        Path classes = dir.resolve("classes.xlsx");
        Files.write(classes, xlsx(sheets("Job Codes", new Object[][] {
            {"City of Example — Classification Listing, run 11/30/2026"},
            {"Job Code", "Job Title", "Department", "Bargaining Unit", "FLSA"},
            {"1001", "Office Assistant", "Administrative Services", "general", "N"},
            {"2001", "Account Clerk", "Finance", "general", "N"},
        })));
        ok(jobspecs("import", "--source", site.toString(), "--force", classes.toString()), "import the class list");

        Path pay = dir.resolve("salary-2026.xlsx");
        Files.write(pay, xlsx(sheets("Salary Schedule", new Object[][] {
            {"Salary Schedule 2026–27, effective July 1, 2026"},
            {"Adopted by City Council Resolution No. 2026-41"},
            {"Job Code", "Job Title", "Time Base", "Step A", "Step B", "Step C", "Step D", "Step E"},
            {"1001", "Office Assistant", "Monthly", new Money(3900), new Money(4095), new Money(4299.75), new Money(4514.74), new Money(4740.48)},
            {"2001", "Account Clerk", "Monthly", new Money(4250), new Money(4462.5), new Money(4685.63), new Money(4919.91), new Money(5165.91)},
        })));
        ok(jobspecs("import", "--source", site.toString(), "--schedule", "fy2026", "--document", "https://www.example.gov/salary-2026.pdf",
                pay.toString()), "import the salary schedule spreadsheet");

        Path adopted = dir.resolve("salary-2027.pdf");
        Files.write(adopted, PdfScheduleImportTest.stepsSchedule("Salary Schedule 2027–28, effective July 1, 2027",
                new String[] {"1001", "Office Assistant", "Monthly", "$4,017.00", "$4,217.85", "$4,428.74", "$4,650.18", "$4,882.69"},
                new String[] {"2001", "Account Clerk", "Monthly", "$4,377.50", "$4,596.38", "$4,826.20", "$5,067.51", "$5,320.89"}));
        ok(jobspecs("import", "--source", site.toString(), "--schedule", "fy2027", "--document", "https://www.example.gov/salary-2027.pdf",
                adopted.toString()), "import the adopted schedule PDF");

        Path out = dir.resolve("public");
        Run build = jobspecs("build", "--source", site.toString(), "--out", out.toString(), "--date", "2026-12-01");
        ok(build, "build");
        assertTrue(build.out().contains(" 0 errors"), build.out());
        String page = Jsoup.parse(FixtureSite.read(out.resolve("classes/2001/index.html"))).text();
        assertTrue(page.contains("$4,250.00 – $5,165.91 per month as adopted, effective July 1, 2026, in the Salary Schedule 2026–27"), page);
        assertTrue(page.contains("$4,377.50 – $5,320.89"), "next year's adopted pay is named: " + page);
    }
}
