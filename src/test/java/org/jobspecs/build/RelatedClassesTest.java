package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, §4 on the demo site: the "Next step" block and the "Similar classes" list of class pages. */
class RelatedClassesTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("public");
        BuildReport report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, DemoSiteTest.DATE));
        assertEquals(0, report.errors(), () -> report.problems().toString());
    }

    static Document page(String code) {
        return Jsoup.parse(FixtureSite.read(out.resolve("classes/" + code + "/index.html")));
    }

    @Test
    void issue13NextStepNamesTheNextLevelWithItsPayDifferenceAndDistinguishingFeatures() {
        Document senior = page("2143");
        Element next = senior.getElementById("next-step");
        assertEquals("Next step: Supervising Accountant", next.selectFirst("h2").text());
        assertEquals("../../classes/2145/", next.selectFirst("a").attr("href"));
        // Both pays in force are monthly: the difference on the annual base is 12 × the monthly one.
        String pay = next.select("dd").get(1).text();
        assertTrue(pay.matches(".*a year \\(computed: monthly × 12\\)\\. That is \\$[0-9,]+\\.\\d\\d \\(\\d+\\.\\d %\\) more at the bottom of the range"
                + " and \\$[0-9,]+\\.\\d\\d \\(\\d+\\.\\d %\\) more at the top than this class's pay in force.*"), pay);
        Element features = next.selectFirst("a[href$=#distinguishing-features]");
        assertEquals("../../classes/2145/#distinguishing-features", features.attr("href"));
        assertFalse(page("2145").select("p, li").eachText().isEmpty());
        assertTrue(page("2145").getElementById("distinguishing-features") != null, "the linked section exists");
        assertTrue(senior.select(".on-this-page a[href=#next-step]").size() == 1, "listed on the page");
        assertEquals(null, page("2145").getElementById("next-step"), "the highest level has no next step");
        assertEquals(null, page("1210").getElementById("next-step"), "a class in no series has none");
    }

    @Test
    void issue13TheNextStepsPayDifferenceIsComputedFromBothClassesPay() {
        // 5101 → 5102: read both pages' adopted monthly pay and check the annual difference at the bottom of the range.
        double low = monthlyMinimum(page("5101"));
        double nextLow = monthlyMinimum(page("5102"));
        String expected = String.format(java.util.Locale.US, "$%,.2f", Math.abs(nextLow - low) * 12);
        String pay = page("5101").getElementById("next-step").select("dd").get(1).text();
        assertTrue(pay.contains("That is " + expected), expected + " in: " + pay);
    }

    private static double monthlyMinimum(Document d) {
        String range = d.selectFirst(".pay-range strong").text();
        assertTrue(d.selectFirst(".pay-range").text().contains("per month"), range);
        return Double.parseDouble(range.split(" – ")[0].replace("$", "").replace(",", ""));
    }

    @Test
    void issue13SimilarClassesLeaveOutTheSeriesTheClassItselfAndAbolishedClasses() {
        int pages = 0;
        for (String code : List.of("2141", "2143", "2112", "2131", "5101", "7563", "1205", "1210")) {
            Document d = page(code);
            Element similar = d.getElementById("similar");
            if (similar == null) {
                continue;
            }
            pages++;
            assertEquals("Similar classes", similar.selectFirst("h2").text());
            List<String> hrefs = similar.select("li a").eachAttr("href");
            assertTrue(hrefs.size() >= 1 && hrefs.size() <= 5, hrefs::toString);
            assertFalse(hrefs.contains("../../classes/" + code + "/"), "not itself");
            assertFalse(hrefs.contains("../../classes/2105/"), "not the abolished Account Clerk");
            List<String> series = d.select(".career-path a").eachAttr("href");
            assertTrue(series.stream().noneMatch(hrefs::contains), () -> code + ": series neighbours " + series + " in " + hrefs);
            assertEquals(1, d.select(".on-this-page a[href=#similar]").size());
        }
        assertTrue(pages >= 6, "most of these classes have similar classes: " + pages);
        List<String> hr = page("1205").getElementById("similar").select("li a").eachAttr("href");
        assertEquals("../../classes/1210/", hr.get(0), "HR Technician: HR Analyst first: " + hr);
    }
}
