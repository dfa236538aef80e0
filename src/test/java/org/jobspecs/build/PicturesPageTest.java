package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, part 5: the demo site's pictures of pay in its HTML. Each is a figure named by its
 * title, with a one-line summary, an SVG hidden from screen readers (the summary and the table say
 * the same), and the same data as a table.
 */
class PicturesPageTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("public");
        BuildReport report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, DATE));
        assertEquals(0, report.errors(), () -> report.problems().toString());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    /** The figure's parts, checked alike for every picture; returns the figure. */
    static Element figure(Document doc, String id) {
        Element f = doc.getElementById(id);
        assertNotNull(f, "figure #" + id);
        assertEquals("figure", f.tagName());
        String title = f.attr("aria-labelledby");
        assertEquals(id + "-title", title, "the figure is named by its title");
        assertFalse(doc.getElementById(title).text().isBlank());
        assertFalse(f.select("figcaption .chart-summary").text().isBlank(), "a one-line summary");
        Element svg = f.selectFirst("svg");
        assertNotNull(svg);
        assertEquals("true", svg.attr("aria-hidden"));
        assertEquals("false", svg.attr("focusable"));
        assertTrue(svg.attr("viewBox").matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?"), "scales with its viewBox: " + svg.attr("viewBox"));
        for (Element e : svg.select("*")) {
            for (String a : List.of("x", "y", "width", "height", "x1", "x2", "y1", "y2", "stroke-width")) {
                if (e.hasAttr(a)) {
                    assertTrue(e.attr(a).matches("-?\\d+(\\.\\d+)?"), "a coordinate is a plain number: " + a + "=\"" + e.attr(a) + "\" in " + e);
                }
            }
        }
        assertTrue(f.select("svg script, svg foreignObject").isEmpty(), "no script");
        assertNotNull(f.selectFirst("details.chart-data > summary"), "the table behind a disclosure");
        assertNotNull(f.selectFirst("table.chart-table > caption"), "the table has a caption");
        return f;
    }

    @Test
    void theClassPageShowsPayOverTimeWithThePercentageChanges() throws IOException {
        Element f = figure(page("classes/7565/index.html"), "chart-pay-history");
        assertNotNull(f.closest("section#pay"), "in the pay section");
        assertEquals(4, f.select("svg rect.chart-bar").size(), "one column per schedule: 2024, 2025, 2026, 2027");
        assertEquals(List.of("past", "past", "in force", "adopted"), f.select("svg .chart-status text").eachText());
        assertEquals(List.of("+3.0%", "+3.0%", "+3.0%"), f.select("svg .chart-change text").eachText());
        List<Element> rows = f.select("table.chart-table tbody tr");
        assertEquals(4, rows.size());
        assertEquals("$77,021 – $93,620", rows.get(2).select("td").get(0).text(), "in force: $6,418.45 – $7,801.67 monthly × 12");
        assertEquals("+3.0%", rows.get(3).select("td").get(1).text());
        assertTrue(f.select(".chart-summary").text().contains("rose 9.3% in all"), f.select(".chart-summary").text());
        assertNotNull(f.selectFirst("rect.chart-bar-adopted[style*=hatch]"), "the adopted schedule is hatched, as well as labelled");
    }

    @Test
    void theClassPageShowsItsLadderWithThisClassMarkedInWords() throws IOException {
        Element f = figure(page("classes/7565/index.html"), "chart-ladder");
        assertNotNull(f.closest("section#series"), "in the career path section");
        assertEquals(3, f.select("svg rect.chart-bar").size());
        assertEquals("(this class)", f.select("svg .chart-mark").text());
        assertTrue(f.selectFirst("svg rect.chart-bar-marked").attr("style").contains("hatch"));
        Element marked = f.selectFirst("tr.chart-row-marked");
        assertTrue(marked.text().contains("Lead Customer Service Representative 7565 (this class)"), marked.text());
        assertEquals(List.of("1", "2", "3"), f.select("tbody tr td:first-child").eachText(), "entry level first");
        // a class outside any series has no ladder; an abolished class no pictures at all
        assertNull(page("classes/6230/index.html").getElementById("chart-ladder"));
        assertNotNull(page("classes/6230/index.html").getElementById("chart-pay-history"));
        Document abolished = page("classes/2105/index.html");
        assertTrue(abolished.select("figure.chart").isEmpty(), "an abolished class has no pictures");
    }

    @Test
    void theSeriesPageShowsTheLadder() throws IOException {
        Element f = figure(page("series/customer-service/index.html"), "chart-ladder");
        assertEquals(3, f.select("svg rect.chart-bar").size());
        assertTrue(f.select("svg .chart-mark").isEmpty(), "no class is marked on the series page");
        assertTrue(f.select(".chart-summary").text().startsWith("3 levels from $69,155 – $84,058 per year at level 1"), f.select(".chart-summary").text());
        assertEquals(List.of("Level 3 · Customer Services Supervisor", "Level 2 · Lead Customer Service Representative",
                "Level 1 · Customer Service Representative"), f.select("svg text.chart-label").eachText(), "highest level on top");
    }

    @Test
    void unitAndDepartmentPagesShowEachClassOnOneSortedScale() throws IOException {
        Element unit = figure(page("units/ibew/index.html"), "chart-pay-across");
        List<Element> rows = unit.select("tbody tr");
        assertEquals(unit.select("svg rect.chart-bar").size(), rows.size(), "one bar per class, each in the table");
        List<Integer> minimums = rows.stream().map(r -> Integer.parseInt(r.select("td").get(0).text().replaceAll("[$,]", "").split(" ")[0])).toList();
        assertEquals(minimums.stream().sorted().toList(), minimums, "sorted by the bottom of the range");
        Document departments = page("departments/index.html");
        assertEquals(departments.select("section[aria-labelledby] > h2").size(), departments.select("figure.chart-spread").size(),
                "every department has its picture");
        Element finance = figure(departments, "chart-finance");
        assertTrue(finance.select("tbody").text().contains("Finance Director"), finance.select("tbody").text());
        assertFalse(finance.select("tbody").text().contains("Account Clerk"), "abolished classes are not in the picture");
    }
}
