package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own sample spec (City of Alameda, Lead Customer Service Representative, 7565), a Word
 * redline exported to text and copied unchanged into content/: every requirement of issue 2 on
 * its page, and a golden file of the whole page.
 */
class SeedPageTest {

    static final String SEED = "content/lead-customer-service-representative-7565.txt";
    static final Path GOLDEN = FixtureSite.PROJECT.resolve("src/test/resources/golden/classes-7565.html");

    @TempDir
    static Path tmp;
    static BuildReport report;
    static String html;
    static Document page;
    /** The page's current text: everything in main outside the changes section. */
    static Element current;

    @BeforeAll
    static void build() throws IOException {
        Path out = tmp.resolve("public");
        report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, DemoSiteTest.DATE));
        html = Files.readString(out.resolve("classes/7565/index.html"));
        page = Jsoup.parse(html);
        current = page.selectFirst("main").clone();
        current.select("#changes").remove();
        current.select("script").remove();
    }

    /** SHA-256 of the seed as the user gave it (shared/seed/lead-customer-service-representative-7565.txt). */
    static final String SEED_SHA256 = "7069a14557f156cec88f93aa0d44f0981f3ec75af487cc7b59e8cce882d09d1c";

    @Test
    void theSeedIsCopiedUnchanged() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(FixtureSite.PROJECT.resolve(SEED)));
        assertEquals(SEED_SHA256, HexFormat.of().formatHex(digest));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("jobspecs.updateGolden")) {
            Files.writeString(GOLDEN, html);
        }
        assertEquals(Files.readString(GOLDEN), html,
                "classes/7565/index.html changed; if the change is intended, run mvn test -Djobspecs.updateGolden=true and review the diff");
    }

    @Test
    void titleCodeAndApprovalComeFromTheHeader() {
        assertEquals(1, page.select("h1").size());
        assertEquals("Lead Customer Service Representative", page.selectFirst("main h1").text());
        assertEquals("7565", page.select(".class-code .code").text());
        assertEquals("October 8, 2025 by the Civil Service Board", fact("Approved"));
    }

    @Test
    void theReplacedDateIsThePreviousApprovalNeverTheCurrentOne() {
        assertFalse(current.text().contains("2009"), "7/1/09 appears only in the revision history");
        List<String> history = page.select("#changes .history li").eachText();
        assertEquals(List.of("October 8, 2025 — approved by the Civil Service Board", "July 1, 2009 — approved by the Civil Service Board"), history);
        assertEquals("Changes approved on October 8, 2025", page.select("#changes h2").text());
    }

    @Test
    void theCurrentTextIsTheApprovedText() {
        String text = current.text();
        assertTrue(text.contains("at the direction of, the Customer Services Supervisor or designee"), text);
        assertFalse(text.contains("Assistant General Manager"));
        assertFalse(text.contains("Performs related work as required"));
        assertFalse(text.contains("~~"));
        assertFalse(text.contains("](#)"));
        assertTrue(current.select("del, ins").isEmpty());
    }

    @Test
    void pageFurnitureIsGone() {
        String all = page.text();
        for (String furniture : List.of("(OVER)", "NCWGL", "sharepoint", "Redline.docx", "G:\\Personnel", "r: 6/23/09",
                "•", "---------")) {
            assertFalse(all.contains(furniture), furniture);
        }
        Element spec = current.clone();
        spec.select(".print-header").remove();
        spec.select(".summary-benefits").remove(); // issue 13: the MOU's title beside the benefits names the City
        assertFalse(spec.text().contains("City of Alameda"), "the agency line is checked, not shown as spec text");
        assertEquals("City of Alameda", page.select(".print-header .print-agency").text(),
                "issue 11: the printed page names the agency, from site.agency");
        assertTrue(current.select(".spec-section").text().indexOf("Salary Schedule") < 0,
                "the export's navigation row is not spec text (the page's own links replace it)");
    }

    @Test
    void theAbilitiesParagraphSplitByTheFooterReadsAsOneParagraph() {
        Elements paragraphs = current.select("#abilities ~ p, section:has(#abilities) p");
        assertEquals(1, paragraphs.size(), paragraphs.toString());
        String p = paragraphs.text();
        assertTrue(p.startsWith("Ability to perform difficult"));
        assertTrue(p.contains("with speed and accuracy; effectively operate"), p);
        assertTrue(p.endsWith("perform related duties as required."));
    }

    @Test
    void dutiesAreNumberedAsApproved() {
        Element duties = current.selectFirst("section:has(#duties)");
        assertNotNull(duties);
        Elements lists = duties.select("ol");
        assertEquals(2, lists.size());
        List<String> first = lists.get(0).select("> li").eachText();
        assertEquals(9, first.size(), first.toString());
        assertTrue(first.get(0).startsWith("Performs assigned lead/supervisory duties"));
        assertTrue(first.get(6).startsWith("Provides lead direction and training"));
        assertTrue(first.get(7).startsWith("Maintains a variety of records"), first.get(7));
        assertTrue(first.get(8).startsWith("Provide feedback from customer contact"), first.get(8));
        assertTrue(first.get(8).endsWith("as appropriate."), "the lone hyphen is cleaned: " + first.get(8));
        assertEquals("Other Duties:", duties.select("h3").text());
        assertEquals("10", lists.get(1).attr("start"));
        assertEquals(List.of("Performs related duties as assigned."), lists.get(1).select("> li").eachText());
        assertFalse(duties.text().contains("8-9."));
    }

    @Test
    void exportDebrisIsCleanedButWordsAreKept() {
        String text = current.text();
        assertTrue(text.contains("twist and bend from the waist."));
        assertFalse(text.contains("waist. ."));
        assertTrue(text.contains("correct English usage, including spelling, grammar and punctuation Abilities")
                || text.contains("grammar and punctuation"), "wording is never corrected: the Knowledge paragraph keeps its missing full stop");
    }

    @Test
    void aSectionWhoseWholeBodyIsDeletedIsAbsentHeadingIncluded() {
        assertFalse(current.text().contains("Other Requirements"));
        assertFalse(current.text().contains("Driver"));
        Element changes = page.getElementById("changes");
        assertTrue(changes.text().contains("Other Requirements"));
        assertTrue(changes.select("del").text().contains("Selected positions require possession of a valid California Driver's License"));
    }

    @Test
    void theRedlineCarriesTextLabels() {
        Element changes = page.getElementById("changes");
        for (Element del : changes.select("details del")) {
            assertEquals("deleted:", del.selectFirst(".redline-label").text());
        }
        for (Element ins : changes.select("details ins")) {
            assertEquals("added:", ins.selectFirst(".redline-label").text());
        }
        assertTrue(changes.select("details ins").text().contains("Customer Services Supervisor"));
        assertTrue(changes.select("details del").text().contains("Assistant General Manager – Customer Services"));
        assertTrue(changes.select("details del").text().contains("Performs related work as required."));
    }

    @Test
    void everyRemovalIsReportedAsANotice() {
        List<Integer> lines = report.problems().stream()
                .filter(p -> p.location().path().equals(SEED))
                .peek(p -> assertEquals(Severity.NOTICE, p.severity(), p.format()))
                .map(p -> p.location().line()).toList();
        // navigation row and rule, agency line, two stray bullets, debris ".-", lone "1.", "•", debris ". .",
        // (OVER), revision code, document-library line, intranet address, file path, rejoined paragraph
        assertEquals(List.of(3, 4, 6, 34, 35, 35, 43, 53, 61, 72, 82, 84, 86, 88, 90), lines,
                report.problems().stream().map(Problem::format).toList().toString());
    }

    @Test
    void theClassIsMarkedUpAsASchemaOrgOccupation() throws IOException {
        JsonNode json = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("Occupation", json.get("@type").asText());
        assertEquals("Lead Customer Service Representative", json.get("name").asText());
        assertEquals("7565", json.get("identifier").get("value").asText());
        assertTrue(json.get("description").asText().startsWith("Under direction leads"));
        assertTrue(json.get("responsibilities").asText().contains("Maintains a variety of records"));
        assertTrue(json.get("skills").asText().contains("Ability to perform"));
        assertEquals("MONTH", json.get("estimatedSalary").get("value").get("unitText").asText());
        assertEquals("Alameda, CA", json.get("occupationLocation").get("name").asText());
    }

    @Test
    void theThreeLinksSitDirectlyUnderTheTitle() {
        Element h1 = page.selectFirst("main h1");
        Element nav = page.selectFirst("nav.class-links");
        assertEquals(List.of("Salary Schedule", "MOU", "Benefits"), nav.select("a").eachText());
        assertEquals(h1.parent(), nav.parent());
        assertTrue(nav.elementSiblingIndex() - h1.elementSiblingIndex() <= 2);
    }

    /** Issue 11: the page opens with the key facts (pay in every time base, what it takes, status) and an "On this page" list. */
    @Test
    void theKeyFactsComeFirst() {
        Element summary = page.getElementById("summary");
        assertNotNull(summary, "a summary section");
        Element firstSection = page.selectFirst("section.spec-section");
        assertTrue(summary.siblingIndex() < page.getElementById("pay").siblingIndex(), "the summary comes before the pay section");
        assertTrue(summary.siblingIndex() < firstSection.siblingIndex(), "and before the spec's sections");
        assertEquals("$6,418.45 – $7,801.67 per month as adopted, effective July 1, 2026, in the Salary Schedule 2026–27.",
                summary.select(".summary-pay dd > p").first().text());
        assertEquals("../../salary/fy2026/#class-7565", summary.select(".summary-pay a").attr("href"));
        assertEquals(List.of("$37.03 – $45.01 per hour (computed: monthly × 12 ÷ 2,080)",
                        "$2,962.36 – $3,600.77 every two weeks (computed: monthly × 12 ÷ 26)",
                        "$77,021.40 – $93,620.04 per year (computed: monthly × 12)"),
                summary.select(".pay-bases li").eachText());
        // issue 13: "What you need" replaces "What it takes" where the requirements read plainly
        assertTrue(summary.select(".summary-takes").isEmpty(), "the old sentences give way to the box");
        assertEquals(List.of("Education: High school diploma, or equivalent education and experience",
                        "Experience: 4 years of increasingly responsible experience in customer relations",
                        "Entry level: No"),
                summary.select(".needs-list > li").stream().map(li -> li.ownText().isEmpty() ? li.text()
                        : li.selectFirst(".needs-term").text() + " " + li.ownText()).toList());
        assertEquals(List.of("“Education: Graduation from high school supplemented by course work in customer relations, business, "
                        + "modern office practices or a related field.” Employment Standards in full",
                        "“Experience: Four years of increasingly responsible experience in customer relations, customer service, "
                        + "account billing and collections in a municipal or utility setting.” Employment Standards in full"),
                summary.select(".needs-source p").eachText());
        assertEquals(List.of("#employment-standards", "#employment-standards"), summary.select(".needs-source a").eachAttr("href"));
        assertEquals("Current · FLSA Non-exempt · Bargaining unit: International Brotherhood of Electrical Workers, Local 1245",
                summary.select(".summary-status dd").text());
        assertTrue(summary.select(".summary-openings").isEmpty(), "7565 has no openings link in the register");

        Element toc = page.selectFirst("nav.on-this-page[aria-label=On this page]");
        assertNotNull(toc);
        assertEquals(List.of("#pay", "#definition", "#distinguishing-features", "#duties", "#working-conditions", "#physical-demands",
                "#employment-standards", "#knowledge", "#abilities", "#series", "#next-step", "#similar", "#changes"), toc.select("a").eachAttr("href"));
        for (String href : toc.select("a").eachAttr("href")) {
            assertNotNull(page.getElementById(href.substring(1)), "the list's " + href + " is an anchor on the page");
        }
    }

    private static String fact(String label) {
        for (Element div : page.select("dl.facts > div")) {
            if (div.select("dt").text().equals(label)) {
                return div.select("dd").text();
            }
        }
        return null;
    }
}
