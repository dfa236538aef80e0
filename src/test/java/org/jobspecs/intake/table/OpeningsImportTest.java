package org.jobspecs.intake.table;

import static org.jobspecs.intake.table.Workbooks.sheets;
import static org.jobspecs.intake.table.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.intake.table.Workbooks.Run;
import org.jobspecs.source.CsvRecords;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: {@code import --openings} reads a job board's export of postings into
 * data/openings.csv. Layouts: a NEOGOV/GovernmentJobs-style CSV (Job Number, Job Title, Class Title,
 * Class Code, Opening Date and Closing Date as 10/01/2025 or "Continuous", a link column) and an
 * .xlsx in the columns of the NYC Jobs postings dataset without links (--link builds them from the
 * Job ID) — both made up — and, when JOBSPECS_CORPUS is set, the real NYC Jobs export
 * ({@code openings/nyc-jobs-2019.csv}, 3,843 rows).
 */
class OpeningsImportTest {

    @TempDir
    Path dir;

    private static final String NEOGOV = String.join("\n",
            "Job Number,Job Title,Class Title,Class Code,Department,Job Type,Opening Date,Closing Date,Job Link",
            "2025-00123,Clerk - Finance Counter,Clerk,1001,Finance,Full-Time,10/01/2025,11/15/2025,https://www.governmentjobs.com/careers/example/jobs/4700001/clerk",
            "2025-00124,Senior Clerk (Eligibility List),Senior Clerk,,City Clerk,Full-Time,10/15/2025,Continuous,https://www.governmentjobs.com/careers/example/jobs/4700002/senior-clerk",
            "2025-00125,Plumber,Plumber,7700,Public Works,Full-Time,10/01/2025,12/01/2025,https://www.governmentjobs.com/careers/example/jobs/4700003/plumber",
            "2025-00123,Clerk - Finance Counter,Clerk,1001,Finance,Full-Time,10/01/2025,11/15/2025,https://www.governmentjobs.com/careers/example/jobs/4700001/clerk",
            "");

    private static List<List<String>> openings(Path site) {
        return CsvRecords.parse(FixtureSite.read(site.resolve("data/openings.csv")));
    }

    private Run importInto(Path site, String name, byte[] bytes, String... options) throws Exception {
        String[] all = new String[options.length + 1];
        all[0] = "--openings";
        System.arraycopy(options, 0, all, 1, options.length);
        return Workbooks.importInto(dir, site, name, bytes, all);
    }

    @Test
    void issue13_neogovStyleExportMatchesByCodeThenTitleAndTheBuildShowsIt() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Run r = importInto(site, "postings.csv", NEOGOV.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("columns: row 1: A \"Job Number\" → id, D \"Class Code\" → code, C \"Class Title\" → class_title, "
                + "B \"Job Title\" → title, I \"Job Link\" → link, G \"Opening Date\" → opens, H \"Closing Date\" → closes"), r.out());
        assertTrue(r.out().contains("notice: " + dir.resolve("postings.csv") + ": 1 posting matches no class of data/classes.csv by code or title, "
                + "so it is not imported: row 4 \"Plumber\" (code 7700) — add the class to data/classes.csv"), r.out());
        assertTrue(r.out().contains("1 row repeats a posting listed above"), r.out());
        assertEquals(List.of(
                List.of("code", "title", "link", "opens", "closes"),
                List.of("1001", "Clerk - Finance Counter", "https://www.governmentjobs.com/careers/example/jobs/4700001/clerk", "2025-10-01", "2025-11-15"),
                List.of("1002", "Senior Clerk (Eligibility List)", "https://www.governmentjobs.com/careers/example/jobs/4700002/senior-clerk", "2025-10-15", "continuous")),
                openings(site), "matched by code (1001) and by class title (Senior Clerk, no code given)");

