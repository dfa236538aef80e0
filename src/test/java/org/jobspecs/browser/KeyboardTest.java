package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * What axe cannot check about the keyboard: the skip link, Tab order against the DOM, no keyboard
 * trap, a visible focus indicator on everything Tab reaches, and the redline's summary keys.
 */
class KeyboardTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Every focusable, visible element in DOM order, each marked with data-kbd (its index); their descriptions. */
    static final String MARK_FOCUSABLE = Layout.DESCRIBE + """
            const selector = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], '
                + '[contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';
            const all = [...document.querySelectorAll(selector)].filter(e =>
                !e.disabled && e.tabIndex >= 0
                && (!e.matches('summary') || (e.parentElement.tagName === 'DETAILS' && e.parentElement.querySelector(':scope > summary') === e))
                && e.checkVisibility({visibilityProperty: true}));
            document.querySelectorAll('[data-kbd]').forEach(e => e.removeAttribute('data-kbd'));
            all.forEach((e, i) => e.setAttribute('data-kbd', i));
            return all.map(e => describe(e) + (e.tabIndex > 0 ? ' [tabindex ' + e.tabIndex + ']' : ''));
            """;

    /** The focused element: its data-kbd index (-1 if none), description and focus-indicator styles. */
    static final String FOCUSED = Layout.DESCRIBE + """
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return {index: -1, name: 'body'};
            const cs = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
            const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
            const shadow = cs.boxShadow !== 'none';
            return {
              index: e.hasAttribute('data-kbd') ? Number(e.getAttribute('data-kbd')) : -1,
              name: describe(e),
              indicator: outline || shadow,
              style: 'outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + ', box-shadow ' + cs.boxShadow,
              inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
              header: !!e.closest('header'), main: !!e.closest('main'),
              summary: e.matches('summary'), region: e.matches('.table-scroll[role=region]'), link: e.matches('a')
            };
            """;

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused() {
        return (Map<String, Object>) browser.js(FOCUSED);
    }

    private static int index(Map<String, Object> focus) {
        return ((Number) focus.get("index")).intValue();
    }

    /** Distinct pages without a fragment, loaded fresh: Tab starts from the top of the document. */
    static Stream<PageTypes.PageType> pagesFromTheTop() {
        return PageTypes.all().filter(p -> !p.path().contains("#"))
                .collect(Collectors.toMap(PageTypes.PageType::path, p -> p, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesFromTheTop")
    void theFirstTabFocusesTheSkipLinkWhichMovesFocusToMain(PageTypes.PageType page) {
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(page.path()));
        press(Keys.TAB);
        Map<String, Object> first = focused();
        assertEquals("a.skip-link \"Skip to main content\"", first.get("name"), page + ": the first Tab focuses " + first.get("name"));
        assertTrue((Boolean) first.get("inView"), page + ": the focused skip link is shown in the viewport");
        assertTrue((Boolean) first.get("indicator"), page + ": the focused skip link has a focus indicator: " + first.get("style"));
        press(Keys.ENTER);
        assertEquals("main", browser.js("return document.activeElement.id"), page + ": activating the skip link focuses main");
        press(Keys.TAB);
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('main').contains(document.activeElement)"),
                page + ": the Tab after the skip link lands inside main, on " + focused().get("name"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"class", "class-changes-open"})
    void tabReachesEveryControlInDomOrderWithAVisibleIndicatorAndNeverGetsStuck(String name) {
        PageTypes.PageType page = PageTypes.named(name);
        browser.open(page);
        @SuppressWarnings("unchecked")
        List<String> focusable = (List<String>) browser.js(MARK_FOCUSABLE);
        int n = focusable.size();
        assertTrue(n > 20, page + ": expected a class page full of links, found " + n + " focusable elements");
        assertTrue(focusable.stream().noneMatch(s -> s.contains("[tabindex ")), page + ": no positive tabindex: " + focusable);

        // Start at the top as a keyboard user does: a key press first, so focus is shown as after keyboard use.
        press(Keys.SHIFT);
        browser.js("document.querySelector('[data-kbd=\"0\"]').focus()");
        List<Map<String, Object>> visits = new ArrayList<>();
        visits.add(focused());
        for (int i = 1; i < n + 5; i++) {
            press(Keys.TAB);
            visits.add(focused());
        }

        List<Integer> order = visits.stream().map(KeyboardTest::index).toList();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (order.get(i) != i) {
                problems.add("Tab " + i + " focused " + visits.get(i).get("name") + " where the DOM order has " + focusable.get(i));
                break;
            }
        }
        assertTrue(problems.isEmpty(), page + ": Tab does not follow the DOM order of its " + n + " focusable elements: "
                + problems + "\nvisited: " + visits.stream().map(v -> (String) v.get("name")).toList());

        // No trap: after the last element focus leaves it (to the browser, or round to the top).
        List<Integer> after = order.subList(n, n + 5);
        assertNotEquals(n - 1, after.get(0), page + ": focus stays on the last element " + focusable.get(n - 1));
        assertTrue(after.contains(-1) || after.contains(0), page + ": after the last element focus neither leaves the page nor cycles: "
                + after);

        List<String> noIndicator = visits.subList(0, n).stream().filter(v -> !(Boolean) v.get("indicator"))
                .map(v -> v.get("name") + " (" + v.get("style") + ")").toList();
        assertTrue(noIndicator.isEmpty(), page + ": focused without a visible focus indicator: " + noIndicator);
        List<String> outOfView = visits.subList(0, n).stream().filter(v -> !(Boolean) v.get("inView"))
                .map(v -> (String) v.get("name")).toList();
        assertTrue(outOfView.isEmpty(), page + ": focused but scrolled out of view: " + outOfView);

        System.out.println(page + ": " + n + " focusable elements, Tab visited them in DOM order, then " + after
                + "; first " + visits.get(0).get("style") + "; summary "
                + visits.stream().filter(v -> (Boolean) v.get("summary")).map(v -> v.get("style")).findFirst().orElse("-"));

        // The checks above covered each kind of control the issue names.
        for (String kind : List.of("header link", "main link", "summary", "region")) {
            boolean seen = visits.subList(0, n).stream().anyMatch(v -> switch (kind) {
                case "header link" -> (Boolean) v.get("header") && (Boolean) v.get("link");
                case "main link" -> (Boolean) v.get("main") && (Boolean) v.get("link");
                case "summary" -> (Boolean) v.get("summary");
                default -> (Boolean) v.get("region");
            });
            assertTrue(seen, page + ": Tab never reached a " + kind);
        }
    }

    /**
     * Issue 11: the home page's search box and class-code field, and the schedule's filter box and
     * jump index, are reached by Tab in DOM order, each with a visible focus indicator.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"home", "salary-current", "search-pay-filtered", "open-positions", "class-hiring"})
    void theNewFormControlsAreReachedByTabInOrderWithAVisibleIndicator(String name) {
        PageTypes.PageType page = PageTypes.named(name);
        browser.open(page);
        @SuppressWarnings("unchecked")
        List<String> focusable = (List<String>) browser.js(MARK_FOCUSABLE);
        press(Keys.SHIFT);
        browser.js("document.querySelector('[data-kbd=\"0\"]').focus()");
        List<Map<String, Object>> visits = new ArrayList<>();
        visits.add(focused());
        for (int i = 1; i < focusable.size(); i++) {
            press(Keys.TAB);
            visits.add(focused());
        }
        for (int i = 0; i < focusable.size(); i++) {
            assertEquals(i, index(visits.get(i)), page + ": Tab " + i + " focused " + visits.get(i).get("name") + ", DOM order has " + focusable.get(i));
            assertTrue((Boolean) visits.get(i).get("indicator"), page + ": no focus indicator on " + visits.get(i).get("name"));
        }
        // Issue 13: the search page's yes/no facet, minimum pay and order controls; the Open positions page.
        List<String> wanted = switch (name) {
            case "home" -> List.of("input#home-q", "button", "input#home-code", "a \"Open positions\"");
            case "search-pay-filtered" -> List.of("input#f-facet-entry-level", "select#minpay", "select#sort");
            case "open-positions" -> List.of("div.table-scroll", "a \"Recreation Leader I (Seasonal and Part-Time)\"", "a \"Recreation Leader I\"", "a \"job board\"");
            case "class-hiring" -> List.of("a \"Customer Service Representative - Alameda Municipal Power\"");
            default -> List.of("input#schedule-filter-input", "a \"L\"", "div.table-scroll");
        };
        for (String w : wanted) {
            assertTrue(focusable.stream().anyMatch(f -> f.startsWith(w) || f.contains(w)), page + ": Tab reaches " + w + ": " + focusable);
        }
    }

    @Test
    void theRedlineOpensAndClosesWithEnterAndSpaceOnItsSummary() {
        PageTypes.PageType page = PageTypes.named("class");
        browser.open(page);
        String open = "return document.querySelector('#changes details').open";
        assertEquals(Boolean.FALSE, browser.js(open), "the redline starts closed");
        press(Keys.SHIFT);
        browser.js("document.querySelector('#changes details > summary').focus()");
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('#changes details > summary')"));
        assertTrue((Boolean) focused().get("indicator"), "the focused summary has a focus indicator: " + focused().get("style"));
        press(Keys.ENTER);
        assertEquals(Boolean.TRUE, browser.js(open), "Enter on the summary opens the redline");
        press(Keys.ENTER);
        assertEquals(Boolean.FALSE, browser.js(open), "Enter again closes it");
        press(Keys.SPACE);
        assertEquals(Boolean.TRUE, browser.js(open), "Space on the summary opens the redline");
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('#changes details > summary')"),
                "focus stays on the summary");
        assertEquals(0L, browser.number("return window.scrollX"), "Space toggled the summary rather than scrolling sideways");
        assertFalse((Boolean) browser.js("return document.querySelector('#changes details del') === null"),
                "the open redline shows its deletions");
    }
}
