package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The seed's class page printed to PDF on US Letter, as a reader prints it: a clean spec with its
 * code, approval date and address, no navigation, and external link targets written out. The PDF
 * is kept as {@code target/print/classes-7565.pdf} for a look.
 */
class PrintTest {

    static final PageTypes.PageType PAGE = PageTypes.named("class");

    @RegisterExtension
    static final Browser browser = new Browser();

    static byte[] pdf;
    static int pages;
    static PDRectangle mediaBox;
    /** The PDF's text with runs of white space made one space. */
    static String text;
    /** The PDF's text without any white space: for addresses that wrap across lines. */
    static String squeezed;
    /** Lines with text printed left or right of the content area (cut off by the page margin). */
    static List<String> outside;

    @BeforeAll
    static void print() throws IOException {
        browser.open(PAGE);
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(27.94, 21.59)); // US Letter: height, width in cm
        options.setBackground(false);
        pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path file = Path.of("target", "print", "classes-7565.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            mediaBox = document.getPage(0).getMediaBox();
            PositionStripper stripper = new PositionStripper();
            String raw = stripper.getText(document);
            outside = stripper.outsideContentArea(mediaBox.getWidth());
            text = raw.replaceAll("\\s+", " ");
            squeezed = raw.replaceAll("\\s+", "");
        }
    }

    @Test
    void printsOnAtMostTwoLetterPages() {
        assertEquals(612, mediaBox.getWidth(), 1, "US Letter is 8.5 in (612 pt) wide");
        assertEquals(792, mediaBox.getHeight(), 1, "US Letter is 11 in (792 pt) high");
        assertTrue(pages <= 2, "the class page prints on at most 2 pages, not " + pages);
    }

    /** Issue 11: the pay-step table and the agency's name are on paper too. */
    @Test
    void thePayStepTableAndTheAgencyArePrinted() {
        assertTrue(text.contains("Step 1 Step 2 Step 3 Step 4 Step 5"), "the step headers print in a row: " + text);
        assertTrue(text.contains("$6,418.45 $6,739.37 $7,076.34 $7,430.16 $7,801.67"), "every step's amount prints in a row: " + text);
        assertTrue(text.startsWith("City of Alameda") || text.contains(" City of Alameda · Class code 7565"),
                "the print header names the agency: " + text.substring(0, Math.min(200, text.length())));
        assertFalse(text.contains("At a glance") || text.contains("On this page"), "the screen's summary and page list are not printed: " + text);
    }

    /**
     * Issue 13: the paper keeps the pay as adopted with its effective date and adds its annual equivalent, labelled
     * as computed with the rule; the benefits beside the pay are part of the screen's summary (the unit's page prints them).
     */
    @Test
    void theAnnualEquivalentPrintsWithItsRule() {
        assertTrue(text.contains("$6,418.45 – $7,801.67 per month"), "the adopted pay: " + text);
        assertTrue(text.contains("Effective July 1, 2026"), "its effective date: " + text);
        assertTrue(text.contains("That is $77,021 – $93,620 per year (computed: monthly × 12)."), "the annual equivalent: " + text);
        assertTrue(text.contains("that is $79,332 – $96,429 per year (computed: monthly × 12)"), "the adopted future schedule's too: " + text);
    }

    @Test
    void noTextIsCutOffAtThePageMargins() {
        assertTrue(outside.isEmpty(), "text printed outside the content area (left of the print header or as far right), "
                + "which the page margin cuts off: " + outside);
    }

    @Test
    void theTextNamesTheClassItsApprovalDateAndItsAddress() {
        assertTrue(text.contains("Lead Customer Service Representative"), text);
        assertTrue(text.contains("7565"), "class code: " + text);
        assertTrue(text.contains("October 8, 2025"), "approval date: " + text);
        assertTrue(squeezed.contains("classes/7565"), "the page's address: " + text);
    }

    @Test
    void noNavigationIsPrinted() {
        for (String nav : List.of("Skip to main content", "Classes A–Z", "Units and benefits", "Site map (XML)")) {
            assertFalse(text.contains(nav), "navigation text \"" + nav + "\" is printed: " + text);
        }
    }

    /** (The screen's summary is not printed, issue 11: its links, such as issue 13's MOU beside the benefits, are left out.) */
    @Test
    void externalLinkTargetsAreWrittenOut() {
        @SuppressWarnings("unchecked")
        List<String> external = (List<String>) browser.js("""
                return [...document.querySelectorAll('main a[href^="http"]')]
                    .filter(a => a.checkVisibility() && !a.closest('#summary')).map(a => a.href);
                """);
        assertFalse(external.isEmpty(), "the class page links to its adopted schedule document");
        assertTrue(external.stream().anyMatch(h -> h.startsWith("https://") && h.contains("salary-schedule")),
                "the adopted schedule document is among the external links: " + external);
        for (String href : external) {
            assertTrue(squeezed.contains("(" + href + ")"), "the printed page writes out " + href + ": " + text);
        }
    }

    /**
     * Issue 13: the Open positions page and the "Now hiring" class page print their postings with the
     * posting's address written out (a reader applies from paper too), on one page, without navigation
     * and without text cut off at the margins.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"open-positions", "class-hiring"})
    void issue13_postingsPrintWithTheirAddresses(String name) throws IOException {
        try {
            printPostings(name);
        } finally {
            browser.open(PAGE); // the other tests read the class page the browser has open
        }
    }

    private static void printPostings(String name) throws IOException {
        browser.open(PageTypes.named(name));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(27.94, 21.59));
        options.setBackground(false);
        byte[] printed = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path file = Path.of("target", "print", name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, printed);
        try (PDDocument document = Loader.loadPDF(printed)) {
            PositionStripper stripper = new PositionStripper();
            String raw = stripper.getText(document);
            String flat = raw.replaceAll("\\s+", " ");
            String tight = raw.replaceAll("\\s+", "");
            assertTrue(document.getNumberOfPages() <= 2, name + " prints on at most 2 pages, not " + document.getNumberOfPages());
            assertTrue(stripper.outsideContentArea(document.getPage(0).getMediaBox().getWidth()).isEmpty(), name + ": text cut off");
            String posting = name.equals("open-positions") ? "https://www.governmentjobs.com/careers/alameda/jobs/4728193/recreation-leader-i"
                    : "https://www.governmentjobs.com/careers/alameda/jobs/4751206/customer-service-representative";
            assertTrue(tight.contains("(" + posting + ")"), name + ": the posting's address is written out: " + flat);
            assertTrue(flat.contains(name.equals("open-positions") ? "Open until filled" : "June 30, 2040"), flat);
            assertFalse(flat.contains("Skip to main content") || flat.contains("Units and benefits"), name + ": no navigation printed: " + flat);
        }
    }

    /**
     * Issue 14: What changed prints its changes, each with its kind, subject and date, without the
     * navigation, the feed link (nothing to follow on paper) or text cut off at the margins.
     */
    @Test
    void issue14_whatChangedPrintsItsChangesWithoutNavigation() throws IOException {
        try {
            browser.open(PageTypes.named("what-changed"));
            @SuppressWarnings("unchecked")
            List<String> kinds = (List<String>) browser.js("return [...document.querySelectorAll('.change-kind')].map(e => e.textContent)");
            @SuppressWarnings("unchecked")
            List<String> dates = (List<String>) browser.js("return [...document.querySelectorAll('.change time')].map(e => e.textContent)");
            assertFalse(kinds.isEmpty(), "the demo has changes to print");
            PrintOptions options = new PrintOptions();
            options.setPageSize(new PageSize(27.94, 21.59));
            options.setBackground(false);
            byte[] printed = Base64.getDecoder().decode(browser.driver().print(options).getContent());
            Path file = Path.of("target", "print", "what-changed.pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, printed);
            try (PDDocument document = Loader.loadPDF(printed)) {
                PositionStripper stripper = new PositionStripper();
                String flat = stripper.getText(document).replaceAll("\\s+", " ");
                assertTrue(stripper.outsideContentArea(document.getPage(0).getMediaBox().getWidth()).isEmpty(), "text cut off: "
                        + stripper.outsideContentArea(document.getPage(0).getMediaBox().getWidth()));
                for (String date : dates) {
                    assertTrue(flat.contains(date), "printed: " + date);
                }
                assertTrue(flat.contains(kinds.get(0)), flat);
                assertFalse(flat.contains("Skip to main content") || flat.contains("Units and benefits"), "no navigation printed: " + flat);
                assertFalse(flat.contains("Atom feed"), "no feed link printed: " + flat);
            }
        } finally {
            browser.open(PAGE); // the other tests read the class page the browser has open
        }
    }

    /**
     * Keeps every line's glyph positions. The content area's left edge is where the print header (the
     * first line) starts; the right edge is as far from the page's right side.
     */
    static final class PositionStripper extends PDFTextStripper {
        private final List<List<TextPosition>> lines = new ArrayList<>();

        PositionStripper() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            lines.add(List.copyOf(positions));
            super.writeString(string, positions);
        }

        List<String> outsideContentArea(float pageWidth) {
            if (lines.isEmpty()) {
                return List.of("no text");
            }
            float left = lines.get(0).get(0).getXDirAdj();
            float right = pageWidth - left;
            List<String> out = new ArrayList<>();
            for (List<TextPosition> line : lines) {
                for (TextPosition p : line) {
                    if (!p.getUnicode().isBlank() && (p.getXDirAdj() < left - 1 || p.getXDirAdj() + p.getWidthDirAdj() > right + 1)) {
                        StringBuilder text = new StringBuilder();
                        line.forEach(q -> text.append(q.getUnicode()));
                        out.add("'" + p.getUnicode() + "' at x " + Math.round(p.getXDirAdj()) + " pt (content area "
                                + Math.round(left) + "…" + Math.round(right) + " pt) in \"" + text + "\"");
                        break;
                    }
                }
            }
            return out;
        }
    }

    @Test
    void thePrintHeaderIsHiddenOnScreenAndPrintedWithCodeApprovalAndAddress() {
        browser.open(PAGE);
        String header = "const h = document.querySelector('.print-header');";
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.print-header') !== null"),
                "the class page has a .print-header element (class code, approval date, address)");
        assertEquals("none", browser.js(header + "return getComputedStyle(h).display"), ".print-header is not shown on screen");
        try {
            browser.emulatePrint(true);
            assertEquals(Boolean.TRUE, browser.js(header + "return h.checkVisibility() && h.getBoundingClientRect().height > 0"),
                    ".print-header is shown in print");
            String printed = (String) browser.js(header + "return h.innerText");
            assertTrue(printed.contains("7565"), "class code in the print header: " + printed);
            assertTrue(printed.contains("October 8, 2025"), "approval date in the print header: " + printed);
            assertTrue(printed.contains("classes/7565/"), "address in the print header: " + printed);
        } finally {
            browser.emulatePrint(false);
        }
    }
}
