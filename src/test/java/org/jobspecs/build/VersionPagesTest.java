package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.output.LinkChecker;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SiteSearch;
import org.jobspecs.site.Page;
import org.jobspecs.site.SitePlan;
import org.jobspecs.site.SitePlanner;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the pages of a class's approved versions, built from the minimal fixture as the build
 * builds it (config, sources, catalog, plan, render, link check, search export), with earlier
 * versions given to two classes: the Clerk (current 2024, a redline; versions of 2015 and 2010) and
 * the abolished Typist (one version of 2001).
 */
class VersionPagesTest {

    @TempDir
    static Path tmp;
    static Map<String, String> html = new TreeMap<>();
    static Problems problems = new Problems();
    static SitePlan plan;
    static List<Page> search;

    static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    static Section section(SectionKind kind, String heading, Block... blocks) {
        return new Section(kind, text(heading), List.of(blocks), 1);
    }

    static Block p(String s) {
        return new Block.Paragraph(text(s), 1);
    }

    static Block ol(String... items) {
        return new Block.ItemList(true, false, java.util.Arrays.stream(items).map(i -> new Block.ListItem(List.of(p(i)), 1)).toList(), 1);
    }

    /** The Clerk as approved in 2015: the redline's text before its changes. */
    static final SpecVersion CLERK_2015 = new SpecVersion(new Approval("CSB", LocalDate.of(2015, 6, 1)), List.of(
            section(SectionKind.DEFINITION, "Definition", p("Under close supervision, performs clerical work.")),
            section(SectionKind.EXAMPLES_OF_DUTIES, "Examples of Duties", ol("Answers the telephone.", "Types letters.", "Files records."),
                    new Block.Subheading(text("Other Duties"), 1), ol("Performs related duties as assigned.")),
            section(SectionKind.KNOWLEDGE, "Knowledge", p("Knowledge of office practices."))),
            VersionOrigin.REDLINE, "content/1001-clerk.md");
    /** The Clerk as approved in 2010: no Knowledge section yet, a Note since dropped. */
    static final SpecVersion CLERK_2010 = new SpecVersion(new Approval("", LocalDate.of(2010, 1, 15)), List.of(
            section(SectionKind.DEFINITION, "Definition", p("Under close supervision, performs routine clerical work.")),
            section(SectionKind.EXAMPLES_OF_DUTIES, "Examples of Duties", ol("Answers the telephone.", "Types letters.", "Files records.")),
            section(null, "Note", p("Positions in this class may work evenings."))),
            VersionOrigin.HISTORY, "content/history/1001/2010-01-15.md");
    static final SpecVersion TYPIST_2001 = new SpecVersion(new Approval("CSB", LocalDate.of(2001, 3, 1)), List.of(
            section(SectionKind.DEFINITION, "Definition", p("Types letters and memoranda."))),
            VersionOrigin.HISTORY, "content/history/0900/2001-03-01.md");

