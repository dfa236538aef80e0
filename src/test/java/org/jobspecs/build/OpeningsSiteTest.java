package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §3, who is hiring now: {@code data/openings.csv} on the minimal fixture site, built on
 * fixed dates. Postings show on their class pages and the "Open positions" page while the build
 * date is between their opening and closing dates (both days included), and drop out by themselves
 * after; the file's problems are reported all at once with their lines; a site without the file
 * builds as before.
 */
class OpeningsSiteTest {

    /** The fixture's build date, November 1, 2025. */
    private static final LocalDate DAY = FixtureSite.DATE;

    private static final String OPENINGS = String.join("\n",
            "code,title,link,opens,closes",
            "1001,Clerk - Finance Counter,https://careers.example.test/postings/1001-counter,2025-10-01,2025-11-15",
            "1001,Clerk (Eligibility List),https://careers.example.test/postings/1001-list,2025-01-06,continuous",
            "1002,Senior Clerk - Closed Yesterday,https://careers.example.test/postings/1002-old,2025-09-01,2025-10-31",
            "1002,Senior Clerk - Last Day Today,https://careers.example.test/postings/1002-today,2025-10-01,2025-11-01",
            "1001,Clerk - Not Open Yet,https://careers.example.test/postings/1001-next,2025-11-02,2025-12-01",
            "");

    @TempDir
    Path tmp;

