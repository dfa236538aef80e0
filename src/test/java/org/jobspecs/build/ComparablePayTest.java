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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (pay you can compare, benefits at a glance), end to end on a copy of the demo built into a
 * temporary folder with a rule of its own: {@code pay.hours.per.year=1950} (37.5 hours × 52 weeks),
 * the part-time group made full time and the IBEW unit made hourly-only, so that every figure below
 * differs from what the default rule and the demo's own flags give. The expected amounts are worked
 * out by hand from data/pay.csv (the 2026–27 schedule is in force on the build date).
 */
class ComparablePayTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path site = FixtureSite.demo(tmp);
        Files.writeString(site.resolve("jbake.properties"), Files.readString(site.resolve("jbake.properties"))
                + "\n# issue 13 test: 37.5 hours a week\npay.hours.per.year=1950\n");
        Path units = site.resolve("data/units.csv");
        String text = Files.readString(units);
        assertTrue(text.contains(",part-time\n") && text.contains("ibew-1245-2024-2027.pdf,1.1 MB,,,,\n"), "the demo's units.csv as expected");
        Files.writeString(units, text.replace(",part-time\n", ",\n").replace("ibew-1245-2024-2027.pdf,1.1 MB,,,,\n",
                "ibew-1245-2024-2027.pdf,1.1 MB,,,,hourly-only\n"));
        out = tmp.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(site, out, DATE));
        assertTrue(report.published(), () -> "the site did not build: " + report.problems());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile());
    }

    @Test
    void aFullTimeClassPaidHourlyGainsItsYearsPayByTheConfiguredHours() throws IOException {
        // Lifeguard (6230): $19.63 – $22.54 an hour; × 1,950 = $38,278.50 – $43,953.00.
        Document d = page("classes/6230/index.html");
        Element summary = d.getElementById("summary");
        assertTrue(summary.select(".summary-pay p").first().text().startsWith("$19.63 – $22.54 per hour as adopted, effective July 1, 2026"),
                summary.text());
        List<String> bases = summary.select(".pay-bases li").eachText();
        assertEquals(List.of("$1,472.25 – $1,690.50 every two weeks (computed: hourly × 1,950 ÷ 26)",
                "$3,189.88 – $3,662.75 per month (computed: hourly × 1,950 ÷ 12)",
                "$38,278.50 – $43,953.00 per year (computed: hourly × 1,950)"), bases);
        assertEquals("That is $38,279 – $43,953 per year (computed: hourly × 1,950).", d.select("#pay .pay-annual").text());
        assertTrue(d.select(".pay-basis-note").isEmpty(), "a full-time class has no part-time note");
    }

    @Test
    void anHourlyOnlyUnitsClassShowsHourlyPayAndSaysWhy() throws IOException {
        // Lead Customer Service Representative (7565, IBEW): $6,418.45 – $7,801.67 a month; × 12 ÷ 1,950 = $39.50 – $48.01 an hour.
        Document d = page("classes/7565/index.html");
        Element summary = d.getElementById("summary");
        assertEquals(List.of("$39.50 – $48.01 per hour (computed: monthly × 12 ÷ 1,950)"), summary.select(".pay-bases li").eachText(),
                "an hourly-only class gets its hourly pay, no year's pay");
        assertTrue(summary.select(".pay-basis-note").text().startsWith("Paid by the hour only"), summary.text());
        assertTrue(d.select("#pay .pay-annual").isEmpty(), "no annual equivalent in the Pay section either");
        assertFalse(d.getElementById("pay").text().contains("per year"), d.getElementById("pay").text());
        // The listings say so too.
        assertEquals("$39.50 – $48.01 per hour (hourly only)", listingPay(page("classes/index.html"), "7565"));
    }

    @Test
    void listingsShowPayOnOneBaseSoThatTheyLineUp() throws IOException {
        Document az = page("classes/index.html");
        // Every current class's entry ends with its pay, per year unless the class is hourly-only, or says it has none.
        int perYear = 0;
        for (Element li : az.select("ul.class-list > li")) {
            Element pay = li.selectFirst(".list-pay");
            assertNotNull(pay, "pay in " + li.text());
            String t = pay.text();
            assertTrue(t.matches("\\$[\\d,]+( – \\$[\\d,]+)? per year") || t.endsWith("per hour (hourly only)")
                    || t.equals("No pay on a current schedule"), t);
            perYear += t.endsWith("per year") ? 1 : 0;
        }
        assertTrue(perYear >= 15, "most classes per year: " + perYear);
        // Lifeguard: $19.63 × 1,950 = $38,278.50, rounded to $38,279; 7565's department and unit pages, the series page agree.
        assertEquals("$38,279 – $43,953 per year", listingPay(az, "6230"));
        assertEquals("$38,279 – $43,953 per year", listingPay(page("departments/index.html"), "6230"));
        assertEquals("$38,279 – $43,953 per year", listingPay(page("units/part-time/index.html"), "6230"));
        // Recreation Leader I (6201, level 1): $18.04 – $20.69 × 1,950 = $35,178 – $40,345.50 (rounded up).
        assertEquals("$35,178 – $40,346 per year", listingPay(page("series/recreation/index.html"), "6201"));
        // Each listing says what its pay is and how it was computed, with the configured hours.
        for (String path : List.of("classes/index.html", "departments/index.html", "series/recreation/index.html", "units/part-time/index.html")) {
            String note = page(path).select(".pay-note").text();
            assertTrue(note.contains("Pay is shown per year") && note.contains("1,950 working hours"), path + ": " + note);
        }
        // Abolished classes are paid no more: the archive lists none.
        assertTrue(page("archive/index.html").select(".list-pay").isEmpty());
    }

    @Test
    void theSearchExportCarriesTheStartingPayPerYearAndThePageItsChoices() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode sort = json.readTree(out.resolve("search/sort.json").toFile());
        List<String> codes = new ArrayList<>();
        JsonNode manifest = json.readTree(out.resolve("search/manifest.json").toFile());
        for (int s = 0; s < manifest.get("slices").asInt(); s++) {
            json.readTree(out.resolve("search/d/" + s + ".json").toFile()).forEach(row -> codes.add(row.get(0).asText()));
        }
        assertEquals(codes.size(), sort.get("pay").size());
        assertEquals(38_279, sort.get("pay").get(codes.indexOf("6230")).asLong(), "6230: $19.63 × 1,950");
        assertEquals(-1, sort.get("pay").get(codes.indexOf("7565")).asLong(), "7565 is hourly-only: no annual figure");
        JsonNode row = json.readTree(out.resolve("search/d/" + codes.indexOf("6230") / 10 + ".json").toFile()).get(codes.indexOf("6230") % 10);
        assertEquals("$38,279 – $43,953 per year", row.get(4).asText(), "results show the listings' pay");
        Document search = page("search/index.html");
        Element minPay = search.getElementById("minpay");
        assertEquals("Starting pay per year, at least", search.selectFirst("label[for=minpay]").text());
        List<String> values = minPay.select("option").eachAttr("value");
        assertEquals("", values.get(0), "any pay first");
        assertTrue(values.size() >= 5 && values.subList(1, values.size()).stream().allMatch(v -> v.matches("\\d+0000")), values.toString());
        assertEquals(List.of("", "pay", "title"), search.getElementById("sort").select("option").eachAttr("value"));
        assertNotNull(search.selectFirst("label[for=sort]"));
    }

    @Test
    void aClassPageShowsItsUnitsBenefitsBesideThePay() throws IOException {
        Document d = page("classes/7565/index.html");
        Element benefits = d.selectFirst("#summary .summary-benefits");
        assertNotNull(benefits, "benefits in the summary");
        assertEquals("summary-pay", benefits.previousElementSibling().className(), "right after the pay");
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(FixtureSite.PROJECT.resolve("data/benefits.csv"))) {
            if (line.startsWith("ibew,")) {
                expected.add(line.split(",", 3)[1]);
            }
        }
        assertEquals(expected, benefits.select("li strong").eachText(), "the IBEW unit's benefits, in the file's order");
        assertTrue(benefits.select("li").get(2).text().contains("CalPERS 2.7% at 55"), "the retirement formula, no clicks away");
        assertEquals("../../units/ibew/#benefits", benefits.select("a").get(0).attr("href"));
        assertEquals("https://www.alameda.example.gov/files/mou/ibew-1245-2024-2027.pdf", benefits.select("a.document-link").attr("href"));
        // A group's class links to its resolution instead.
        Element group = page("classes/6230/index.html").selectFirst("#summary .summary-benefits");
        assertTrue(group.select("a.document-link").text().startsWith("City Council Resolution 15894"), group.text());
    }

    private static String listingPay(Document listing, String code) {
        for (Element li : listing.select("li")) {
            Element c = li.selectFirst(".code");
            if (c != null && c.text().equals(code) && li.selectFirst(".list-pay") != null) {
                return li.selectFirst(".list-pay").text();
            }
        }
        throw new AssertionError(code + " is not listed with pay");
    }
}
