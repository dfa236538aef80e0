package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the bundled demo site (as `mvn package` does) and checks it as a whole. */
class DemoSiteTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path tmp;
    static Path out;
    static BuildReport report;

    @BeforeAll
    static void build() {
        out = tmp.resolve("public");
        report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, DATE));
    }

    @Test
    void buildsWithoutErrors() {
        assertEquals(0, report.errors(), () -> report.problems().toString());
        assertTrue(report.published());
    }

    @Test
    void theDemoCatalogCoversWhatTheDemoPromises() throws IOException {
        List<Path> classPages = classPages();
        assertTrue(classPages.size() >= 25, "at least 25 classes, was " + classPages.size());
        Set<String> departments = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        boolean group = false;
        int abolished = 0;
        for (Path p : classPages) {
            Document d = Jsoup.parse(p.toFile());
            departments.add(fact(d, "Department"));
            String unit = fact(d, "Bargaining unit");
            if (unit != null) {
                units.add(unit);
            }
            group |= fact(d, "Employee group") != null;
            abolished += d.select(".status-abolished").isEmpty() ? 0 : 1;
        }
        assertTrue(departments.size() >= 4, departments::toString);
        assertTrue(units.size() >= 3, units::toString);
        assertTrue(group, "at least one unrepresented employee group");
        assertTrue(abolished >= 1, "at least one abolished class");
        long longSeries = Files.list(out.resolve("series")).filter(Files::isDirectory)
                .filter(s -> Jsoup.parse(FixtureSite.read(s.resolve("index.html"))).select(".career-path li").size() >= 3).count();
        assertTrue(longSeries >= 2, "two series of 3 or more levels");
        Document series = Jsoup.parse(FixtureSite.read(out.resolve("series/customer-service/index.html")));
        assertTrue(series.text().contains("Lead Customer Service Representative") && series.text().contains("Customer Services Supervisor"));
        Document home = Jsoup.parse(FixtureSite.read(out.resolve("index.html")));
        assertTrue(home.select("footer").text().contains("demonstration"));
        assertTrue(home.select("footer").text().contains("illustrative"));
    }

    /** Issue 2: every class page's Salary Schedule, MOU and Benefits links land on a page that names that class. */
    @Test
    void everyClassPagesThreeLinksLandOnAPageThatNamesTheClass() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path page : classPages()) {
            Document d = Jsoup.parse(page.toFile());
            String code = d.select(".class-code .code").text();
            String title = d.select("h1").text();
            boolean abolished = !d.select(".status-abolished").isEmpty();
            List<Element> links = d.select("nav.class-links a");
            assertEquals(abolished ? 2 : 3, links.size(), page.toString());
            for (Element a : links) {
                URI target = page.toUri().resolve(a.attr("href"));
                Path file = Path.of(target.getPath());
                file = Files.isDirectory(file) ? file.resolve("index.html") : file;
                Document t = Jsoup.parse(file.toFile());
                Element anchor = target.getFragment() == null ? t.body() : t.getElementById(target.getFragment());
                if (anchor == null) {
                    failures.add(page + ": " + a.text() + " → no #" + target.getFragment());
                } else if (!t.text().contains(title) || !t.text().contains(code)) {
                    failures.add(page + ": " + a.text() + " → " + file + " does not name " + title + " (" + code + ")");
                } else if (a.text().equals("Salary Schedule") && !anchor.text().contains(code)) {
                    failures.add(page + ": the schedule row #" + target.getFragment() + " is not the row of " + code);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPageTypeIsWritten() {
        for (String file : List.of("index.html", "classes/index.html", "archive/index.html", "departments/index.html",
                "series/index.html", "series/customer-service/index.html", "salary/index.html", "salary/fy2026/index.html",
                "salary/fy2024/index.html", "salary/fy2027/index.html", "units/index.html", "units/ibew/index.html",
                "units/unrepresented-management/index.html", "404.html", "sitemap.xml", "robots.txt",
                "css/site.css", "classes/2108/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void aFormerCodeLeadsToTheCurrentClass() {
        Document d = Jsoup.parse(FixtureSite.read(out.resolve("classes/2108/index.html")));
        assertEquals("0; url=../../classes/2112/", d.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../classes/2112/", d.select("main a").attr("href"));
    }

    @Test
    void anAbolishedClassIsLabelledAndListedApart() {
        Document page = Jsoup.parse(FixtureSite.read(out.resolve("classes/2105/index.html")));
        assertTrue(page.select(".status-abolished").text().contains("Abolished June 30, 2019"));
        assertTrue(page.select("#pay").isEmpty(), "no pay row required");
        assertFalse(FixtureSite.read(out.resolve("classes/index.html")).contains("classes/2105/"));
        assertTrue(FixtureSite.read(out.resolve("archive/index.html")).contains("classes/2105/"));
    }

    @Test
    void aGroupWithoutAUnionSaysNoMouAppliesAndLinksItsResolution() {
        Document d = Jsoup.parse(FixtureSite.read(out.resolve("units/unrepresented-management/index.html")));
        Element mou = d.getElementById("mou");
        assertNotNull(mou);
        assertTrue(mou.text().contains("no MOU applies"), mou.text());
        assertTrue(mou.select("a").attr("href").startsWith("https://"));
        assertNotNull(d.getElementById("benefits"));
    }

    @Test
    void payIsShownWithItsTimeBaseAndEffectiveDateAndLinksTheAdoptedSchedule() throws IOException {
        for (Path page : classPages()) {
            Document d = Jsoup.parse(page.toFile());
            Element pay = d.getElementById("pay");
            if (pay == null) {
                continue;
            }
            String text = pay.text();
            assertTrue(text.matches(".*\\((hourly|biweekly|monthly|annual)\\).*"), page + ": " + text);
            assertTrue(text.contains("Effective "), page + ": " + text);
            assertTrue(pay.select("a[href^=https]").size() >= 1, page + ": link to the adopted schedule document");
        }
    }

    @Test
    void theSitemapDatesClassPagesByTheirApproval() {
        String sitemap = FixtureSite.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://jobs.alameda.example.gov/classes/7565/</loc><lastmod>2025-10-08</lastmod>"), sitemap);
        assertFalse(sitemap.contains("classes/2108/"), "redirects are not in the sitemap");
        assertTrue(FixtureSite.read(out.resolve("robots.txt")).contains("Sitemap: https://jobs.alameda.example.gov/sitemap.xml"));
    }

    /** Issue 2: two builds of the same sources give byte-identical output. */
    @Test
    void twoBuildsAreByteIdentical() {
        Path again = tmp.resolve("again");
        BuildReport second = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, again, DATE));
        assertEquals(0, second.errors());
        Map<String, byte[]> a = FixtureSite.snapshot(out);
        Map<String, byte[]> b = FixtureSite.snapshot(again);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }

    /**
     * Issue 15: a build whose heap holds none of the parsed specs reads each again from its file when it
     * is needed, and writes the very same site (the demo has the seed's redline and earlier versions).
     */
    @Test
    void issue15SpecsReadAgainFromTheirFilesBuildTheSameSite() {
        Path again = tmp.resolve("reread");
        BuildReport second = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, again, DATE, 0));
        assertEquals(0, second.errors());
        Map<String, byte[]> a = FixtureSite.snapshot(out);
        Map<String, byte[]> b = FixtureSite.snapshot(again);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }

    /** Issue 14: the seed's 2009 version, read from its redline, has its page; the changes page marks the redline's words. */
    @Test
    void issue14_theSeedsEarlierVersionHasItsPagesAndOldVersionsAreNotIndexed() throws IOException {
        Document seed = Jsoup.parse(out.resolve("classes/7565/index.html").toFile());
        assertEquals("Earlier versions (1)", seed.select(".versions-link a").text());
        Document list = Jsoup.parse(out.resolve("classes/7565/versions/index.html").toFile());
        assertEquals(List.of("October 8, 2025 (current)", "July 1, 2009"), list.select("ol.versions > li > h2").eachText());
        Document v2009 = Jsoup.parse(out.resolve("classes/7565/versions/2009-07-01/index.html").toFile());
        assertEquals("This version was approved on July 1, 2009 by the Civil Service Board and replaced on October 8, 2025. See the current specification.",
                v2009.selectFirst(".version-banner p").text());
        assertTrue(v2009.select("main").text().contains("at the direction of, the Assistant General Manager – Customer Services"),
                "the 2009 text keeps the words the 2025 change struck");
        Document changes = Jsoup.parse(out.resolve("classes/7565/versions/2025-10-08/changes/index.html").toFile());
        assertTrue(changes.select("main").text().contains("the deleted: Assistant General Manager – Customer Services added: Supervisor or designee"),
                "word by word: the redline struck four words and a dash and added one (it marks two whole phrases)");
        String sitemap = FixtureSite.read(out.resolve("sitemap.xml"));
        for (String code : List.of("7565", "7563", "5101", "2141", "1210")) {
            assertTrue(Files.exists(out.resolve("classes/" + code + "/versions/index.html")), code + " lists its versions");
        }
        try (Stream<Path> files = Files.walk(out.resolve("classes"))) {
            List<Path> old = files.filter(f -> f.toString().contains("/versions/") && f.toString().endsWith("index.html")
                    && !f.getParent().getFileName().toString().equals("versions")).toList();
            assertTrue(old.size() >= 10, old.toString());
            for (Path f : old) {
                Document d = Jsoup.parse(f.toFile());
                assertEquals("noindex", d.select("meta[name=robots]").attr("content"), f.toString());
                String address = out.relativize(f.getParent()).toString().replace('\\', '/') + "/";
                assertFalse(sitemap.contains(address), address + " is not in the site map");
            }
        }
    }

    @Test
    void pagesUseRelativeLinksOnly() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document d = Jsoup.parse(p.toFile());
                for (Element a : d.select("a[href], link[href]")) {
                    String href = a.attr("href");
                    assertFalse(href.startsWith("/"), p + " has a root-relative link " + href);
                    assertFalse(href.startsWith("https://jobs.alameda.example.gov") && !a.tagName().equals("link"),
                            p + " links its own site absolutely: " + href);
                }
            }
        }
    }

    static List<Path> classPages() throws IOException {
        try (Stream<Path> dirs = Files.list(out.resolve("classes"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.resolve("index.html"))
                    .filter(f -> !FixtureSite.read(f).contains("http-equiv=\"refresh\""))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static String fact(Document d, String label) {
        for (Element div : d.select("dl.facts > div")) {
            if (div.select("dt").text().equals(label)) {
                return div.select("dd").text();
            }
        }
        return null;
    }

    @Test
    void openDataListsEveryClassInCodeOrderWithItsPay() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("classes.json").toFile());
        List<String> fields = new ArrayList<>();
        json.get("fields").forEach(f -> fields.add(f.asText()));
        assertEquals(List.of("code", "title", "department", "unit", "unit_name", "flsa", "status", "status_date", "series",
                "level", "pay_minimum", "pay_maximum", "pay_time_base", "pay_effective", "pay_schedule", "url"), fields);
        List<String> codes = new ArrayList<>();
        for (JsonNode c : json.get("classes")) {
            codes.add(c.get("code").asText());
            List<String> keys = new ArrayList<>();
            c.fieldNames().forEachRemaining(keys::add);
            assertEquals(fields, keys, "every record has every field, in order");
        }
        assertEquals(classPages().size(), codes.size());
        assertEquals(codes.stream().sorted().toList(), codes, "class-code order");
        JsonNode lead = json.get("classes").get(codes.indexOf("7565"));
        assertEquals("monthly", lead.get("pay_time_base").asText());
        assertEquals("2026-07-01", lead.get("pay_effective").asText());
        assertEquals("https://jobs.alameda.example.gov/classes/7565/", lead.get("url").asText());
        JsonNode abolished = json.get("classes").get(codes.indexOf("2105"));
        assertEquals("abolished", abolished.get("status").asText());
        assertTrue(abolished.get("pay_minimum").isNull());

        List<String> csv = Files.readAllLines(out.resolve("classes.csv"));
        assertEquals(String.join(",", fields), csv.get(0));
        assertEquals(codes.size() + 1, csv.size());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("7565,Lead Customer Service Representative,Alameda Municipal Power,ibew,")));
    }

    /** schema.org Occupation on every class page, with the properties it must carry. */
    @Test
    void everyClassPageCarriesASchemaOrgOccupation() throws IOException {
        for (Path page : classPages()) {
            Document d = Jsoup.parse(page.toFile());
            JsonNode o = new ObjectMapper().readTree(d.select("script[type=application/ld+json]").html());
            assertEquals("Occupation", o.path("@type").asText(), page.toString());
            for (String property : List.of("name", "identifier", "description", "responsibilities", "skills", "occupationLocation")) {
                assertFalse(o.path(property).isMissingNode() || o.path(property).asText().isEmpty() && !o.path(property).isObject(),
                        page + " lacks " + property);
            }
            assertEquals(d.select(".class-code .code").text(), o.path("identifier").path("value").asText());
            if (d.select(".status-abolished").isEmpty()) {
                assertTrue(o.path("estimatedSalary").path("value").path("unitText").asText().matches("HOUR|WEEK|MONTH|YEAR"), page.toString());
                assertTrue(o.path("estimatedSalary").path("value").path("minValue").isNumber());
            }
        }
    }

    /**
     * Issue 11: every class page opens with its key facts (pay in every time base when it has pay,
     * what it takes, status, openings when the register gives a link) and an "On this page" list of
     * anchors that exist, all in the HTML: reading a spec needs no JavaScript.
     */
    @Test
    void everyClassPageOpensWithItsKeyFactsAndAListOfItsSections() throws IOException {
        Map<String, String> openings = new java.util.HashMap<>();
        List<String> register = Files.readAllLines(FixtureSite.PROJECT.resolve("data/classes.csv"));
        for (String line : register.subList(1, register.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[cells.length - 1].isEmpty()) {
                openings.put(cells[0], cells[cells.length - 1]);
            }
        }
        assertTrue(openings.size() >= 3, "the demo has classes with openings: " + openings);
        // Issue 13: the classes of a unit whose pay_basis (the last column of units.csv) is part-time show their hourly pay only.
        java.util.Set<String> partTimeUnits = new java.util.HashSet<>();
        for (String line : Files.readAllLines(FixtureSite.PROJECT.resolve("data/units.csv")).subList(1, 6)) {
            if (line.endsWith(",part-time")) {
                partTimeUnits.add(line.substring(0, line.indexOf(',')));
            }
        }
        java.util.Set<String> partTime = new java.util.HashSet<>();
        for (String line : register.subList(1, register.size())) {
            String[] cells = line.split(",", -1);
            if (partTimeUnits.contains(cells[3])) {
                partTime.add(cells[0]);
            }
        }
        assertEquals(3, partTime.size(), "the demo's part-time group has three classes: " + partTime);
        int withPay = 0;
        for (Path file : classPages()) {
            Document d = Jsoup.parse(file.toFile());
            String code = d.select(".class-code .code").text();
            assertTrue(d.select("script:not([type=application/ld+json])").isEmpty(), file + ": a class page runs no script");
            Element summary = d.getElementById("summary");
            assertNotNull(summary, file + ": a summary");
            Element first = d.selectFirst("section.spec-section");
            assertTrue(summary.siblingIndex() < first.siblingIndex(), file + ": the summary comes before the spec's text");
            boolean abolished = !d.select(".status-abolished").isEmpty();
            assertEquals(abolished, summary.select(".summary-pay").isEmpty(), file + ": pay in the summary unless abolished");
            if (!abolished) {
                withPay++;
                if (partTime.contains(code)) {
                    assertEquals(0, summary.select(".pay-bases li").size(), file + ": a part-time class paid hourly shows no year's pay");
                    assertTrue(summary.select(".pay-basis-note").text().startsWith("A part-time class"), file + ": and says why");
                } else {
                    assertEquals(3, summary.select(".pay-bases li").size(), file + ": the three other time bases");
                    assertTrue(summary.select(".pay-basis-note").isEmpty(), file.toString());
                }
                assertTrue(summary.select(".pay-bases li").eachText().stream().allMatch(t -> t.contains("(computed: ")),
                        file + ": computed amounts say so: " + summary.select(".pay-bases").text());
                assertEquals(d.select("#pay a[href*=salary/]").first().attr("href"), summary.select(".summary-pay a").attr("href"));
            }
            // issue 13: every demo spec reads plainly enough for a "What you need" box, each link to a section of the page
            assertFalse(summary.select(".summary-needs .needs-list li").isEmpty(), file + ": what you need");
            for (String href : summary.select(".summary-needs a").eachAttr("href")) {
                assertNotNull(d.getElementById(href.substring(1)), file + ": " + href + " is a section of the page");
            }
            assertTrue(summary.select(".summary-status dd").text().startsWith(abolished ? "Abolished" : "Current"), file.toString());
            assertEquals(openings.getOrDefault(code, ""), summary.select(".summary-openings a").attr("href"), file + ": openings");
            Element toc = d.selectFirst("nav.on-this-page[aria-label=On this page]");
            assertNotNull(toc, file + ": an On this page list");
            List<String> hrefs = toc.select("a").eachAttr("href");
            assertEquals(d.select("section.spec-section").size() + (abolished ? 0 : 1) + d.select("#series").size()
                    + d.select("#openings").size() + d.select("#next-step, #similar").size() + 1, hrefs.size(), file + ": every section is listed: " + hrefs);
            for (String href : hrefs) {
                assertNotNull(d.getElementById(href.substring(1)), file + ": " + href + " is an anchor on the page");
            }
        }
        assertTrue(withPay >= 20, "most classes have pay: " + withPay);
    }

    /** Issue 11: the home page has a labelled search box and a "go to class code" field, both working without JavaScript. */
    @Test
    void theHomePageHasASearchBoxAndAClassCodeField() {
        Document home = Jsoup.parse(FixtureSite.read(out.resolve("index.html")));
        Element search = home.selectFirst("main form.home-search");
        assertNotNull(search);
        assertEquals("search/", search.attr("action"));
        assertEquals("get", search.attr("method"));
        Element q = search.selectFirst("input[name=q]");
        assertEquals("Search by job title or words in the duties", home.select("label[for=" + q.id() + "]").text());
        Element code = home.selectFirst("main form.class-code-form");
        assertNotNull(code);
        assertEquals("search/", code.attr("action"), "without JavaScript a code goes to the search page, which links the class");
        assertEquals("classes/", code.attr("data-classes"));
        Element field = code.selectFirst("input[name=q]");
        assertEquals("Go to class code", home.select("label[for=" + field.id() + "]").text());
        assertEquals("js/class-code.js", home.select("script[src]").attr("src"));
        assertTrue(Files.isRegularFile(out.resolve("js/class-code.js")));
    }

    /** Issue 11: a schedule's rows go by title with an A–Z jump index (links) and a filter box that its script shows. */
    @Test
    void aSalarySchedulePageHasAJumpIndexAndAFilterBox() {
        Document d = Jsoup.parse(FixtureSite.read(out.resolve("salary/fy2026/index.html")));
        List<String> titles = d.select("table.schedule tbody th").eachText();
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, titles, "rows by title, A to Z");
        Element jump = d.selectFirst("nav.letters[aria-label^=Jump to]");
        assertNotNull(jump);
        List<String> letters = jump.select("a").eachText();
        assertEquals(titles.stream().map(t -> t.substring(0, 1).toUpperCase()).distinct().toList(), letters);
        for (Element a : jump.select("a")) {
            Element target = d.getElementById(a.attr("href").substring(1));
            assertNotNull(target, a.attr("href"));
            assertTrue(target.text().startsWith(a.text()), a.attr("href") + " leads to a title starting with " + a.text() + ": " + target.text());
        }
        Element filter = d.getElementById("schedule-filter");
        assertTrue(filter.hasAttr("hidden"), "the filter box shows only when its script runs");
        assertEquals("Filter by class code or title", d.select("label[for=schedule-filter-input]").text());
        assertEquals("status", d.getElementById("schedule-filter-status").attr("role"));
        assertEquals("../../js/schedule-filter.js", d.select("script[src]").attr("src"));
        assertEquals("Scroll sideways to see all columns", d.select(".table-scroll .scroll-hint").text());
    }
}