        Path out = dir.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(site, out, FixtureSite.DATE));
        assertEquals(List.of(), report.problems());
        Document open = Jsoup.parse(FixtureSite.read(out.resolve("openings/index.html")));
        assertEquals(List.of("Clerk - Finance Counter", "Senior Clerk (Eligibility List)"), open.select("table.openings tbody th").eachText());

        Files.writeString(dir.resolve("again.csv"), NEOGOV.replace("11/15/2025", "11/30/2025"));
        Run again = Workbooks.jobspecs("import", "--source", site.toString(), "--openings", dir.resolve("again.csv").toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("row 2: class 1001 \"Clerk - Finance Counter\", 2025-10-01 to 2025-11-30 → data/openings.csv: updated"), again.out());
        assertTrue(again.out().contains("row 3: class 1002 \"Senior Clerk (Eligibility List)\", 2025-10-15 to continuous → data/openings.csv: unchanged"), again.out());
        assertEquals(3, openings(site).size(), "a posting imported again is updated in place, not added twice");
    }

    @Test
    void issue13_nycStyleWorkbookWithoutLinksTakesThemFromTheJobId() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        byte[] book = xlsx(sheets("Postings", new Object[][] {
            {"Job ID", "Agency", "Posting Type", "# Of Positions", "Business Title", "Civil Service Title", "Title Code No", "Level",
                "Posting Date", "Post Until", "Posting Updated", "Process Date"},
            {"612345", "DEPT OF FINANCE", "External", "2", "Payment Clerk", "CLERK", "1001", "00",
                "2025-09-24T00:00:00.000", "", "2025-09-30T00:00:00.000", "2025-10-28T00:00:00.000"},
            {"612345", "DEPT OF FINANCE", "Internal", "2", "Payment Clerk", "CLERK", "1001", "00",
                "2025-09-24T00:00:00.000", "", "2025-09-30T00:00:00.000", "2025-10-28T00:00:00.000"},
            {"612399", "CITY CLERK", "External", "1", "Records Lead", "SENIOR CLERK", "1002", "01",
                "2025-10-01T00:00:00.000", "2025-12-31T00:00:00.000", "", "2025-10-28T00:00:00.000"},
        }));
        Run noLink = importInto(site, "nyc.xlsx", book);
        assertEquals(1, noLink.code(), noLink.out());
        assertTrue(noLink.out().contains("no column gives the postings' links — give --link \"https://…/{id}\""), noLink.out());
        assertFalse(Files.exists(site.resolve("data/openings.csv")), "nothing written on an error");

        Run r = importInto(site, "nyc.xlsx", book, "--link", "https://jobs.example.gov/postings/{id}");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of(
                List.of("code", "title", "link", "opens", "closes"),
                List.of("1001", "Payment Clerk", "https://jobs.example.gov/postings/612345", "2025-09-24", "continuous"),
                List.of("1002", "Records Lead", "https://jobs.example.gov/postings/612399", "2025-10-01", "2025-12-31")),
                openings(site), "an empty Post Until is a posting open until filled; internal and external rows are one posting");
    }

    @Test
    void issue13_rowsItCannotUseAreErrorsWithTheirRowsAndNothingIsWritten() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String bad = String.join("\n",
                "Job Number,Job Title,Class Code,Opening Date,Closing Date,Job Link",
                "1,Clerk,1001,10/01/2025,09/15/2025,https://jobs.example.gov/1",
                "2,Clerk,1001,sometime,11/15/2025,https://jobs.example.gov/2",
                "3,Clerk,1001,10/01/2025,11/31/2025,https://jobs.example.gov/3",
                "4,Clerk,1001,10/01/2025,11/15/2025,jobs.example.gov/4",
                "5,Clerk,1001,10/01/2025,11/15/2025,https://jobs.example.gov/5",
                "");
        Run r = importInto(site, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("row 2: posting \"Clerk\" closes (2025-09-15) before it opens (2025-10-01)"), r.out());
        assertTrue(r.out().contains("row 3: posting \"Clerk\" has an opening date that is not a date: \"sometime\""), r.out());
        assertTrue(r.out().contains("row 4: posting \"Clerk\" has a closing date that is not a date: \"11/31/2025\""), r.out());
        assertTrue(r.out().contains("row 5: the link \"jobs.example.gov/4\" of posting \"Clerk\" is not a web address"), r.out());
        assertTrue(r.out().contains("nothing written"), r.out());
        assertFalse(Files.exists(site.resolve("data/openings.csv")));
    }

    @Test
    void issue13_linkWithoutOpeningsIsAUsageError() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Files.writeString(dir.resolve("p.csv"), NEOGOV);
        Run r = Workbooks.jobspecs("import", "--source", site.toString(), "--link", "https://x.example/{id}", dir.resolve("p.csv").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("give --openings too"), r.err());
        Run noId = Workbooks.jobspecs("import", "--source", site.toString(), "--openings", "--link", "https://x.example/jobs", dir.resolve("p.csv").toString());
        assertEquals(2, noId.code(), noId.err());
        assertTrue(noId.err().contains("{id}"), noId.err());
    }

    /** The real NYC Jobs export: postings of the classes the site has are imported, matched by title code or by title. */
    @Test
    void issue13_realNycJobsExport() throws Exception {
        Path corpus = corpus().map(c -> c.resolve("openings/nyc-jobs-2019.csv")).filter(Files::isRegularFile).orElse(null);
        assumeTrue(corpus != null, "real job board export skipped: set JOBSPECS_CORPUS to the corpus folder (openings/nyc-jobs-2019.csv)");
        List<List<String>> rows = CsvRecords.parse(Files.readString(corpus, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int id = header.indexOf("Job ID");
        int code = header.indexOf("Title Code No");
        int civil = header.indexOf("Civil Service Title");
        // What the export holds for two title codes and one title, counted here from the file itself.
        Set<String> maintenance = new HashSet<>();
        Set<String> painter = new HashSet<>();
        Set<String> procurement = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= code) {
                continue;
            }
            if (row.get(code).equals("90698")) {
                maintenance.add(row.get(id));
            } else if (row.get(code).equals("91830")) {
                painter.add(row.get(id));
            } else if (row.get(civil).equalsIgnoreCase("PROCUREMENT ANALYST")) {
                procurement.add(row.get(id));
            }
        }
        assumeTrue(!maintenance.isEmpty() && !painter.isEmpty() && !procurement.isEmpty(), "the export lacks the classes this test expects");

        Path site = FixtureSite.copy("minimal", dir);
        Files.writeString(site.resolve("data/classes.csv"), Files.readString(site.resolve("data/classes.csv"))
                + "90698,Maintenance Worker,Housing,general,Non-exempt,,,current,,,,\n"
                + "91830,Painter,Housing,general,Non-exempt,,,current,,,,\n"
                + "P-100,Procurement Analyst,Finance,general,Exempt,,,current,,,,\n");
        Run r = Workbooks.jobspecs("import", "--source", site.toString(), "--openings", "--link",
                "https://a127-jobs.nyc.gov/psc/nycjobs/EMPLOYEE/HRMS/c/HRS_HRAM.HRS_APP_SCHJOB.GBL?Page=HRS_APP_JBPST&Action=U&FOCUS=Applicant&SiteId=1&JobOpeningId={id}&PostingSeq=1",
                corpus.toString());
        assertEquals(0, r.code(), r.out().lines().filter(l -> l.contains("error")).limit(20).toList().toString());
        assertTrue(r.out().contains("A \"Job ID\" → id, G \"Title Code No\" → code, F \"Civil Service Title\" → class_title, "
                + "E \"Business Title\" → title, Y \"Posting Date\" → opens, Z \"Post Until\" → closes; no column for link"), r.out().lines().limit(3).toList().toString());
        List<List<String>> imported = openings(site);
        assertEquals(maintenance.size(), imported.stream().filter(o -> o.get(0).equals("90698")).count());
        assertEquals(painter.size(), imported.stream().filter(o -> o.get(0).equals("91830")).count());
        assertEquals(procurement.size(), imported.stream().filter(o -> o.get(0).equals("P-100")).count(), "matched by the exact civil service title");
        assertEquals(1 + maintenance.size() + painter.size() + procurement.size(), imported.size());
        for (List<String> o : imported.subList(1, imported.size())) {
            assertTrue(o.get(2).contains("JobOpeningId=") && o.get(2).startsWith("https://"), o.toString());
            LocalDate opens = LocalDate.parse(o.get(3));
            assertTrue(o.get(4).equals("continuous") || !LocalDate.parse(o.get(4)).isBefore(opens), o.toString());
        }
        assertTrue(r.out().contains("postings match no class of data/classes.csv by code or title"), "the rest is reported");

        BuildReport check = SiteBuild.run(new BuildOptions(site, null, FixtureSite.DATE));
        assertTrue(check.problems().stream().noneMatch(p -> p.location().path().equals("data/openings.csv")),
                "what import writes, the build reads without a problem: " + check.problems());
    }

    private static java.util.Optional<Path> corpus() {
        String named = System.getenv("JOBSPECS_CORPUS");
        if (named == null || named.isBlank()) {
            named = System.getProperty("jobspecs.corpus", "");
        }
        return named.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(named));
    }
}
