package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px no page scrolls sideways; wide tables scroll inside their own
 * named, focusable region instead.
 */
class ReflowTest {

    static final int WIDTH = 320;

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void narrow() {
        browser.windowSize(WIDTH, 800);
    }

    private static void openAt320(PageTypes.PageType page) {
        browser.open(page);
        assertEquals(WIDTH, browser.viewportWidth(WIDTH), page + ": the layout viewport (documentElement.clientWidth) is 320 px");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.jobspecs.browser.PageTypes#all")
    void noPageScrollsSidewaysAt320Px(PageTypes.PageType page) {
        openAt320(page);
        String sideways = Layout.sidewaysScroll(browser);
        List<String> beyond = Layout.beyondViewport(browser);
        assertNull(sideways, () -> page + " scrolls sideways at 320 px: " + sideways + "; wider than the viewport: " + beyond);
        assertTrue(beyond.isEmpty(), () -> page + ": content reaches past the 320 px viewport: " + beyond);
        assertTableRegions(page);
    }

    @Test
    void theSalaryScheduleIsWiderThan320PxAndScrollsInsideItsRegion() {
        PageTypes.PageType page = PageTypes.named("salary-current");
        openAt320(page);
        @SuppressWarnings("unchecked")
        Map<String, Object> region = (Map<String, Object>) browser.js("""
                const r = document.querySelector('.table-scroll');
                const cs = getComputedStyle(r);
                r.scrollLeft = 50;
                return {scrollWidth: r.scrollWidth, clientWidth: r.clientWidth, overflowX: cs.overflowX, scrolled: r.scrollLeft};
                """);
        assertTrue(((Number) region.get("scrollWidth")).longValue() > ((Number) region.get("clientWidth")).longValue(),
                "the schedule table is wider than 320 px, so this test covers a scrolling region: " + region);
        assertTrue(List.of("auto", "scroll").contains(region.get("overflowX")), "the region scrolls: " + region);
        assertTrue(((Number) region.get("scrolled")).longValue() > 0, "the region scrolls sideways: " + region);
        assertNull(Layout.sidewaysScroll(browser), "while the page itself does not");
    }

    /** Issue 11: the phone header's disclosure menu, opened, fits 320 px too, and the header stays one row. */
    @Test
    void theOpenMenuFits320Px() {
        PageTypes.PageType page = PageTypes.named("class");
        openAt320(page);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.site-menu > summary').checkVisibility()"),
                "at 320 px the menu is behind its Menu button");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-menu > summary")).click();
        assertEquals(7L, browser.number("return [...document.querySelectorAll('.site-nav a')].filter(a => a.checkVisibility()).length"),
                "six sections and, with data/openings.csv (issue 13), Open positions");
        assertNull(Layout.sidewaysScroll(browser), "the open menu does not make the page scroll sideways");
        List<String> beyond = Layout.beyondViewport(browser);
        assertTrue(beyond.isEmpty(), "the open menu fits: " + beyond);
        List<String> clipped = Layout.clippedText(browser);
        assertTrue(clipped.isEmpty(), "no text clipped: " + clipped);
    }

    /** Issue 13: the search page's filters, opened at 320 px (pay filter, order, facets), fit without sideways scrolling. */
    @Test
    void theOpenSearchFiltersFit320Px() {
        PageTypes.PageType page = PageTypes.named("search-pay-filtered");
        openAt320(page);
        // A filter in the address opens the fold even on a phone (search.js); open it otherwise.
        if (!Boolean.TRUE.equals(browser.js("return document.getElementById('filters-box').open"))) {
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("#filters-box > summary")).click();
        }
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('minpay').checkVisibility() && document.getElementById('sort').checkVisibility()"
                + " && document.getElementById('f-facet-entry-level') !== null"), "the controls show");
        assertNull(Layout.sidewaysScroll(browser), "the open filters do not make the page scroll sideways");
        List<String> beyond = Layout.beyondViewport(browser);
        assertTrue(beyond.isEmpty(), "the open filters fit: " + beyond);
        List<String> clipped = Layout.clippedText(browser);
        assertTrue(clipped.isEmpty(), "no text clipped: " + clipped);
    }

    /** Every .table-scroll: role=region, an accessible name, tabindex=0, and inside the viewport. */
    private static void assertTableRegions(PageTypes.PageType page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.js("""
                const out = [];
                document.querySelectorAll('.table-scroll').forEach((r, i) => {
                  const where = '.table-scroll #' + (i + 1);
                  if (r.getAttribute('role') !== 'region') out.push(where + ' has role ' + r.getAttribute('role') + ', not region');
                  const ids = (r.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
                  const named = ids.map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent.trim()).join(' ');
                  const label = (r.getAttribute('aria-label') || '').trim();
                  if (!named && !label) out.push(where + ' has no accessible name (aria-labelledby ' + ids + ', aria-label ' + label + ')');
                  if (r.getAttribute('tabindex') !== '0') out.push(where + ' has tabindex ' + r.getAttribute('tabindex') + ', not 0');
                  const rect = r.getBoundingClientRect();
                  if (rect.right > document.documentElement.clientWidth + 0.5) out.push(where + ' is wider than the viewport: right edge ' + rect.right);
                  const ox = getComputedStyle(r).overflowX;
                  if (ox !== 'auto' && ox !== 'scroll') out.push(where + ' has overflow-x ' + ox + ', so it cannot scroll');
                });
                return out;
                """);
        assertTrue(problems.isEmpty(), () -> page + ": " + problems);
    }
}
