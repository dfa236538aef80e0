package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problems;
import org.jobspecs.site.diff.SpecDiff;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.ClassStatus;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the view objects of a class's version pages, made from classes built here. */
class VersionPagesViewTest {

    @TempDir
    static Path tmp;
    static SiteConfig config;

    @BeforeAll
    static void config() {
        config = ConfigLoader.load(FixtureSite.copy("minimal", tmp), new Problems()).orElseThrow();
    }

    static List<Section> text(String definition) {
        return List.of(new Section(SectionKind.DEFINITION, List.of(new Inline.Text("Definition")),
                List.of(new Block.Paragraph(List.of(new Inline.Text(definition)), 1)), 1));
    }

    static SpecVersion version(String body, LocalDate date, String definition) {
        return new SpecVersion(new Approval(body, date), text(definition), VersionOrigin.HISTORY, "content/history/5000/" + date + ".md");
    }

    static JobClass clerk(Approval approval, ClassStatus status, List<SpecVersion> versions) {
        return new JobClass(new ClassCode("5000"), "Clerk", "Finance", "general", "Non-exempt", null, null, status,
                status == ClassStatus.ABOLISHED ? LocalDate.of(2025, 1, 31) : null, List.of(), List.of(), null, approval, List.of(),
                List.of(), text("Performs varied clerical work."), "content/5000.md", versions);
    }

    static List<Page> pages(JobClass c) {
        return new VersionPages(config, new MetaFactory(config), new PlanMemo()).pages(c);
    }

