package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the class view's {@code openNow()}, which the search's "Open now" facet reads, follows
 * the build date: true while a posting of the class takes applications, false before it opens and
 * after it closes.
 */
class OpenNowFacetTest {

    @TempDir
    Path tmp;

    private Map<String, Boolean> openNow(Path site, LocalDate day) {
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(config.source(), config.contentFolder(), config.dataFolder(),
                config.agency(), config.sectionAliases());
        Catalog catalog = new CatalogBuilder(day, problems).build(reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems));
        assertEquals(List.of(), problems.sorted());
        Map<String, Boolean> open = new TreeMap<>();
        for (Page p : new SitePlanner(config, Map.of()).plan(catalog).pages()) {
            if (p.view() instanceof ClassView c) {
                open.put(c.code(), c.openNow());
            }
        }
        return open;
    }

    @Test
    void issue13_openNowFollowsTheBuildDate() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Files.writeString(site.resolve("data/openings.csv"), "code,title,link,opens,closes\n"
                + "1002,Senior Clerk,https://careers.example.test/postings/1002,2025-10-01,2025-11-15\n");
        assertEquals(Map.of("0900", false, "1001", false, "1002", false), openNow(site, LocalDate.of(2025, 9, 30)));
        assertEquals(Map.of("0900", false, "1001", false, "1002", true), openNow(site, LocalDate.of(2025, 10, 1)));
        assertEquals(Map.of("0900", false, "1001", false, "1002", true), openNow(site, LocalDate.of(2025, 11, 15)));
        assertEquals(Map.of("0900", false, "1001", false, "1002", false), openNow(site, LocalDate.of(2025, 11, 16)));
    }
}
