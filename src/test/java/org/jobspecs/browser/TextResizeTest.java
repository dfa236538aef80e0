package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.4 Resize text: with text at 200% no page scrolls sideways and no text is clipped (wide
 * tables scroll inside their {@code .table-scroll} region, as at 320 px). Checked in a 640 px wide
 * viewport (text at 200% there reflows like 320 px at 100%) and in a 1280 px desktop window.
 */
class TextResizeTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    static Stream<Arguments> pagesAndWidths() {
        return Stream.of(640, 1280).flatMap(w -> PageTypes.all().map(p -> Arguments.of(p, w)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void textAt200PercentNeitherScrollsSidewaysNorClips(PageTypes.PageType page, int width) {
        browser.open(page);
        assertEquals(width, browser.viewportWidth(width), page + ": layout viewport width");
        double before = fontSize();
        browser.js("document.documentElement.style.fontSize = '200%'");
        assertEquals(2.0, fontSize() / before, 0.01, page + ": body text is twice its size");
        assertEquals(width, browser.viewportWidth(width), page + ": layout viewport width at 200%");
        String sideways = Layout.sidewaysScroll(browser);
        List<String> beyond = Layout.beyondViewport(browser);
        assertNull(sideways, () -> page + " at " + width + " px with text at 200% scrolls sideways: " + sideways
                + "; wider than the viewport: " + beyond);
        assertTrue(beyond.isEmpty(), () -> page + " at " + width + " px with text at 200%: content reaches past the viewport: " + beyond);
        List<String> clipped = Layout.clippedText(browser);
        assertTrue(clipped.isEmpty(), () -> page + " at " + width + " px with text at 200%: " + clipped);
    }

    private static double fontSize() {
        return ((Number) browser.js("return parseFloat(getComputedStyle(document.querySelector('main p, main li, main h1')).fontSize)"))
                .doubleValue();
    }
}
