package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jobspecs.problem.Problems;
import org.jobspecs.search.SearchHit;
import org.jobspecs.search.SearchIndex;
import org.jobspecs.search.Searcher;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the "imported" fixture site, a class written as {@code jobspecs import} writes it (a
 * salary-steps table with a redline, a certificates table, headings the site names in
 * {@code section.aliases.*}, a {@code revisions} header), and reads its HTML and its search index.
 */
class ImportedSiteTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Path out;

    @BeforeAll
    static void build() {
        site = FixtureSite.copy("imported", tmp);
        out = tmp.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(site, out, FixtureSite.DATE));
        assertEquals(List.of(), report.problems());
    }

    static Document ranger() {
        return Jsoup.parse(FixtureSite.read(out.resolve("classes/4410/index.html")));
    }

    @Test
    void aSalaryStepsTableScrollsInItsOwnNamedRegionWithColumnAndRowHeaders() {
        Element section = ranger().selectFirst("section.spec-section:has(#salary-steps)");
        Element region = section.selectFirst("div.table-scroll");
        assertEquals("region", region.attr("role"));
        assertEquals("Salary Steps table", region.attr("aria-label"));
        assertEquals("0", region.attr("tabindex"));
        Element table = region.selectFirst("table.spec-table");
        assertEquals(List.of("Hourly", "Monthly"), table.select("thead th[scope=col]").eachText());
        assertEquals(1, table.select("thead td").size(), "the empty corner is a cell, not an empty header");
        assertEquals(List.of("Step A", "Step B"), table.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("$17.85", "$3,094.00", "$18.74", "$3,248.70"), table.select("tbody td").eachText());
        assertEquals("$3,248.70", table.select("tbody td em").text(), "emphasis in a cell is kept");
        assertTrue(table.select("del, ins").isEmpty(), "the approved text has no marks");
    }

    @Test
    void theRedlineShowsTheTableWithLabelledChangesAndTheDeletedRow() {
        Element region = ranger().selectFirst("#changes details.redline div.table-scroll");
        assertEquals("Changes to Salary Steps table", region.attr("aria-label"));
        assertEquals(3, region.select("tbody tr").size());
        assertEquals(List.of("deleted: $3,000.00"), region.select("tbody tr:eq(0) del").eachText());
        assertEquals(List.of("added: $3,094.00"), region.select("tbody tr:eq(0) ins").eachText());
        assertEquals(List.of("deleted: Step C", "deleted: $19.68", "deleted: $3,411.14"), region.select("tbody tr:eq(2) del").eachText());
    }

    @Test
    void aTableWithAHeaderInItsFirstCellHasNoRowHeaders() {
        Element table = ranger().selectFirst("section.spec-section:has(#licenses) table");
        assertEquals(List.of("Certificate", "When"), table.select("thead th[scope=col]").eachText());
        assertTrue(table.select("th[scope=row]").isEmpty());
        assertEquals("Wilderness First Responder", table.selectFirst("tbody td").text());
    }

    @Test
    void theSitesOwnSectionNamesGiveTheCanonicalAnchors() {
        Document d = ranger();
        assertEquals("Tasks Performed", d.getElementById("duties").text());
        assertEquals("Certificates Required", d.getElementById("licenses").text());
    }

    @Test
    void theChangesSectionNamesWhoMadeTheTrackedChangesAndWhen() {
        Element changes = ranger().getElementById("changes");
        assertEquals("Tracked changes by Pat Lee (September 12, 2025) and Sam Roe.", changes.select("p.tracked-changes").text());
        assertTrue(changes.selectFirst("p.tracked-changes").nextElementSibling().is("details.redline"),
                "it comes right before the redline it explains");
    }

    @Test
    void theWordsOfTableCellsAreSearchable() {
        Problems problems = new Problems();
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(site, null, FixtureSite.DATE), problems)) {
            List<SearchHit> hits = new Searcher(index).search("wilderness responder", 5);
            assertEquals(List.of("4410"), hits.stream().map(h -> h.document().code()).toList());
            assertTrue(index.documents().get(0).body().contains("Step A $17.85 $3,094.00"), index.documents().get(0).body());
            assertTrue(!index.documents().get(0).body().contains("3,411.14"), "deleted cells are not indexed");
        }
    }
}