    @BeforeAll
    static void build() {
        Path site = FixtureSite.copy("minimal", tmp);
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(config.source(), config.contentFolder(), config.dataFolder(), config.agency(),
                config.sectionAliases());
        Catalog read = new CatalogBuilder(FixtureSite.DATE, problems).build(reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems));
        TreeMap<ClassCode, JobClass> classes = new TreeMap<>(read.classes());
        classes.compute(new ClassCode("1001"), (code, c) -> withVersions(c, List.of(CLERK_2015, CLERK_2010)));
        classes.compute(new ClassCode("0900"), (code, c) -> withVersions(c, List.of(TYPIST_2001)));
        Catalog catalog = new Catalog(read.asOf(), classes, read.units(), read.series(), read.schedules(), read.hiring());
        Map<String, Long> assets = SiteBuild.assetFiles(config);
        plan = new SitePlanner(config, assets).plan(catalog);
        List<RenderedPage> pages = SiteBuild.renderer(config).render(plan.pages(), problems);
        new LinkChecker(config.siteHost()).check(pages, assets.keySet(), problems);
        search = SiteSearch.export(plan);
        pages.forEach(p -> html.put(p.output(), new String(p.bytes(), StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems.sorted(), "the site builds and every link of the new pages resolves");
    }

    static JobClass withVersions(JobClass c, List<SpecVersion> versions) {
        return new JobClass(c.code(), c.title(), c.department(), c.unitId(), c.flsa(), c.seriesId(), c.level(), c.status(), c.statusDate(),
                c.formerTitles(), c.formerCodes(), c.openings(), c.approval(), c.history(), c.revisers(), c.sections(), c.source(), versions);
    }

    static Document page(String file) {
        String text = html.get(file);
        assertTrue(text != null, () -> "no page " + file + " among " + html.keySet().stream().filter(k -> k.contains("versions")).toList());
        return Jsoup.parse(text);
    }

    @Test
    void theClassPageLinksItsEarlierVersionsOnlyWhenItHasAny() {
        Element link = page("classes/1001/index.html").selectFirst("#changes .versions-link a");
        assertEquals("Earlier versions (2)", link.text());
        assertEquals("../../classes/1001/versions/", link.attr("href"));
        assertTrue(page("classes/1002/index.html").select(".versions-link").isEmpty(), "a class without versions has no link");
        assertFalse(html.keySet().stream().anyMatch(k -> k.startsWith("classes/1002/versions/")));
    }

    @Test
    void theListShowsEveryVersionNewestFirstWithWhatChanged() {
        Document d = page("classes/1001/versions/index.html");
        assertEquals("Versions of Clerk", d.selectFirst("h1").text());
        List<Element> items = d.select("ol.versions > li");
        assertEquals(List.of("March 14, 2024 (current)", "June 1, 2015", "January 15, 2010"), items.stream().map(i -> i.selectFirst("h2").text()).toList());
        assertEquals("Approved by the Civil Service Board on March 14, 2024.", items.get(0).selectFirst(".version-approved").text());
        assertEquals("Approved on January 15, 2010.", items.get(2).selectFirst(".version-approved").text(), "no body recorded");
        assertEquals("2 sections changed: Definition and Examples of Duties; 1 word added, 3 removed.",
                items.get(0).selectFirst(".version-summary").text());
        assertEquals("2 sections changed: Definition and Examples of Duties; 1 section added: Knowledge; 1 section removed: Note; 11 words added, 8 removed.",
                items.get(1).selectFirst(".version-summary").text());
        assertEquals("The earliest version on record.", items.get(2).selectFirst(".version-summary").text());
        assertEquals(List.of("2024-03-14/", "2015-06-01/", "2010-01-15/"), items.stream().map(i -> i.selectFirst("h2 a").attr("href").replace("../../../classes/1001/versions/", "")).toList());
        assertEquals("../../../classes/1001/versions/2015-06-01/changes/", items.get(1).selectFirst(".version-links a").attr("href"));
        assertTrue(items.get(2).select(".version-links a").isEmpty(), "the earliest has no changes page");
        assertEquals("../../../classes/1001/", items.get(0).selectFirst(".version-links a").attr("href"));
    }

    @Test
    void anOldVersionShowsItsTextWithTheBannerAndStaysOutOfSearchEngines() {
        Document d = page("classes/1001/versions/2015-06-01/index.html");
        assertEquals("This version was approved on June 1, 2015 by the Civil Service Board and replaced on March 14, 2024. See the current specification.",
                d.selectFirst(".version-banner p").text());
        assertEquals("../../../../classes/1001/", d.selectFirst(".version-banner p a").attr("href"));
        assertEquals("https://jobs.example.test/classes/1001/", d.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("Definition", "Examples of Duties", "Knowledge"), d.select("section.spec-section h2").eachText());
        assertEquals("Under close supervision, performs clerical work.", d.getElementById("definition").parent().selectFirst("p").text());
        assertEquals(List.of("Answers the telephone.", "Types letters.", "Files records."), d.select("#duties + ol li").eachText());
        assertTrue(d.select("del, ins").isEmpty(), "a version's text is plain approved text");
        assertTrue(d.selectFirst(".version-origin").text().startsWith("This text is read from the redline of the specification approved on March 14, 2024"));
        assertEquals("This version was approved on January 15, 2010 and replaced on June 1, 2015. See the current specification.",
                page("classes/1001/versions/2010-01-15/index.html").selectFirst(".version-banner p").text());
    }

    @Test
    void theCurrentVersionHasItsOwnAddressToo() {
        Document d = page("classes/1001/versions/2024-03-14/index.html");
        assertEquals("This is the current version, approved on March 14, 2024 by the Civil Service Board. See the current specification.",
                d.selectFirst(".version-banner p").text());
        assertEquals("Under general supervision, performs clerical work.", d.getElementById("definition").parent().selectFirst("p").text(),
                "the redline resolved, as on the class page");
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void aChangesPageMarksTheWordsWithTextLabels() {
        Document d = page("classes/1001/versions/2024-03-14/changes/index.html");
        assertEquals("Clerk: changes approved on March 14, 2024", d.selectFirst("h1").text());
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("Changed section: Definition", "Changed section: Examples of Duties"), d.select("section.version-change h2").eachText());
        Element definition = d.selectFirst("section.version-change p");
        assertEquals("Under deleted: close added: general supervision, performs clerical work.", definition.text());
        assertEquals("deleted: close", definition.selectFirst("del").text());
        assertEquals("added: general", definition.selectFirst("ins").text());
        assertEquals("deleted:", definition.selectFirst("del .redline-label").text());
        Element removedItem = d.selectFirst("li.redline-deleted-item");
        assertEquals("deleted: Types letters.", removedItem.text());
        assertEquals("Not changed: Knowledge.", d.selectFirst(".version-unchanged").text());
        assertEquals("../../../../../classes/1001/versions/2015-06-01/", d.select(".version-banner a").get(1).attr("href"));
    }

    @Test
    void addedAndRemovedSectionsAreShownAsSuch() {
        Document d = page("classes/1001/versions/2015-06-01/changes/index.html");
        assertEquals(List.of("Changed section: Definition", "Changed section: Examples of Duties", "Removed section: Note", "Added section: Knowledge"),
                d.select("section.version-change h2").eachText());
        assertEquals("added: Knowledge of office practices.", d.select("section.version-added p").text());
        assertEquals("deleted: Positions in this class may work evenings.", d.select("section.version-removed p").text());
        assertEquals("Under close supervision, performs deleted: routine clerical work.", d.selectFirst("section.version-changed p").text());
        assertEquals("added: Other Duties", d.select("section.version-changed h3").text(), "a sub-heading added");
    }

    @Test
    void anAbolishedClassKeepsItsVersions() {
        Element link = page("classes/0900/index.html").selectFirst(".versions-link a");
        assertEquals("Earlier versions (1)", link.text());
        Document list = page("classes/0900/versions/index.html");
        assertEquals("Abolished classes", list.select(".breadcrumb a").get(1).text());
        Document last = page("classes/0900/versions/" + last0900() + "/index.html");
        assertTrue(last.selectFirst(".version-banner p").text().contains("The class was abolished on June 30, 2010."),
                last.selectFirst(".version-banner p").text());
    }

    static String last0900() {
        return html.keySet().stream().filter(k -> k.startsWith("classes/0900/versions/") && k.endsWith("/changes/index.html"))
                .map(k -> k.substring("classes/0900/versions/".length(), k.length() - "/changes/index.html".length())).findFirst().orElseThrow();
    }

    /** A site whose own templates predate the version pages builds as before: no version pages, no error per page. */
    @Test
    void aSiteWithOlderTemplatesGetsNoVersionPages() throws java.io.IOException {
        Path site = FixtureSite.copy("minimal", tmp.resolve("older"));
        for (String t : List.of("versions.ftl", "version.ftl", "version-changes.ftl", "version-crumbs.ftl")) {
            java.nio.file.Files.delete(site.resolve("templates").resolve(t));
        }
        Path classTemplate = site.resolve("templates/class.ftl"); // as it was: no link to the versions
        String before = FixtureSite.read(classTemplate);
        String older = before.replaceAll("(?s)\\s*<#if page.earlierVersions gt 0>.*?</#if>", "");
        assertTrue(older.length() < before.length());
        FixtureSite.write(classTemplate, older);
        BuildReport report = SiteBuild.run(new BuildOptions(site, tmp.resolve("older-out"), FixtureSite.DATE));
        assertEquals(0, report.errors(), () -> report.problems().toString());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("older-out/classes/1001/versions")));
        assertTrue(java.nio.file.Files.exists(site.resolve("content/1001-clerk.md")), "the Clerk's redline gives it an earlier version");
    }

    @Test
    void oldVersionsAreInNeitherTheSiteMapNorTheSearchIndex() {
        String sitemap = html.get("sitemap.xml");
        assertTrue(sitemap.contains("https://jobs.example.test/classes/1001/versions/</loc>"), "the list is an ordinary page");
        assertFalse(sitemap.contains("versions/2015-06-01/"), sitemap);
        assertFalse(sitemap.matches("(?s).*/versions/[^<]*/changes/.*"), sitemap); // the site-wide changes/ page (issue 14 §3) is an ordinary page
        String documents = String.join("\n", search.stream().filter(Page::isData).map(p -> new String(p.dataBytes(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertTrue(documents.contains("classes/1001/"), "the search export has the class page");
        assertFalse(documents.contains("versions/"), "and none of its versions");
        assertFalse(documents.contains("Under close supervision"), "nor their text");
    }
}
