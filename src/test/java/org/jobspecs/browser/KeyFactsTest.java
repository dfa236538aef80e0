package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, "key facts first", in Chromium as a phone (375 × 667 CSS px, mobile emulation) and at
 * 1280 px: the compact header and its disclosure menu, the class page's summary and "On this page"
 * list near the top, the home page's class-code field, the salary schedule's filter and the wide
 * tables' scroll cue; and that all of it reads without JavaScript.
 */
class KeyFactsTest {

    static final int PHONE_W = 375;
    static final int PHONE_H = 667;

    @RegisterExtension
    static final Browser browser = new Browser();

    private static void phone() {
        browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_W, "height", PHONE_H, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void desktop() {
        browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.windowSize(Browser.WIDTH, Browser.HEIGHT);
    }

    private static void open(String path) {
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(path));
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The page y of the first visible text in main containing {@code text}; -1 when none. */
    private static double topOf(String text) {
        return ((Number) browser.js("""
                const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
                for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                  if (!n.textContent.includes(arguments[0]) || !n.parentElement.checkVisibility({visibilityProperty: true})) continue;
                  const r = document.createRange(); r.selectNodeContents(n);
                  const box = r.getBoundingClientRect();
                  if (box.height > 0) return box.top + scrollY;
                }
                return -1;
                """, text)).doubleValue();
    }

    private static void axeClean(String where) {
        AxeTest.assertClean(browser, where);
    }

    @Test
    void onAPhoneTheHeaderIsOneCompactRowAndItsMenuOpensByKeyboard() {
        phone();
        for (String path : List.of("", "classes/7565/", "salary/fy2026/")) {
            open(path);
            double header = ((Number) browser.js("return document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
            assertTrue(header < PHONE_H / 6.0, "/" + path + ": the header takes " + header + " px of a " + PHONE_H + " px screen (issue 11: it took 188)");
            long rows = browser.number("""
                    const items = [...document.querySelectorAll('.site-header nav li, .site-header nav summary')]
                        .filter(e => e.checkVisibility({visibilityProperty: true}));
                    return new Set(items.map(e => Math.round(e.getBoundingClientRect().top))).size;
                    """);
            assertEquals(1, rows, "/" + path + ": the closed menu is one row (a Menu button)");
        }
        open("classes/7565/");
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('.site-nav a').checkVisibility()"), "the menu's links are folded away");
        press(Keys.SHIFT);
        browser.js("document.querySelector('.site-menu > summary').focus()");
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('.site-menu > summary')"));
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) browser.js(KeyboardTest.FOCUSED);
        assertTrue((Boolean) focus.get("indicator"), "the focused Menu button shows focus: " + focus.get("style"));
        press(Keys.ENTER);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.site-menu').open"), "Enter opens the menu");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return [...document.querySelectorAll('.site-nav a')].filter(a => a.checkVisibility()).map(a => a.textContent)");
        assertEquals(List.of("Classes A–Z", "Departments", "Class series", "Salary schedules", "Units and benefits", "Open positions", "Search"), shown,
                "with data/openings.csv the demo has an Open positions page (issue 13)");
        press(Keys.TAB);
        assertEquals("Classes A–Z", browser.js("return document.activeElement.textContent"), "Tab goes from the Menu button into the menu");
        assertNull(Layout.sidewaysScroll(browser), "the open menu fits the screen");
        assertTrue(Layout.beyondViewport(browser).isEmpty(), "the open menu fits the screen: " + Layout.beyondViewport(browser));
        axeClean("class page on a phone with the menu open");
        browser.js("document.querySelector('.site-menu > summary').focus()");
        press(Keys.SPACE);
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('.site-menu').open"), "Space closes it again");
    }

    @Test
    void onAWideScreenTheMenuIsAlwaysShownAndHasNoButton() {
        open("");
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('.site-menu > summary').checkVisibility()"));
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.js("return [...document.querySelectorAll('.site-nav li')].map(li => li.checkVisibility() ? Math.round(li.getBoundingClientRect().top) : -1)");
        assertEquals(7, tops.size(), "six sections and Open positions (issue 13)");
        assertTrue(tops.stream().allMatch(t -> t.longValue() >= 0 && t.longValue() == tops.get(0).longValue()), "seven links shown in one row: " + tops);
    }

    @Test
    void onAPhoneTheClassPagesKeyFactsAreOnItsFirstScreens() {
        phone();
        open("classes/7565/");
        assertTrue(topOf("$6,418.45") >= 0 && topOf("$6,418.45") < PHONE_H, "the pay starts on the first screen (issue 11: the second): " + topOf("$6,418.45"));
        double takes = topOf("High school diploma"); // issue 13: the "What you need" box in place of the sentences
        assertTrue(takes >= 0 && takes < 2 * PHONE_H, "what it takes is on the first two screens (issue 11: the ninth): " + takes);
        double list = browser.number("return document.querySelector('nav.on-this-page').getBoundingClientRect().top + scrollY");
        assertTrue(list < 3 * PHONE_H, "the On this page list is on the first three screens: " + list);
        open("classes/7563/");
        double openings = browser.number("return document.querySelector('.summary-openings a').getBoundingClientRect().top + scrollY");
        assertTrue(openings < 2 * PHONE_H, "the openings link is on the first two screens (issue 11: at the bottom, the ninth): " + openings);
        axeClean("class page 7563 on a phone");
    }

    /**
     * Issue 13 §6: the unit's benefits sit beside the pay in the summary. On a wide screen the retirement formula
     * shows without a click; on a phone the benefits' names show and their summaries open with Enter (a disclosure,
     * no script), so the other key facts stay on the first screens (the test above). Axe-clean both ways.
     */
    @Test
    void issue13TheBenefitsAreBesideThePayAndOneKeyAwayOnAPhone() {
        open("classes/7565/");
        String formula = "CalPERS 2.7% at 55";
        assertTrue(topOf(formula) >= 0, "the retirement formula shows on a wide screen without a click");
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector('.benefits-fold > summary').checkVisibility()"),
                "no disclosure button on a wide screen");
        assertTrue(topOf(formula) < topOf("Graduation from high school"), "beside the pay, before what it takes");

        phone();
        open("classes/7565/");
        assertTrue(topOf(formula) < 0, "on a phone the summaries start folded");
        double names = topOf("Medical, Dental and vision, Retirement, Vacation, Standby and call-back pay");
        assertTrue(names >= 0 && names < PHONE_H, "the benefits' names are on the first screen: " + names);
        press(Keys.SHIFT);
        browser.js("document.querySelector('.benefits-fold > summary').focus()");
        press(Keys.ENTER);
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.benefits-fold').open"), "Enter opens them");
        assertTrue(topOf(formula) >= 0, "and the retirement formula shows");
        assertNull(Layout.sidewaysScroll(browser), "the open list fits the phone");
        axeClean("class page on a phone with the benefits open");
    }

    @Test
    void theOnThisPageListLeadsToEachSection() {
        open("classes/7565/");
        WebElement link = browser.driver().findElement(By.cssSelector("nav.on-this-page a[href='#employment-standards']"));
        press(Keys.SHIFT);
        browser.js("arguments[0].focus()", link);
        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#employment-standards"));
        double top = ((Number) browser.js("return document.getElementById('employment-standards').getBoundingClientRect().top")).doubleValue();
        assertTrue(top >= -1 && top < 100, "the Employment Standards heading is at the top of the window: " + top);
    }

    @Test
    void withoutJavaScriptTheSummaryTheListAndTheJumpIndexStillWork() {
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        phone();
        open("classes/7565/");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('summary').checkVisibility()"));
        // issue 13: the requirements show as the "What you need" box, the spec's sentences behind disclosures
        assertTrue(topOf("$37.03") >= 0 && topOf("High school diploma") >= 0 && topOf("High school diploma") < 2 * PHONE_H, "summary shown without scripts");
        assertEquals(13L, browser.number("return [...document.querySelectorAll('nav.on-this-page a')].filter(a => a.checkVisibility()).length")); // issue 13: and Next step, Similar classes
        open("salary/fy2026/");
        assertFalse((Boolean) browser.js("return document.getElementById('schedule-filter').checkVisibility()"), "no filter box without its script");
        browser.driver().findElement(By.cssSelector("nav.letters a[href='#letter-l']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#letter-l"));
        assertTrue(((String) browser.js("return document.getElementById('letter-l').textContent")).startsWith("L"));
        open("");
        WebElement code = browser.driver().findElement(By.id("home-code"));
        code.sendKeys("7565", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("search/"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("search/?q=7565"), "without scripts the code goes to the search page: "
                + browser.driver().getCurrentUrl());
    }

    @Test
    void theClassCodeFieldGoesStraightToTheClassOrElseToTheSearchPage() {
        open("");
        browser.driver().findElement(By.id("home-code")).sendKeys("7565", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("classes/7565/"));
        assertEquals("Lead Customer Service Representative", browser.js("return document.querySelector('h1').textContent"));
        open("");
        browser.driver().findElement(By.id("home-code")).sendKeys("9999", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("search/"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("search/?q=9999"), "an unknown code goes to the search page, not a 404: "
                + browser.driver().getCurrentUrl());
        open("");
        browser.driver().findElement(By.id("home-q")).sendKeys("customer service", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("search/"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("search/?q=customer+service"), browser.driver().getCurrentUrl());
    }

    @Test
    void theScheduleFilterShowsMatchingRowsAndSaysHowMany() {
        browser.open(PageTypes.named("salary-current"));
        WebElement input = browser.driver().findElement(By.id("schedule-filter-input"));
        assertTrue(input.isDisplayed(), "the script shows the filter box");
        long total = browser.number("return document.querySelectorAll('table.schedule tbody tr').length");
        input.sendKeys("lead");
        WebElement status = browser.driver().findElement(By.id("schedule-filter-status"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return [...document.querySelectorAll('table.schedule tbody tr')].filter(r => !r.hidden).map(r => r.cells[0].textContent + ' ' + r.cells[1].textContent)");
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(r -> r.toLowerCase().contains("lead")), shown.toString());
        assertEquals("Showing " + (shown.size() == 1 ? "1 class" : shown.size() + " classes") + " of " + total + ".", status.getText());
        input.clear();
        input.sendKeys("7565");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> status.getText().startsWith("Showing 1 class "));
        assertEquals("Lead Customer Service Representative 7565", ((List<?>) browser.js(
                "return [...document.querySelectorAll('table.schedule tbody tr')].filter(r => !r.hidden).map(r => r.cells[0].textContent + ' ' + r.cells[1].textContent)")).get(0));
        input.clear();
        input.sendKeys("zzzz");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> status.getText().startsWith("No class"));
        assertEquals(0L, browser.number("return [...document.querySelectorAll('table.schedule tbody tr')].filter(r => !r.hidden).length"));
    }

    @Test
    void wideTablesUseTheFreeWidthAtDesktopSizesAndSayThatTheyScrollWhenTheyDo() {
        browser.open(PageTypes.named("salary-current"));
        browser.viewportWidth(1280);
        @SuppressWarnings("unchecked")
        Map<String, Object> wide = (Map<String, Object>) browser.js("""
                const r = document.querySelector('.table-scroll');
                const ths = r.querySelectorAll('thead th');
                return {scroll: r.scrollWidth, client: r.clientWidth, lastRight: ths[ths.length - 1].getBoundingClientRect().right,
                        right: r.getBoundingClientRect().right, last: ths[ths.length - 1].textContent,
                        hint: r.querySelector('.scroll-hint').checkVisibility()};
                """);
        assertEquals("Step 5", wide.get("last"));
        assertTrue(((Number) wide.get("scroll")).longValue() <= ((Number) wide.get("client")).longValue(),
                "at 1280 px the schedule fits its region (issue 11: Step 5 was cut off): " + wide);
        assertTrue(((Number) wide.get("lastRight")).doubleValue() <= ((Number) wide.get("right")).doubleValue() + 0.5, wide.toString());
        assertEquals(Boolean.FALSE, wide.get("hint"), "a table that fits says nothing about scrolling");

        phone();
        browser.open(PageTypes.named("salary-current"));
        @SuppressWarnings("unchecked")
        Map<String, Object> narrow = (Map<String, Object>) browser.js("""
                const r = document.querySelector('.table-scroll');
                const h = r.querySelector('.scroll-hint');
                return {scroll: r.scrollWidth, client: r.clientWidth, hint: h.checkVisibility(), text: h.textContent,
                        hintLeft: h.getBoundingClientRect().left - r.getBoundingClientRect().left,
                        shadow: getComputedStyle(r).backgroundImage, label: document.getElementById(r.getAttribute('aria-labelledby')).textContent};
                """);
        assertTrue(((Number) narrow.get("scroll")).longValue() > ((Number) narrow.get("client")).longValue(), "the schedule scrolls on a phone: " + narrow);
        assertEquals(Boolean.TRUE, narrow.get("hint"), "and says so: " + narrow);
        assertEquals("Scroll sideways to see all columns", narrow.get("text"));
        assertTrue(((String) narrow.get("shadow")).contains("radial-gradient"), "a shadow marks the edge that has more: " + narrow.get("shadow"));
        assertTrue(((String) narrow.get("label")).startsWith("Salary Schedule 2026–27"), "the region keeps its name: " + narrow.get("label"));
        browser.js("document.querySelector('.table-scroll').scrollLeft = 200");
        assertTrue(Math.abs(((Number) browser.js("const r = document.querySelector('.table-scroll'); return r.querySelector('.scroll-hint').getBoundingClientRect().left - r.getBoundingClientRect().left")).doubleValue()) < 1,
                "the hint stays in view while the table scrolls");
        axeClean("salary schedule on a phone");
    }
}