    static <T> List<T> views(List<Page> pages, Class<T> type) {
        return pages.stream().map(Page::view).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aClassWithoutEarlierVersionsHasNoVersionPages() {
        assertEquals(List.of(), pages(clerk(new Approval("CSB", LocalDate.of(2024, 1, 1)), ClassStatus.CURRENT, List.of())));
    }

    @Test
    void everyVersionHasAPageAndEachButTheEarliestAChangesPage() {
        List<Page> pages = pages(clerk(new Approval("CSB", LocalDate.of(2024, 1, 1)), ClassStatus.CURRENT, List.of(
                version("CSB", LocalDate.of(2019, 5, 2), "Performs routine clerical work."),
                version("", LocalDate.of(2010, 7, 1), "Performs routine clerical work."))));
        assertEquals(List.of("classes/5000/versions/index.html",
                "classes/5000/versions/2024-01-01/index.html", "classes/5000/versions/2024-01-01/changes/index.html",
                "classes/5000/versions/2019-05-02/index.html", "classes/5000/versions/2019-05-02/changes/index.html",
                "classes/5000/versions/2010-07-01/index.html"), pages.stream().map(Page::output).toList());
        VersionViews.Listing list = views(pages, VersionViews.Listing.class).get(0);
        assertEquals(List.of("1 section changed: Definition; 1 word added, 1 removed.", "The text did not change.", "The earliest version on record."),
                list.versions().stream().map(VersionViews.Row::summary).toList());
        assertEquals(List.of("Civil Service Board", "Civil Service Board", ""), list.versions().stream().map(VersionViews.Row::approvedBy).toList());
        assertEquals(List.of(true, false, false), list.versions().stream().map(VersionViews.Row::current).toList());
        List<VersionViews.Version> versions = views(pages, VersionViews.Version.class);
        assertEquals(List.of("This is the current version, approved on January 1, 2024 by the Civil Service Board.",
                "This version was approved on May 2, 2019 by the Civil Service Board and replaced on January 1, 2024.",
                "This version was approved on July 1, 2010 and replaced on May 2, 2019."),
                versions.stream().map(VersionViews.Version::banner).toList());
        assertEquals(List.of("classes/5000/versions/2024-01-01/changes/", "classes/5000/versions/2019-05-02/changes/", ""),
                versions.stream().map(VersionViews.Version::changesHref).toList());
        assertEquals("https://jobs.example.test/classes/5000/", versions.get(1).meta().canonical());
        VersionViews.Changes unchanged = views(pages, VersionViews.Changes.class).get(1);
        assertEquals(List.of(), unchanged.sections());
        assertEquals(List.of("Definition"), unchanged.unchanged());
        assertEquals("July 1, 2010", unchanged.previousDate());
    }

    @Test
    void anAbolishedClassSaysSoOnItsLastVersion() {
        List<Page> pages = pages(clerk(new Approval("CSB", LocalDate.of(2024, 1, 1)), ClassStatus.ABOLISHED,
                List.of(version("CSB", LocalDate.of(2019, 5, 2), "Performs routine clerical work."))));
        assertEquals("This is the last version, approved on January 1, 2024 by the Civil Service Board. The class was abolished on January 31, 2025.",
                views(pages, VersionViews.Version.class).get(0).banner());
        assertTrue(views(pages, VersionViews.Listing.class).get(0).c().abolished());
    }

    @Test
    void aCurrentSpecWithoutADateIsListedButHasNoAddressOfItsOwn() {
        List<Page> pages = pages(clerk(null, ClassStatus.CURRENT, List.of(version("CSB", LocalDate.of(2019, 5, 2), "Performs routine clerical work."))));
        assertEquals(List.of("classes/5000/versions/index.html", "classes/5000/versions/2019-05-02/index.html"), pages.stream().map(Page::output).toList());
        VersionViews.Row current = views(pages, VersionViews.Listing.class).get(0).versions().get(0);
        assertEquals("", current.href());
        assertEquals("", current.changesHref());
        assertEquals("This version was approved on May 2, 2019 by the Civil Service Board and later replaced.",
                views(pages, VersionViews.Version.class).get(0).banner());
    }

    @Test
    void twoVersionsOfOneDateGetTwoAddresses() {
        List<Page> pages = pages(clerk(new Approval("CSB", LocalDate.of(2024, 1, 1)), ClassStatus.CURRENT,
                List.of(version("CSB", LocalDate.of(2024, 1, 1), "Performs routine clerical work."))));
        assertTrue(pages.stream().anyMatch(p -> p.output().equals("classes/5000/versions/2024-01-01-2/index.html")));
    }

    @Test
    void theSummaryCountsWordsAndNamesSections() {
        assertEquals("1 section changed: Definition; punctuation only.",
                VersionPages.summary(SpecDiff.compare(text("Performs clerical work."), text("Performs clerical work;"))));
        assertEquals("1 section changed: Definition; 4 words added, 1 removed.",
                VersionPages.summary(SpecDiff.compare(text("Performs clerical work."), text("Performs varied clerical and office tasks."))));
        List<Section> two = List.of(text("Performs clerical work.").get(0), new Section(SectionKind.KNOWLEDGE, List.of(new Inline.Text("Knowledge")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Office practices.")), 1)), 1));
        assertEquals("1 section added: Knowledge; 2 words added, 0 removed.", VersionPages.summary(SpecDiff.compare(text("Performs clerical work."), two)));
        assertEquals("1 section removed: Knowledge; 0 words added, 2 removed.",
                VersionPages.summary(SpecDiff.compare(two, text("Performs clerical work."))));
        assertEquals("The text did not change.", VersionPages.summary(SpecDiff.compare(two, two)));
    }

    @Test
    void aLiveBuildReusesTheVersionPagesOfAnUnchangedClass() {
        PlanMemo memo = new PlanMemo();
        VersionPages versions = new VersionPages(config, new MetaFactory(config), memo);
        JobClass c = clerk(new Approval("CSB", LocalDate.of(2024, 1, 1)), ClassStatus.CURRENT,
                List.of(version("CSB", LocalDate.of(2019, 5, 2), "Performs routine clerical work.")));
        memo.begin("context");
        List<Page> first = versions.pages(c);
        memo.planned();
        memo.begin("context");
        assertSame(first, versions.pages(clerk(c.approval(), ClassStatus.CURRENT, c.versions())));
    }
}
