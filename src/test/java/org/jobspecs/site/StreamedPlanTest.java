package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.JobClass;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a build's plan makes each class page only when it is asked for (right before it is
 * rendered) and keeps none, yet its pages are those of the plan a live build makes, page for page:
 * the class pages (with their similar classes and next steps), the version pages, the changes pages
 * and the sitemap, which lists the class pages without their views.
 */
class StreamedPlanTest {

    @Test
    void issue15_aStreamedPlanHasThePlansPagesPageForPage() {
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(Path.of("."), problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(config.source(), config.contentFolder(), config.dataFolder(), config.agency(),
                config.sectionAliases(), config.versionsFromGit());
        Catalog catalog = new CatalogBuilder(LocalDate.of(2026, 1, 1), problems).build(
                reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems).withVersions(
                        reader.readVersions(reader.historyFiles(), problems)));
        assertTrue(catalog.classes().values().stream().anyMatch(c -> !c.versions().isEmpty()), "the demo has earlier versions");
        // Each class "similar" to the next two in code order: the lists the class pages show.
        List<JobClass> classes = List.copyOf(catalog.classes().values());
        Map<String, List<String>> similar = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            similar.put(classes.get(i).code().value(), List.of(classes.get((i + 1) % classes.size()).code().value(),
                    classes.get((i + 2) % classes.size()).code().value()));
        }

        SitePlan plan = new SitePlanner(config, Map.of()).plan(catalog, similar);
        StreamedPlan streamed = new SitePlanner(config, Map.of()).stream(catalog, () -> similar);

        assertEquals(plan.classPages(), streamed.classPageCount());
        List<Supplier<Page>> made = streamed.takeClassPages();
        List<Page> pages = new ArrayList<>();
        made.forEach(s -> pages.add(s.get()));
        int classPages = pages.size();
        PageGroups groups = streamed.takePages();
        assertThrows(IllegalStateException.class, groups::last, "the pages made last are made from all the others");
        for (int i = groups.size() - 1; i >= 0; i--) { // in any order
            pages.addAll(classPages, groups.make(i));
        }
        pages.addAll(groups.last());
        assertEquals(plan.pages().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page expected = plan.pages().get(i);
            if (expected.isData()) { // the open-data files are made when written: compared by their bytes
                assertEquals(expected.output(), pages.get(i).output());
                assertArrayEquals(expected.dataBytes(), pages.get(i).dataBytes(), expected.output());
            } else {
                assertEquals(expected, pages.get(i), expected.output());
            }
        }
        assertTrue(pages.stream().anyMatch(p -> p.output().equals("sitemap.xml")));
        assertEquals(plan.synonyms(), streamed.synonyms());
        assertEquals(plan.dictionary(), streamed.dictionary());

        // Made anew each time it is asked for: nothing keeps a class page.
        assertEquals(made.get(0).get(), made.get(0).get());
        assertNotSame(made.get(0).get().view(), made.get(0).get().view());
        assertThrows(IllegalStateException.class, streamed::takeClassPages, "the class pages are given once");
        assertThrows(IllegalStateException.class, streamed::takePages, "the other pages are given once");
        assertEquals(List.of(), problems.sorted().stream().filter(p -> p.severity() == org.jobspecs.problem.Severity.ERROR).toList());
    }
}
