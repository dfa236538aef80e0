package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Issue 13, part 5: the pictures of pay in a real browser. Each picture (pay over time and career
 * ladder on a class page, the ladder on a series page, the pay across a unit and a department) fits
 * its column at 320, 375 and 1280 px with legible text, opens its table by keyboard, prints in black
 * and grey with its numbers, and is photographed at 375 and 1280 px into
 * {@code target/screenshots/picture-<name>-<width>.png}. axe, reflow and text resizing of the pages
 * that carry them are checked with every page type (AxeTest, ReflowTest, TextResizeTest).
 */
class PicturesTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A picture: where it is, and its figure's CSS selector. */
    record Picture(String name, String page, String selector) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Picture> PICTURES = List.of(
            new Picture("pay-over-time", "class", "#chart-pay-history"),
            new Picture("ladder-on-class", "class", "#chart-ladder"),
            new Picture("ladder-on-series", "series", "#chart-ladder"),
            new Picture("pay-across-unit", "unit", "#chart-pay-across"),
            new Picture("pay-across-department", "departments", "#chart-alameda-municipal-power"));

    static Stream<Arguments> picturesAndWidths() {
        return Stream.of(320, 375, 1280).flatMap(w -> PICTURES.stream().map(p -> Arguments.of(p, w)));
    }

    private static WebElement open(Picture picture, int width) {
        browser.windowSize(width + 40, 900);
        browser.open(PageTypes.named(picture.page()));
        browser.viewportWidth(width);
        List<WebElement> found = browser.driver().findElements(By.cssSelector(picture.selector()));
        assertEquals(1, found.size(), picture + ": one figure " + picture.selector() + " on " + picture.page());
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("picturesAndWidths")
    void fitsItsColumnWithLegibleTextAndIsPhotographed(Picture picture, int width) throws IOException {
        WebElement figure = open(picture, width);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.js("""
                const f = arguments[0], svg = f.querySelector('svg');
                const r = svg.getBoundingClientRect(), fr = f.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect());
                const fonts = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * r.width / svg.viewBox.baseVal.width);
                return {svgRight: r.right, svgLeft: r.left, figureRight: fr.right, viewport: document.documentElement.clientWidth,
                        textRight: Math.max(0, ...texts.map(t => t.right)), textLeft: Math.min(1e9, ...texts.map(t => t.left)),
                        smallest: Math.min(1e9, ...fonts), hidden: svg.getAttribute('aria-hidden'), bars: svg.querySelectorAll('rect.chart-bar').length};
                """, figure);
        double viewport = ((Number) m.get("viewport")).doubleValue();
        assertTrue(((Number) m.get("svgRight")).doubleValue() <= viewport + 0.5, picture + " at " + width + ": the drawing fits the viewport: " + m);
        assertTrue(((Number) m.get("textRight")).doubleValue() <= ((Number) m.get("svgRight")).doubleValue() + 1,
                picture + " at " + width + ": no label runs past the drawing's right edge: " + m);
        assertTrue(((Number) m.get("textLeft")).doubleValue() >= ((Number) m.get("svgLeft")).doubleValue() - 1,
                picture + " at " + width + ": no label runs past the drawing's left edge: " + m);
        assertTrue(((Number) m.get("smallest")).doubleValue() >= (width <= 320 ? 8.5 : 10),
                picture + " at " + width + ": the smallest label is " + m.get("smallest") + " px");
        assertEquals("true", m.get("hidden"), picture + ": the drawing is hidden from screen readers; its summary and table say the same");
        assertTrue(((Number) m.get("bars")).longValue() > 0, picture + ": bars are drawn");
        assertNull(Layout.sidewaysScroll(browser), picture + " at " + width + ": the page does not scroll sideways");
        if (width != 320) {
            browser.fullPage(width);
            Path file = ScreenshotTest.DIR.resolve("picture-" + picture.name() + "-" + width + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, figure.getScreenshotAs(OutputType.BYTES));
        }
    }

    /** The table opens from its summary by keyboard and, open, still fits 320 px. */
    @Test
    void theTableOpensByKeyboardAndFits320Px() throws IOException {
        for (Picture picture : PICTURES) {
            WebElement figure = open(picture, 320);
            WebElement summary = figure.findElement(By.cssSelector("details.chart-data > summary"));
            browser.js("arguments[0].focus()", summary);
            summary.sendKeys(" ");
            assertEquals(Boolean.TRUE, browser.js("return arguments[0].parentElement.open", summary), picture + ": Space opens the table");
            assertTrue(figure.findElement(By.cssSelector("table.chart-table")).isDisplayed(), picture + ": the table shows");
            assertNull(Layout.sidewaysScroll(browser), picture + ": with its table open the page does not scroll sideways at 320 px");
            List<String> beyond = Layout.beyondViewport(browser);
            assertTrue(beyond.isEmpty(), picture + ": with its table open: " + beyond);
            if (picture.name().equals("ladder-on-class") || picture.name().equals("pay-over-time")) {
                Files.write(ScreenshotTest.DIR.resolve("picture-" + picture.name() + "-table-320.png"), figure.getScreenshotAs(OutputType.BYTES));
            }
        }
    }

    /** The printed class page stays the two-page paper spec (PrintTest): its pay picture prints as its one-line summary. */
    @Test
    void theClassPagePrintsThePayPictureAsItsSummary() {
        browser.windowSize(1280, 900);
        browser.open(PageTypes.named("class"));
        try {
            browser.emulatePrint(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) browser.js("""
                    const f = document.querySelector('#chart-pay-history');
                    return {summary: f.querySelector('.chart-summary').checkVisibility() ? f.querySelector('.chart-summary').innerText : '',
                            drawing: f.querySelector('svg').checkVisibility(), table: f.querySelector('table').checkVisibility()};
                    """);
            assertTrue(String.valueOf(m.get("summary")).contains("rose 9.3% in all"), "the summary prints: " + m);
            assertEquals(Boolean.FALSE, m.get("drawing"), "the drawing does not: " + m);
            assertEquals(Boolean.FALSE, m.get("table"), "nor the table: " + m);
        } finally {
            browser.emulatePrint(false);
        }
    }

    /** In print, bars are grey and text black (no colour), and the table prints open, without its summary. */
    @Test
    void printsInBlackAndGreyWithItsTable() throws IOException {
        browser.windowSize(1280, 900);
        browser.open(PageTypes.named("series"));
        try {
            browser.emulatePrint(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) browser.js("""
                    const f = document.querySelector('#chart-ladder');
                    const grey = c => { const v = c.match(/\\d+(\\.\\d+)?/g).map(Number); return v[0] === v[1] && v[1] === v[2]; };
                    const fills = [...f.querySelectorAll('rect.chart-bar:not(.chart-bar-marked)')].map(r => getComputedStyle(r).fill);
                    const texts = [...f.querySelectorAll('svg text')].map(t => getComputedStyle(t).fill);
                    return {fills: fills, texts: [...new Set(texts)], grey: fills.every(grey) && texts.every(grey),
                            table: f.querySelector('table').checkVisibility(), summary: f.querySelector('details > summary').checkVisibility()};
                    """);
            assertEquals(Boolean.TRUE, m.get("grey"), "bars and labels print in greys: " + m);
            assertEquals(List.of("rgb(0, 0, 0)"), m.get("texts"), "labels print black: " + m);
            assertEquals(Boolean.TRUE, m.get("table"), "the table prints: " + m);
            assertEquals(Boolean.FALSE, m.get("summary"), "its disclosure does not: " + m);
        } finally {
            browser.emulatePrint(false);
        }
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(27.94, 21.59));
        options.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path file = Path.of("target", "print", "series-customer-service.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertEquals(1, document.getNumberOfPages(), "the series page with its ladder prints on one page: " + text);
            assertTrue(text.contains("Career ladder"), "the picture's title prints: " + text);
            assertTrue(text.contains("Pay per year (US dollars)"), "the drawing's axis prints as text: " + text);
            assertTrue(text.contains("Customer Services Supervisor 7567"), "the table's rows print: " + text);
            assertFalse(text.contains("The numbers as a table"), "the disclosure's label does not print: " + text);
        }
    }
}
