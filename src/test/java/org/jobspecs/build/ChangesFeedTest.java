package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3: the demo site's What changed page and its Atom feeds, read back with a real feed
 * parser (Rome) and validated against an XML Schema of the Atom elements they use
 * (src/test/resources/atom/atom-feed.xsd).
 */
class ChangesFeedTest {

    private static final String HOST = "https://jobs.alameda.example.gov/";

    @TempDir
    Path dir;

    private Path build(Path site, String out, LocalDate asOf) {
        Path folder = dir.resolve(out);
        BuildReport report = SiteBuild.run(new BuildOptions(site, folder, asOf));
        assertEquals(List.of(), report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        assertTrue(report.published());
        return folder;
    }

    private static SyndFeed parse(Path file) throws Exception {
        String xml = Files.readString(file);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ChangesFeedTest.class.getResource("/atom/atom-feed.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType(), file.toString());
        return feed;
    }

    private static String link(List<SyndLink> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).findFirst().orElse(null);
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The page's changes, by anchor, with the date each gives (the Coming up list left out). */
    private static Map<String, LocalDate> listed(Document page) {
        Map<String, LocalDate> items = new LinkedHashMap<>();
        for (Element li : page.select("section[id^=month-] li.change")) {
            items.put(li.id(), LocalDate.parse(li.selectFirst("time").attr("datetime")));
        }
        return items;
    }

    @Test
    void theSiteFeedHasThePagesChangesWithSourceDatesStableIdsAndAbsoluteLinks() throws Exception {
        Path site = FixtureSite.demo(dir);
        Path out = build(site, "out", FixtureSite.DATE);
        Document page = Jsoup.parse(out.resolve("changes/index.html").toFile(), "UTF-8");
        Map<String, LocalDate> listed = listed(page);
        assertFalse(listed.isEmpty());

        SyndFeed feed = parse(out.resolve("changes.xml"));
        assertEquals(HOST + "changes.xml", feed.getUri());
        assertEquals(HOST + "changes.xml", link(feed.getLinks(), "self"));
        assertEquals(HOST + "changes/", link(feed.getLinks(), "alternate"));
        assertEquals("City of Alameda", feed.getAuthors().get(0).getName());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(listed.size(), entries.size(), "one entry per change the page lists by month");
        LocalDate since = FixtureSite.DATE.minusMonths(24);
        LocalDate previous = LocalDate.MAX;
        for (SyndEntry e : entries) {
            assertTrue(e.getUri().startsWith(HOST + "changes/#"), e.getUri());
            String anchor = e.getUri().substring((HOST + "changes/#").length());
            LocalDate updated = day(e.getUpdatedDate());
            assertEquals(listed.get(anchor), updated, "the entry's date is the page's: " + anchor);
            assertTrue(anchor.endsWith(updated.toString()), "the id names its source date: " + anchor);
            assertFalse(updated.isAfter(FixtureSite.DATE), "no entry after the build date: " + anchor);
            assertTrue(updated.isAfter(since), "no entry older than 24 months: " + anchor);
            assertFalse(updated.isAfter(previous), "newest first: " + anchor);
            previous = updated;
            String href = link(e.getLinks(), "alternate");
            assertTrue(href.startsWith(HOST), href);
            String target = href.substring(HOST.length());
            assertTrue(Files.isRegularFile(out.resolve(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target)),
                    "the entry links a page of the site: " + href);
        }
        assertEquals(entries.size(), entries.stream().map(SyndEntry::getUri).distinct().count(), "entry ids are unique");
        assertEquals(day(entries.get(0).getUpdatedDate()), day(feed.getPublishedDate()), "the feed is as new as its newest entry");

        // Known changes of the demo's sources: the seed's revision of October 8, 2025 (from its header), the
        // 2025–26 salary schedule's effective date and the IBEW MOU's start; the 2026–27 schedule comes later.
        assertEquals(LocalDate.of(2025, 10, 8), listed.get("revised-7565-2025-10-08"));
        assertEquals(LocalDate.of(2025, 7, 1), listed.get("schedule-fy2025-2025-07-01"));
        assertEquals(LocalDate.of(2024, 1, 1), listed.get("mou-begins-ibew-2024-01-01"));
        // The seed has an earlier version (its redline's 2009 text): its revision links what changed from it.
        assertEquals(HOST + "classes/7565/versions/2025-10-08/changes/", entries.stream()
                .filter(e -> e.getUri().endsWith("#revised-7565-2025-10-08")).map(e -> link(e.getLinks(), "alternate")).findFirst().orElseThrow());
        assertNotNull(page.getElementById("schedule-fy2026-2026-07-01"), "a later schedule is on the page");
        assertNotNull(page.selectFirst("#upcoming #schedule-fy2026-2026-07-01"), "... as coming up");
        assertFalse(entries.stream().anyMatch(e -> e.getUri().endsWith("schedule-fy2026-2026-07-01")), "... and not in the feed yet");

        // Months: newest first, each change under the month of its date.
        List<String> months = page.select("section[id^=month-]").eachAttr("id");
        assertEquals(months.stream().sorted(java.util.Comparator.reverseOrder()).toList(), months);
        for (Element section : page.select("section[id^=month-]")) {
            String month = section.id().substring("month-".length());
            section.select("time").forEach(t -> assertTrue(t.attr("datetime").startsWith(month), t.attr("datetime")));
        }

        // The alternate link in the page's head, and the home page's link to the page.
        Element alternate = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertNotNull(alternate);
        assertEquals("../changes.xml", alternate.attr("href"));
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertNotNull(home.selectFirst("main a[href=changes/]"), "the home page links What changed");
        // Every link of the page resolves to a file of the site (the build's link check covers it too).
        for (Element a : page.select("main a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http")) {
                continue;
            }
            Path target = out.resolve("changes").resolve(href.replaceFirst("#.*$", "")).normalize();
            assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")), href);
        }
    }

    @Test
    void eachUnitsFeedHasOnlyItsClassesSchedulesAndMou() throws Exception {
        Path site = FixtureSite.demo(dir);
        Path out = build(site, "out", FixtureSite.DATE);
        Set<String> siteIds = parse(out.resolve("changes.xml")).getEntries().stream().map(SyndEntry::getUri).collect(Collectors.toSet());
        // Which unit each class is in, from the class list.
        Map<String, String> unitOf = new LinkedHashMap<>();
        for (String line : Files.readAllLines(site.resolve("data/classes.csv")).subList(1, Files.readAllLines(site.resolve("data/classes.csv")).size())) {
            String[] cells = line.split(",");
            unitOf.put(cells[0], cells[3]);
        }
        List<String> units;
        try (var folders = Files.list(out.resolve("units"))) {
            units = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(units.isEmpty());
        Set<String> union = new HashSet<>();
        for (String unit : units) {
            SyndFeed feed = parse(out.resolve("units/" + unit + "/changes.xml"));
            assertEquals(HOST + "units/" + unit + "/changes.xml", link(feed.getLinks(), "self"));
            assertEquals(HOST + "units/" + unit + "/", link(feed.getLinks(), "alternate"));
            Document unitPage = Jsoup.parse(out.resolve("units/" + unit + "/index.html").toFile(), "UTF-8");
            assertEquals("../../units/" + unit + "/changes.xml",
                    unitPage.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"));
            for (SyndEntry e : feed.getEntries()) {
                assertTrue(siteIds.contains(e.getUri()), "a unit's entry is the site feed's, with the same id: " + e.getUri());
                union.add(e.getUri());
                String anchor = e.getUri().substring(e.getUri().indexOf('#') + 1);
                java.util.regex.Matcher cls = java.util.regex.Pattern.compile("^(new|revised|abolished)-(\\w+)-").matcher(anchor);
                if (cls.find()) {
                    assertEquals(unit, unitOf.get(cls.group(2)), "class " + cls.group(2) + " in the feed of " + unit);
                } else if (anchor.startsWith("mou-")) {
                    assertTrue(anchor.startsWith("mou-begins-" + unit + "-") || anchor.startsWith("mou-ends-" + unit + "-"), anchor);
                } else {
                    assertTrue(anchor.startsWith("schedule"), anchor);
                }
            }
        }
        // Every change of a class, MOU or schedule reaches some unit's feed.
        assertEquals(siteIds, union);
        List<String> ibew = parse(out.resolve("units/ibew/changes.xml")).getEntries().stream().map(SyndEntry::getUri).toList();
        assertTrue(ibew.contains(HOST + "changes/#mou-begins-ibew-2024-01-01"), ibew.toString());
        assertFalse(ibew.contains(HOST + "changes/#mou-begins-acea-2024-07-01"), ibew.toString());
    }

    @Test
    void twoBuildsOfTheSameSourcesWriteTheSameFeedsAndPagesAndTheBuildDayDoesNotDateEntries() throws Exception {
        Path site = FixtureSite.demo(dir);
        Path a = build(site, "a", FixtureSite.DATE);
        // Touch every source file: modification times must not matter either.
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            }
        }
        Path b = build(site, "b", FixtureSite.DATE);
        Map<String, byte[]> first = FixtureSite.snapshot(a);
        Map<String, byte[]> second = FixtureSite.snapshot(b);
        assertEquals(first.keySet(), second.keySet());
        List<String> differ = new ArrayList<>();
        first.forEach((k, v) -> {
            if (!Arrays.equals(v, second.get(k))) {
                differ.add(k);
            }
        });
        assertEquals(List.of(), differ);
        assertTrue(first.containsKey("changes.xml") && first.containsKey("changes/index.html") && first.containsKey("units/ibew/changes.xml"));

        // A build a day later (nothing in the demo is dated on the days the window gains or loses) writes the same feeds:
        // their dates are the sources', not the build day's.
        Path c = build(site, "c", FixtureSite.DATE.plusDays(1));
        assertEquals(Files.readString(a.resolve("changes.xml")), Files.readString(c.resolve("changes.xml")));
        assertEquals(Files.readString(a.resolve("units/acea/changes.xml")), Files.readString(c.resolve("units/acea/changes.xml")));
    }

    @Test
    void aSiteWhoseTemplatesPredateTheChangesPageBuildsAsBeforeWithoutIt() throws Exception {
        Path site = FixtureSite.demo(dir);
        Files.delete(site.resolve("templates/changes.ftl"));
        Files.delete(site.resolve("templates/changes-feed.ftl"));
        // Its own older layout and home page do not link the page either.
        for (String template : List.of("templates/layout.ftl", "templates/home.ftl")) {
            Path file = site.resolve(template);
            FixtureSite.write(file, FixtureSite.read(file).replaceAll("(?m)^.*href=\"\\$\\{root\\}changes/\".*\n", "")
                    .replace(" <a href=\"${meta.root}changes/\">What changed</a> ·", ""));
        }
        Path out = build(site, "out", FixtureSite.DATE);
        assertFalse(Files.exists(out.resolve("changes/index.html")));
        assertFalse(Files.exists(out.resolve("changes.xml")));
        assertFalse(Files.exists(out.resolve("units/ibew/changes.xml")));
        Document unit = Jsoup.parse(out.resolve("units/ibew/index.html").toFile(), "UTF-8");
        assertTrue(unit.select("link[type=application/atom+xml], a[href$=changes.xml]").isEmpty());
    }

    @Test
    void withoutASiteHostThereAreNoFeedsButThePageStays() throws Exception {
        Path site = FixtureSite.demo(dir);
        Path properties = site.resolve("jbake.properties");
        FixtureSite.write(properties, FixtureSite.read(properties).replaceAll("(?m)^site\\.host=.*$", "site.host="));
        Path out = build(site, "out", FixtureSite.DATE);
        assertFalse(Files.exists(out.resolve("changes.xml")));
        assertFalse(Files.exists(out.resolve("units/ibew/changes.xml")));
        Document page = Jsoup.parse(out.resolve("changes/index.html").toFile(), "UTF-8");
        assertTrue(page.select("link[type=application/atom+xml]").isEmpty());
        assertTrue(page.select("a[href$=changes.xml]").isEmpty());
        assertFalse(listed(page).isEmpty());
        Document unit = Jsoup.parse(out.resolve("units/ibew/index.html").toFile(), "UTF-8");
        assertTrue(unit.select("link[type=application/atom+xml], a[href$=changes.xml]").isEmpty());
    }
}
