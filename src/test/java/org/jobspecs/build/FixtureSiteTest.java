package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the minimal fixture site (both native header kinds, an abolished class, a group) and reads its HTML. */
class FixtureSiteTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        Path site = FixtureSite.copy("minimal", tmp);
        out = tmp.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(site, out, FixtureSite.DATE));
        assertEquals(List.of(), report.problems());
    }

    static Document page(String file) {
        return Jsoup.parse(FixtureSite.read(out.resolve(file)));
    }

    @Test
    void yamlFrontMatterAndAliasesMapToCanonicalSections() {
        Document d = page("classes/1002/index.html");
        assertEquals("Senior Clerk", d.select("h1").text());
        assertEquals("Nature of Work", d.getElementById("definition").text(), "an alias keeps its wording, under the canonical id");
        assertNotNull(d.getElementById("abilities"));
    }

    @Test
    void anUnknownHeadingKeepsItsNameAndContent() {
        Document d = page("classes/1002/index.html");
        assertEquals("Supervision Received", d.getElementById("supervision-received").text());
        assertTrue(d.text().contains("Works under the direction of the Office Manager."));
    }

    @Test
    void aGroupClassShowsTheSameRowWithItsMouLinkOnTheGroupPage() {
        Document d = page("classes/1002/index.html");
        assertEquals(List.of("Salary Schedule", "MOU", "Benefits"), d.select("nav.class-links a").eachText());
        assertEquals("../../units/managers/#mou", d.select("nav.class-links a").get(1).attr("href"));
        assertTrue(page("units/managers/index.html").getElementById("mou").text().contains("no MOU applies"));
    }

    @Test
    void annualPayShowsItsTimeBaseAndTheFutureScheduleIsNamed() {
        Document d = page("classes/1002/index.html");
        assertEquals("$62,000.00 – $82,000.00 per year (annual)", d.select(".pay-range").text());
        assertTrue(d.select(".pay-future").text().contains("July 1, 2026"));
        assertTrue(d.select(".pay-future").text().contains("$64,000.00 – $84,000.00"));
    }

    @Test
    void pastSchedulesStayPublishedAndSayTheyArePast() {
        Document past = page("salary/s2024/index.html");
        assertTrue(past.select(".schedule-status").text().startsWith("Past: in force from July 1, 2024 until June 30, 2025"),
                past.select(".schedule-status").text());
        assertEquals("../../salary/s2025/", past.select(".schedule-status a").attr("href"));
        assertTrue(page("salary/s2026/index.html").select(".schedule-status").text().startsWith("Adopted: takes effect July 1, 2026"));
        Document index = page("salary/index.html");
        assertEquals(List.of("Salary Schedule 2025", "Salary Schedule 2026", "Salary Schedule 2024"),
                index.select("main li a").eachText());
    }

    @Test
    void scheduleRowsAreRealTableRowsAnchoredByClassCode() {
        Document d = page("salary/s2025/index.html");
        assertEquals("Clerk", d.select("tr#class-1001 th[scope=row]").text());
        assertEquals(8, d.select("thead th[scope=col]").size());
        assertTrue(d.select("caption").text().contains("effective July 1, 2025"));
    }

    @Test
    void theRegisterSuppliesFormerTitlesCodesAndOpenings() {
        Document d = page("classes/1001/index.html");
        assertTrue(d.select("dl.facts").text().contains("Former titles Office Assistant"));
        assertEquals("https://careers.example.test/openings/1001", d.select("#openings a").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("classes/0990/index.html")));
    }

    @Test
    void aMarkdownRedlineShowsInTheChangesSectionOnly() {
        Document d = page("classes/1001/index.html");
        assertEquals("Under general supervision, performs clerical work.", d.select("section:has(#definition) p").text());
        assertEquals("Changes approved on March 14, 2024", d.select("#changes h2").text());
        assertTrue(d.select("#changes del").text().contains("close"));
        assertTrue(d.select("#changes del").text().contains("Types letters."));
        assertFalse(d.select("section:has(#duties)").text().contains("Types letters"));
        assertTrue(d.select(".tracked-changes").isEmpty(), "without a revisions header nobody is named");
    }

    @Test
    void anAbolishedClassKeepsItsPageInTheArchive() {
        Document d = page("classes/0900/index.html");
        assertTrue(d.select(".status-abolished").text().contains("June 30, 2010"));
        assertEquals(List.of("MOU", "Benefits"), d.select("nav.class-links a").eachText());
        assertTrue(page("archive/index.html").select("main a").eachAttr("href").contains("../classes/0900/"));
    }

    @Test
    void an404PageLinksFromTheSiteRoot() {
        Document d = page("404.html");
        assertEquals("https://jobs.example.test/css/site.css", d.select("link[rel=stylesheet]").attr("href"));
        assertEquals(1, d.select("h1").size());
    }

    @Test
    void aDocumentThatIsPartOfTheSiteIsLinkedWithItsMeasuredTypeAndSize() {
        Document d = page("units/general/index.html");
        assertEquals("MOU: MOU with the General Employees Association (PDF, 3 KB)", d.select("#mou a.document-link").text());
        assertEquals("../../documents/mou-general.pdf", d.select("#mou a.document-link").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("documents/mou-general.pdf")));
    }

    @Test
    void aDocumentElsewhereIsLinkedWithItsTypeFromTheAddress() {
        assertEquals("Resolution 123 (Management Compensation) (PDF)", page("units/managers/index.html").select("#mou a.document-link").text());
    }
}