    private Path site(String openings) throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        if (openings != null) {
            Files.writeString(site.resolve("data/openings.csv"), openings);
        }
        return site;
    }

    private BuildReport build(Path site, Path out, LocalDate day) {
        return SiteBuild.run(new BuildOptions(site, out, day));
    }

    /** Class 1001's page built on that day. */
    private Document page(Path out, Path site, LocalDate day) {
        assertEquals(List.of(), build(site, out, day).problems());
        return page(out, "classes/1001/index.html");
    }

    private static Document page(Path out, String file) {
        return Jsoup.parse(FixtureSite.read(out.resolve(file)));
    }

    @Test
    void issue13_aSiteWithoutOpeningsCsvBuildsAsBefore() throws IOException {
        Path out = tmp.resolve("out");
        BuildReport report = build(site(null), out, DAY);
        assertEquals(List.of(), report.problems());
        assertFalse(Files.exists(out.resolve("openings/index.html")), "no Open positions page without data/openings.csv");
        Document clerk = page(out, "classes/1001/index.html");
        assertTrue(clerk.select(".site-nav a").eachText().stream().noneMatch(t -> t.contains("Open positions")));
        assertTrue(clerk.select(".summary-hiring").isEmpty());
        assertEquals(List.of("Current job openings for Clerk"), clerk.select("#openings a").eachText(),
                "the register's openings link stays for agencies that only link to their job board");
        assertFalse(FixtureSite.read(out.resolve("sitemap.xml")).contains("openings/"));
    }

    @Test
    void issue13_postingsOpenOnTheBuildDateShowOnTheClassPageAndTheOpenPositionsPage() throws IOException {
        Path out = tmp.resolve("out");
        BuildReport report = build(site(OPENINGS), out, DAY);
        assertEquals(List.of(), report.problems());

        Document clerk = page(out, "classes/1001/index.html");
        assertEquals(List.of("Now hiring — apply by November 15, 2025: Clerk - Finance Counter",
                        "Now hiring — open until filled: Clerk (Eligibility List)"),
                clerk.select(".summary-hiring li").eachText(), "soonest closing first; not the posting that opens tomorrow");
        assertEquals(List.of("https://careers.example.test/postings/1001-counter", "https://careers.example.test/postings/1001-list"),
                clerk.select(".summary-hiring a").eachAttr("href"));
        assertEquals(List.of("Clerk - Finance Counter", "Clerk (Eligibility List)", "Current job openings for Clerk"),
                clerk.select("#openings a").eachText(), "the postings, then the register's job-board link");
        assertEquals("2025-11-15", clerk.select("#openings time").attr("datetime"));
        assertTrue(clerk.select(".on-this-page a[href=#openings]").size() == 1);

        Document senior = page(out, "classes/1002/index.html");
        assertEquals(List.of("Now hiring — apply by November 1, 2025: Senior Clerk - Last Day Today"),
                senior.select(".summary-hiring li").eachText(), "the closing day still counts; the posting closed yesterday is gone");
        assertEquals("Openings", senior.select("#openings h2").text(), "a class without a job-board link gets the section too");

        Document open = page(out, "openings/index.html");
        assertEquals("Open positions", open.select("h1").text());
        assertEquals(List.of("Senior Clerk - Last Day Today", "Clerk - Finance Counter", "Clerk (Eligibility List)"),
                open.select("table.openings tbody th").eachText());
        assertEquals(List.of("Senior Clerk 1002", "City Clerk", "November 1, 2025"),
                open.select("table.openings tbody tr").get(0).select("td").eachText());
        assertEquals("../classes/1002/", open.select("table.openings tbody tr").get(0).select("td a").attr("href"));
        assertEquals("Open until filled", open.select("table.openings tbody tr").get(2).select("td").get(2).text());
        assertTrue(open.text().contains("as of November 1, 2025"));
        assertEquals("Open positions", open.select(".site-nav a[aria-current=page]").text(), "the menu links to it, marked current");
        assertEquals("Open positions", page(out, "index.html").select(".site-nav a[href=openings/]").text());
        assertEquals(1, page(out, "index.html").select(".browse a[href=openings/]").size(), "the home page links to it");
        assertTrue(FixtureSite.read(out.resolve("sitemap.xml")).contains("openings/"));
    }

    @Test
    void issue13_postingsDropOutByThemselvesOnALaterBuildDate() throws IOException {
        Path site = site(OPENINGS);
        Path out = tmp.resolve("later");
        assertEquals(List.of(), build(site, out, LocalDate.of(2025, 11, 16)).problems());
        assertEquals(List.of("Clerk - Not Open Yet", "Clerk (Eligibility List)"),
                page(out, "openings/index.html").select("table.openings tbody th").eachText(),
                "November 15 has passed; the posting that opened on November 2 is in");
        assertTrue(page(out, "classes/1002/index.html").select(".summary-hiring").isEmpty());
        assertTrue(page(out, "classes/1002/index.html").select("#openings, .on-this-page a[href=#openings]").isEmpty(),
                "no posting open and no job-board link: no Openings section");
        assertEquals("No posting for Clerk is open right now.",
                page(tmp.resolve("never"), site, LocalDate.of(2024, 12, 31)).select("#openings p").first().text(),
                "before any posting opened, the job-board link alone");

        Path none = tmp.resolve("none");
        Files.writeString(site.resolve("data/openings.csv"), "code,title,link,opens,closes\n"
                + "1002,Senior Clerk - Closed Yesterday,https://careers.example.test/postings/1002-old,2025-09-01,2025-10-31\n");
        assertEquals(List.of(), build(site, none, DAY).problems());
        Document empty = page(none, "openings/index.html");
        assertTrue(empty.select("table").isEmpty());
        assertEquals("No job postings are open as of November 1, 2025. New postings appear on the job board first.",
                empty.select("main p").first().text());
        assertEquals("https://careers.example.test/openings/1001", empty.select("main p a").attr("href"),
                "the job board: the link the register gives for openings");
    }

    /** serve: an edit of data/openings.csv re-renders the class pages it touches and the Open positions page, as a clean build would. */
    @Test
    void issue13_aLiveBuildFollowsAnEditOfOpeningsCsv() throws IOException {
        Path site = site(OPENINGS);
        Path out = tmp.resolve("served");
        try (LiveBuild live = new LiveBuild(new BuildOptions(site, out, DAY), search -> { })) {
            assertTrue(live.rebuild(java.util.Set.of()).written());
            Path file = site.resolve("data/openings.csv").toAbsolutePath().normalize();
            Files.writeString(file, OPENINGS.replace("2025-11-01\n", "2025-11-20\n"));
            LiveReport edited = live.rebuild(java.util.Set.of(file));
            assertTrue(edited.written(), edited.problems()::toString);
            assertTrue(edited.rendered().containsAll(List.of("classes/1002/index.html", "openings/index.html")), edited.rendered()::toString);
            assertFalse(edited.rendered().contains("classes/1001/index.html"), "class 1001's postings did not change: " + edited.rendered());
            live.awaitSearch();
            Path clean = tmp.resolve("clean");
            assertEquals(List.of(), build(site, clean, DAY).problems());
            for (String page : List.of("classes/1002/index.html", "openings/index.html", "classes/1001/index.html")) {
                assertEquals(FixtureSite.read(clean.resolve(page)), FixtureSite.read(out.resolve(page)), page);
            }
            assertTrue(FixtureSite.read(out.resolve("openings/index.html")).contains("November 20, 2025"));
        }
    }

    @Test
    void issue13_everyProblemOfOpeningsCsvIsReportedWithItsLine() throws IOException {
        Path out = tmp.resolve("bad");
        String bad = String.join("\n",
                "code,title,link,opens,closes",
                "1003,Clerk,https://careers.example.test/postings/a,2025-10-01,2025-11-15",
                "1001,Clerk,https://careers.example.test/postings/b,2025-02-30,2025-11-15",
                "1001,Clerk,https://careers.example.test/postings/c,2025-10-01,2025-09-15",
                "1001,Clerk,www.careers.example.test/d,2025-10-01,2025-11-15",
                "1001,Clerk,mailto:hr@example.test,2025-10-01,2025-11-15",
                "1001,Clerk,https://careers.example.test/postings/f,2025-10-01,",
                "1001,Clerk,https://careers.example.test/postings/g,2025-10-01,soon",
                "1001,Clerk Again,https://careers.example.test/postings/h,2025-10-01,until filled",
                "1001,Clerk Again,https://careers.example.test/postings/h,2025-10-01,continuous",
                "0900,Typist,https://careers.example.test/postings/j,2025-10-01,continuous",
                ",Nobody,https://careers.example.test/postings/k,2025-10-01,continuous",
                "");
        BuildReport report = build(site(bad), out, DAY);
        List<Problem> errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        List<String> lines = errors.stream().map(p -> p.location().path() + ":" + p.location().line()).toList();
        assertEquals(List.of("data/openings.csv:2", "data/openings.csv:3", "data/openings.csv:4", "data/openings.csv:5",
                "data/openings.csv:6", "data/openings.csv:7", "data/openings.csv:8", "data/openings.csv:10", "data/openings.csv:11",
                "data/openings.csv:12"), lines, errors::toString);
        assertTrue(errors.get(0).message().contains("names class 1003, which is not in data/classes.csv"), errors.get(0).message());
        assertTrue(errors.get(0).fix().startsWith("did you mean \"100"), errors.get(0).fix());
        assertTrue(errors.get(1).message().contains("opens \"2025-02-30\" is not a possible date"));
        assertTrue(errors.get(2).message().contains("closes (2025-09-15) before it opens (2025-10-01)"));
        assertTrue(errors.get(3).message().contains("is not a web address") && errors.get(3).fix().contains("https://"));
        assertTrue(errors.get(4).message().contains("mailto:hr@example.test"));
        assertTrue(errors.get(5).fix().contains("continuous"), "an empty closing date: say how to write an open-ended posting");
        assertTrue(errors.get(6).message().contains("closes \"soon\" is not a possible date"));
        assertTrue(errors.get(7).message().contains("already listed on line 9"), errors.get(7).message());
        assertTrue(errors.get(8).message().contains("abolished"));
        assertTrue(errors.get(9).message().contains("no code"));
        assertFalse(Files.exists(out), "a build with errors writes nothing");
    }
}
