package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3: the changes a catalog holds (on the minimal fixture, its class 1001 given earlier
 * versions here), which page each links, and the planner's reuse of the changes pages while only
 * spec text changes.
 */
class ChangesPagesTest {

    @TempDir
    Path tmp;
    SiteConfig config;
    Catalog catalog;

    @BeforeEach
    void load() {
        Path site = FixtureSite.copy("minimal", tmp);
        Problems problems = new Problems();
        config = ConfigLoader.load(site, problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(config.source(), config.contentFolder(), config.dataFolder(),
                config.agency(), config.sectionAliases());
        catalog = new CatalogBuilder(FixtureSite.DATE, problems).build(reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems));
        assertEquals(List.of(), problems.sorted());
    }

    /** The catalog with class 1001 approved 2024-03-14, 2015-06-01 and 2009-02-02, the two earlier as versions. */
    private Catalog withVersions(Catalog from) {
        TreeMap<ClassCode, JobClass> classes = new TreeMap<>(from.classes());
        JobClass c = classes.get(new ClassCode("1001"));
        List<Approval> history = List.of(new Approval("CSB", LocalDate.of(2015, 6, 1)), new Approval("CSB", LocalDate.of(2009, 2, 2)));
        List<SpecVersion> versions = history.stream().map(a -> new SpecVersion(a, c.sections(), VersionOrigin.HISTORY,
                "content/history/1001/" + a.date() + ".md")).toList();
        classes.put(c.code(), new JobClass(c.code(), c.title(), c.department(), c.unitId(), c.flsa(), c.seriesId(), c.level(), c.status(),
                c.statusDate(), c.formerTitles(), c.formerCodes(), c.openings(), c.approval(), history, c.revisers(), c.sections(), c.source(), versions));
        return new Catalog(from.asOf(), classes, from.units(), from.series(), from.schedules(), from.hiring());
    }

    private static Map<String, String> hrefs(List<ChangesPages.Change> changes, String code) {
        Map<String, String> hrefs = new LinkedHashMap<>();
        changes.stream().filter(c -> c.anchor().contains("-" + code + "-")).forEach(c -> hrefs.put(c.anchor(), c.href()));
        return hrefs;
    }

    @Test
    void theFirstApprovalIsTheNewClassEachLaterOneARevisionAndEachDateOnce() {
        List<ChangesPages.Change> changes = ChangesPages.changes(withVersions(catalog), Set.of(), Map.of());
        // 2015-06-01 is both in the history and a version: one change.
        assertEquals(Map.of(
                "revised-1001-2024-03-14", "classes/1001/",
                "revised-1001-2015-06-01", "classes/1001/",
                "new-1001-2009-02-02", "classes/1001/"), hrefs(changes, "1001"));
        assertEquals(List.of("revised-1001-2024-03-14", "revised-1001-2015-06-01", "new-1001-2009-02-02"),
                List.copyOf(hrefs(changes, "1001").keySet()), "newest first");
        // The abolished Typist: its approval and its abolition.
        assertEquals(List.of("abolished-0900-2010-06-30", "new-0900-2001-05-01"), List.copyOf(hrefs(changes, "0900").keySet()));
        assertEquals(changes.size(), changes.stream().map(ChangesPages.Change::anchor).distinct().count(), "anchors are unique");
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(!changes.get(i).date().isAfter(changes.get(i - 1).date()), "newest first: " + changes.get(i));
        }
    }

    @Test
    void aChangeLinksTheVersionsPagesWhenTheSiteHasThem() {
        Set<String> versionPages = Set.of(
                "classes/1001/versions/2024-03-14/index.html", "classes/1001/versions/2024-03-14/changes/index.html",
                "classes/1001/versions/2015-06-01/index.html",
                "classes/1001/versions/2009-02-02/index.html");
        Map<String, String> hrefs = hrefs(ChangesPages.changes(withVersions(catalog), versionPages, Map.of()), "1001");
        assertEquals("classes/1001/versions/2024-03-14/changes/", hrefs.get("revised-1001-2024-03-14"), "a revision: what changed");
        assertEquals("classes/1001/versions/2015-06-01/", hrefs.get("revised-1001-2015-06-01"), "no changes page: the version");
        assertEquals("classes/1001/versions/2009-02-02/", hrefs.get("new-1001-2009-02-02"), "the first version's text");
    }

    @Test
    void aLivePlanKeepsTheChangesPagesWhileOnlySpecTextChanges() {
        PlanMemo memo = new PlanMemo();
        Catalog versions = withVersions(catalog);
        Map<String, Page> first = changesPages(new SitePlanner(config, Map.of(), memo).plan(versions));
        assertEquals(Set.of("changes/index.html", "changes.xml", "units/general/changes.xml"), first.keySet().stream()
                .filter(k -> !k.startsWith("units/") || k.equals("units/general/changes.xml")).collect(java.util.stream.Collectors.toSet()));

        // Class 1001's text and its 2015 version's text edited: the same changes pages, not planned again.
        TreeMap<ClassCode, JobClass> classes = new TreeMap<>(versions.classes());
        JobClass c = classes.get(new ClassCode("1001"));
        List<SpecVersion> edited = c.versions().stream().map(v -> new SpecVersion(v.approval(), List.of(), v.origin(), v.source())).toList();
        classes.put(c.code(), new JobClass(c.code(), c.title(), c.department(), c.unitId(), c.flsa(), c.seriesId(), c.level(), c.status(),
                c.statusDate(), c.formerTitles(), c.formerCodes(), c.openings(), c.approval(), c.history(), c.revisers(), List.of(), c.source(), edited));
        Catalog text = new Catalog(versions.asOf(), classes, versions.units(), versions.series(), versions.schedules(), versions.hiring());
        Map<String, Page> second = changesPages(new SitePlanner(config, Map.of(), memo).plan(text));
        first.forEach((path, page) -> assertSame(page, second.get(path), path));

        // A new approval date: planned again, with the new revision.
        JobClass redated = classes.get(c.code());
        classes.put(c.code(), new JobClass(c.code(), c.title(), c.department(), c.unitId(), c.flsa(), c.seriesId(), c.level(), c.status(),
                c.statusDate(), c.formerTitles(), c.formerCodes(), c.openings(), new Approval("CSB", LocalDate.of(2025, 9, 9)),
                List.of(new Approval("CSB", LocalDate.of(2024, 3, 14)), new Approval("CSB", LocalDate.of(2015, 6, 1)),
                        new Approval("CSB", LocalDate.of(2009, 2, 2))), c.revisers(), redated.sections(), c.source(), edited));
        Map<String, Page> third = changesPages(new SitePlanner(config, Map.of(), memo).plan(
                new Catalog(versions.asOf(), classes, versions.units(), versions.series(), versions.schedules(), versions.hiring())));
        assertNotSame(first.get("changes.xml"), third.get("changes.xml"));
        ChangesPages.Feed feed = (ChangesPages.Feed) third.get("changes.xml").view();
        assertEquals("https://jobs.example.test/changes/#revised-1001-2025-09-09", feed.entries().get(0).id());
        assertEquals("2025-09-09T00:00:00Z", feed.updated());
    }

    private static Map<String, Page> changesPages(SitePlan plan) {
        Map<String, Page> pages = new TreeMap<>();
        plan.pages().stream().filter(p -> p.output().equals("changes/index.html") || p.output().endsWith("changes.xml"))
                .forEach(p -> pages.put(p.output(), p));
        return pages;
    }
}
