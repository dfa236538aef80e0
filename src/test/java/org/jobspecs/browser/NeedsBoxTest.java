package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 13: the class page's "What you need" box (Recreation Specialist, 6210: education,
 * experience, a driver's licence, a certificate and the entry level), with every "The spec's words"
 * disclosure open: axe-clean at 1280 and 320 px, no sideways scrolling at 320 px, each disclosure
 * reached and opened by keyboard with a visible focus indicator, readable without JavaScript, and
 * left out of print like the rest of the summary (the section it quotes is printed).
 */
class NeedsBoxTest {

    static final String PAGE = "classes/6210/";

    @RegisterExtension
    static final Browser browser = new Browser();

    @AfterEach
    void reset() {
        browser.emulatePrint(false);
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.windowSize(Browser.WIDTH, Browser.HEIGHT);
    }

    private static void openWithDisclosuresOpen() {
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(PAGE));
        browser.js("document.querySelectorAll('.summary-needs details').forEach(d => d.open = true)");
    }

    private static void axeClean(String where) {
        AxeTest.assertClean(browser, where);
    }

    @Test
    void theBoxShowsEveryKindOfLine() {
        openWithDisclosuresOpen();
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) browser.js("return [...document.querySelectorAll('.summary-needs .needs-term')].map(e => e.textContent)");
        assertEquals(List.of("Education:", "Experience:", "Driver's licence:", "Licence or certificate:", "Entry level:"), terms);
        assertEquals(4L, browser.number("return [...document.querySelectorAll('.summary-needs details')].filter(d => d.open && d.querySelector('p').checkVisibility()).length"),
                "each line read from a sentence shows it when opened");
    }

    @Test
    void axeCleanWithTheDisclosuresOpenAt1280And320() {
        openWithDisclosuresOpen();
        axeClean(PAGE + " at 1280 px");
        browser.windowSize(ReflowTest.WIDTH, 800);
        openWithDisclosuresOpen();
        browser.viewportWidth(ReflowTest.WIDTH);
        axeClean(PAGE + " at 320 px");
    }

    @Test
    void reflowsAt320PxWithTheDisclosuresOpen() {
        browser.windowSize(ReflowTest.WIDTH, 800);
        openWithDisclosuresOpen();
        assertEquals(ReflowTest.WIDTH, browser.viewportWidth(ReflowTest.WIDTH));
        String sideways = Layout.sidewaysScroll(browser);
        List<String> beyond = Layout.beyondViewport(browser);
        assertNull(sideways, () -> "scrolls sideways at 320 px: " + sideways + "; " + beyond);
        assertTrue(beyond.isEmpty(), () -> "past the 320 px viewport: " + beyond);
    }

    @Test
    void eachDisclosureOpensByKeyboardWithAVisibleFocusIndicator() {
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(PAGE));
        browser.js("document.querySelector('.summary a').focus()");
        // Tab from the summary's first link until the first disclosure has focus
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(browser.js("return document.activeElement.matches('.summary-needs details > summary')")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('.summary-needs details > summary')"), "Tab reaches the disclosure");
        assertEquals(Boolean.TRUE, browser.js("const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"),
                "the focused disclosure shows a focus indicator");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.parentElement.open"), "Enter opens it");
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertEquals(Boolean.FALSE, browser.js("return document.activeElement.parentElement.open"), "Space closes it again");
    }

    @Test
    void readsWithoutJavaScript() {
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(PAGE));
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.summary-needs').checkVisibility()"));
    }

    @Test
    void printLeavesTheBoxOutAndPrintsTheSectionItQuotes() {
        openWithDisclosuresOpen();
        browser.emulatePrint(true);
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('.summary-needs').checkVisibility()"), "the box is screen-only, like At a glance");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('employment-standards').checkVisibility()"), "the employment standards print");
    }
}
