package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium, used as a visitor uses it: typing a query, a class code and
 * a misspelling; ticking a department filter; markup in the address; no JavaScript; the keyboard.
 */
class SearchPageTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Pattern COUNT = Pattern.compile("^(\\d+) class(?:es)? match(?:es)? “(.*)”");

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Each class code's department, from the built site's search/ files. */
    static final Map<String, String> DEPARTMENT = new HashMap<>();

    @BeforeAll
    static void departments() throws IOException {
        Path search = BrowserSite.dir().resolve("search");
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(search.resolve("manifest.json").toFile());
        JsonNode department = json.readTree(search.resolve("facets.json").toFile()).get("department");
        int doc = 0;
        for (int s = 0; s < manifest.get("slices").asInt(); s++) {
            for (JsonNode row : json.readTree(search.resolve("d/" + s + ".json").toFile())) {
                DEPARTMENT.put(row.get(0).asText(), department.get("values").get(department.get("docs").get(doc++).asInt()).asText());
            }
        }
        assertEquals("Alameda Municipal Power", DEPARTMENT.get("7565"));
    }

    // ---------------------------------------------------------------------------------------

    private static void load(String path) {
        browser.driver().get("about:blank");
        browser.driver().get(BrowserSite.url(path));
    }

    private static WebElement box() {
        return browser.driver().findElement(By.id("q"));
    }

    /** Replaces the search box's text as a visitor does: select all, delete, type. */
    private static void type(String text) {
        WebElement q = box();
        q.click();
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        q.sendKeys(text);
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void await(String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(browser.driver(), WAIT).until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the page shows status \"" + status()
                    + "\", results " + resultCodes() + ", address " + browser.driver().getCurrentUrl(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> resultCodes() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#results li .result-title .code')].map(e => e.textContent.trim())");
    }

    private static String status() {
        return (String) browser.js("return document.getElementById('search-status').textContent.trim()");
    }

    private static String firstResultHref() {
        return (String) browser.js("const a = document.querySelector('#results li a'); return a ? a.getAttribute('href') : null");
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    // ---------------------------------------------------------------------------------------

    @Test
    void typingAQueryShowsResultsAndAnnouncesTheirCount() {
        load("search/");
        assertEquals("", status(), "nothing is announced before a query");
        type("customer service");
        await("results for customer service with 7565", () -> resultCodes().contains("7565") && !status().isEmpty());

        WebElement status = browser.driver().findElement(By.id("search-status"));
        assertEquals("status", status.getDomAttribute("role"), "the count is announced by a status live region");
        assertEquals("polite", status.getDomAttribute("aria-live"));
        Matcher m = COUNT.matcher(status());
        assertTrue(m.find(), "the status gives the count: " + status());
        int count = Integer.parseInt(m.group(1));
        assertEquals("customer service", m.group(2), "the status names the query");
        List<String> codes = resultCodes();
        assertEquals(Math.min(count, 10), codes.size(), "the list shows the counted results (up to a page of 10): " + codes);
        assertTrue(codes.subList(0, 3).contains("7565"), "7565 is among the first results: " + codes);
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("?q=customer+service") || url.contains("?q=customer%20service"), "the address holds the query: " + url);
        assertEquals("/search/", path(url), "still the search page");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.js("return [...document.querySelectorAll('#results li .result-title a')].map(a => a.href)");
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(BrowserSite.url("classes/" + codes.get(i) + "/"), hrefs.get(i), "result " + i + " links to its class page");
        }
    }

    @Test
    void aClassCodePutsItsClassFirstWithoutLeavingThePage() {
        load("search/");
        browser.js("window.stillHere = 'yes'");
        type("7565");
        await("the code hit 7565", () -> firstResultHref() != null && firstResultHref().endsWith("classes/7565/"));
        assertEquals(BrowserSite.url("classes/7565/"), browser.js("return document.querySelector('#results li a').href"));
        assertEquals("Class code 7565", browser.js("return document.querySelector('#results li .result-facts strong').textContent.trim()"),
                "the first result is marked as the class code");
        assertEquals("7565", resultCodes().get(0));
        assertEquals("yes", browser.js("return window.stillHere"), "the page did not navigate or reload");
        assertEquals("/search/", path(browser.driver().getCurrentUrl()), "still on the search page");
        assertTrue(browser.driver().getCurrentUrl().contains("q=7565"), browser.driver().getCurrentUrl());
    }

    @Test
    void issue11AllResultsAreReachableByPagesFromTheKeyboard() {
        load("search/?q=work");
        Pattern position = Pattern.compile("^Results (\\d+)–(\\d+) of (\\d+) for “work”");
        await("the first page", () -> position.matcher(status()).find());
        Matcher m = position.matcher(status());
        assertTrue(m.find());
        int total = Integer.parseInt(m.group(3));
        assertTrue(total > 10, "more than a page: " + status());
        assertEquals("1", m.group(1));
        assertEquals("10", m.group(2));
        List<String> first = resultCodes();
        assertEquals(10, first.size());

        WebElement next = browser.driver().findElement(By.cssSelector("#pager a[rel=next]"));
        browser.js("arguments[0].focus()", next);
        press(Keys.ENTER);
        await("the second page", () -> status().startsWith("Results 11–"));
        assertTrue(status().contains(" of " + total + " for “work”"), status());
        assertTrue(browser.driver().getCurrentUrl().contains("page=2"), "the address holds the page: " + browser.driver().getCurrentUrl());
        assertEquals("search-status", browser.js("return document.activeElement.id"), "focus moves to the announced position");
        assertEquals("11", browser.js("return document.getElementById('results').getAttribute('start')"), "the list numbers go on");
        List<String> second = resultCodes();
        assertTrue(second.stream().noneMatch(first::contains), "a new page of results: " + first + " / " + second);

        // Back returns to the first page (each page is an entry of the history), Forward to the second.
        browser.driver().navigate().back();
        await("the first page again", () -> status().startsWith("Results 1–10 ") && resultCodes().equals(first));
        assertFalse(browser.driver().getCurrentUrl().contains("page="), browser.driver().getCurrentUrl());
        browser.driver().navigate().forward();
        await("the second page again", () -> status().startsWith("Results 11–") && resultCodes().equals(second));

        // Every result is reachable: walk to the last page.
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        while (!browser.driver().findElements(By.cssSelector("#pager a[rel=next]")).isEmpty()) {
            String before = status();
            browser.js("document.querySelector('#pager a[rel=next]').focus()");
            press(Keys.ENTER);
            await("the next page", () -> !status().equals(before));
            all.addAll(resultCodes());
        }
        assertEquals(total, all.size(), "the count is the number reachable: " + all);
        assertEquals(total, all.stream().distinct().count());

        // The address restores the page; Back returns to the one before.
        load("search/?q=work&page=2");
        await("page 2 from the address", () -> resultCodes().equals(second));
    }

    @Test
    void issue11NoClassWithEveryWordFallsBackToAnyWordAndSaysSo() {
        load("search/?q=customer%20zzqxvw");
        await("the any-word results", () -> !resultCodes().isEmpty());
        assertTrue(status().startsWith("No class has all of “customer zzqxvw”; showing"), status());
        assertTrue(resultCodes().contains("7565"), resultCodes().toString());
    }

    @Test
    void issue11AnUnlikelyCorrectionIsOnlyOfferedAndANoMatchOffersWaysOn() {
        load("search/?q=billinq");
        await("the offer", () -> Boolean.TRUE.equals(browser.js("return !document.getElementById('no-match').hidden")));
        assertTrue(status().startsWith("No classes match “billinq”"), status());
        assertTrue(resultCodes().isEmpty(), "not silently replaced: " + resultCodes());
        WebElement dym = browser.driver().findElement(By.id("did-you-mean"));
        assertTrue(dym.isDisplayed() && dym.getText().startsWith("Did you mean billing?"), dym.getText());
        assertTrue(dym.findElement(By.tagName("a")).getDomAttribute("href").contains("q=billing"));
        @SuppressWarnings("unchecked")
        List<String> offers = (List<String>) browser.js("return [...document.querySelectorAll('#no-match a')].map(a => a.href)");
        assertTrue(offers.contains(BrowserSite.url("classes/")) && offers.contains(BrowserSite.url("departments/")), offers.toString());

        load("search/?q=electrican");
        await("the closest titles", () -> Boolean.TRUE.equals(browser.js("return document.querySelectorAll('#closest a').length > 0")));
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) browser.js("return [...document.querySelectorAll('#closest a')].map(a => a.textContent)");
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Electric")), "titles sharing the word's beginning: " + titles);
    }

    @Test
    void aMisspellingOffersTheCorrection() {
        load("search/");
        type("custmer");
        await("did you mean", () -> Boolean.TRUE.equals(browser.js("return !document.getElementById('did-you-mean').hidden")));
        WebElement dym = browser.driver().findElement(By.id("did-you-mean"));
        assertTrue(dym.isDisplayed(), "the correction is shown");
        assertTrue(dym.getText().contains("customer"), "it offers customer: " + dym.getText());
        WebElement link = dym.findElement(By.tagName("a"));
        assertEquals("customer", link.getText());
        assertTrue(link.getDomAttribute("href").contains("q=customer"), link.getDomAttribute("href"));
        await("results for the correction", () -> resultCodes().contains("7565"));
    }

    @Test
    void aDepartmentFilterKeepsOnlyItsClassesAndCountsStayTruthful() {
        load("search/?q=billing"); // fewer results than a page, in several departments (every word must match: issue 11)
        await("results", () -> !resultCodes().isEmpty() && !counts("department").isEmpty());
        String department = "Alameda Municipal Power";
        List<String> before = resultCodes();
        Map<String, Integer> departmentCounts = counts("department");
        assertEquals(before.size(), departmentCounts.values().stream().mapToInt(Integer::intValue).sum(),
                "before filtering, the department counts add up to the results: " + departmentCounts);
        int expected = (int) before.stream().filter(c -> department.equals(DEPARTMENT.get(c))).count();
        assertEquals(expected, departmentCounts.get(department), "the department's count is its number of results");
        assertTrue(expected > 0 && expected < before.size(), "the filter will narrow the results: " + before);

        browser.driver().findElement(By.cssSelector("#filters input[name=department][value='" + department + "']")).click();
        await("the filtered results", () -> resultCodes().size() == expected);

        List<String> after = resultCodes();
        for (String code : after) {
            assertEquals(department, DEPARTMENT.get(code), code + " is in the chosen department");
        }
        assertEquals(before.stream().filter(c -> department.equals(DEPARTMENT.get(c))).toList(), after, "the same order, filtered");
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("department=Alameda+Municipal+Power") || url.contains("department=Alameda%20Municipal%20Power"),
                "the address holds the filter: " + url);
        Matcher m = COUNT.matcher(status());
        assertTrue(m.find() && Integer.parseInt(m.group(1)) == expected, "the status counts the filtered results: " + status());
        assertEquals(departmentCounts, counts("department"), "department counts ignore the department filter itself");
        Map<String, Integer> units = counts("unit");
        assertEquals(expected, units.values().stream().mapToInt(Integer::intValue).sum(), "unit counts count only the chosen department: " + units);
        assertTrue((Boolean) browser.js("return document.querySelector(\"#filters input[value='" + department + "']\").checked"));

        // The address restores the same state.
        load(URI.create(url).getRawPath().substring(1) + "?" + URI.create(url).getRawQuery());
        await("the filtered results after reloading", () -> resultCodes().equals(after));
        assertTrue((Boolean) browser.js("return document.querySelector(\"#filters input[value='" + department + "']\").checked"),
                "the filter is ticked again");
    }

    /** The counts shown beside a facet's checkboxes, by value. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> counts(String facet) {
        List<List<String>> rows = (List<List<String>>) browser.js("return [...document.querySelectorAll('#filters input[name=' + arguments[0] + ']')]"
                + ".map(i => [i.value, document.querySelector('label[for=\"' + i.id + '\"]').textContent])", facet);
        Map<String, Integer> counts = new HashMap<>();
        Pattern count = Pattern.compile("^(.*) \\((\\d+)\\)$");
        for (List<String> row : rows) {
            Matcher m = count.matcher(row.get(1).trim());
            assertTrue(m.matches(), facet + " label shows a count: " + row.get(1));
            assertEquals(row.get(0), m.group(1), "the label names the value");
            counts.put(row.get(0), Integer.parseInt(m.group(2)));
        }
        assertFalse(counts.isEmpty(), "the " + facet + " filter is shown");
        return counts;
    }

    @Test
    void markupInTheQueryIsShownAsText() {
        load("search/");
        long scripts = browser.number("return document.scripts.length");
        String hook = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.alerts = []; window.alert = m => window.alerts.push(String(m));")).get("identifier");
        try {
            for (String payload : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"><svg onload=alert(3)>")) {
                load("search/?q=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
                await("the answer to " + payload, () -> !status().isEmpty());
                try {
                    String text = browser.driver().switchTo().alert().getText();
                    throw new AssertionError(payload + " opened an alert: " + text);
                } catch (NoAlertPresentException expected) {
                    // good
                }
                assertEquals(0L, browser.number("return window.alerts.length"), payload + ": no alert was called");
                assertEquals(scripts, browser.number("return document.scripts.length"), payload + ": no script element was added");
                assertEquals(0L, browser.number("return document.querySelectorAll('main img, main svg, main iframe, main object, main embed').length"),
                        payload + ": no element was injected");
                assertEquals(payload, browser.js("return document.getElementById('q').value"), "the box shows the query as typed");
                assertTrue(status().contains(payload), payload + ": the status quotes the query as text: " + status());
                assertEquals(0L, browser.number("return [...document.querySelectorAll('main *')].filter(e => [...e.attributes]"
                        + ".some(a => a.name.startsWith('on'))).length"), payload + ": no event handler attribute");
            }
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook));
        }
    }

    @Test
    void withoutJavaScriptThePageLinksToTheListsOfClasses() throws IOException {
        // The built page as a browser without JavaScript reads it: the noscript content is markup.
        Document page = Jsoup.parse(BrowserSite.dir().resolve("search/index.html").toFile(), "UTF-8", BrowserSite.url("search/"));
        Element noscript = page.selectFirst("noscript");
        assertNotNull(noscript, "the search page has a noscript message");
        Document inside = Jsoup.parseBodyFragment(noscript.html(), BrowserSite.url("search/"));
        List<String> links = inside.select("a[href]").eachAttr("abs:href");
        assertTrue(links.contains(BrowserSite.url("classes/")), "links to all classes: " + links);
        assertTrue(links.contains(BrowserSite.url("departments/")), "links to the departments: " + links);
        assertTrue(inside.text().contains("JavaScript"), inside.text());

        // And in Chromium with scripts turned off.
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            load("search/");
            List<String> shown = new ArrayList<>();
            for (WebElement a : browser.driver().findElements(By.cssSelector("main a[href]"))) {
                if (a.isDisplayed()) {
                    shown.add(a.getDomProperty("href"));
                }
            }
            assertTrue(shown.contains(BrowserSite.url("classes/")), "Chromium without JavaScript shows the link to all classes: " + shown);
            assertTrue(shown.contains(BrowserSite.url("departments/")), "and to the departments: " + shown);
        } finally {
            browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        // The form still submits as a GET to the same page.
        Element form = page.selectFirst("form.search-form");
        assertEquals("get", form.attr("method").toLowerCase(java.util.Locale.ROOT));
        assertEquals(BrowserSite.url("search/"), form.absUrl("action"));
        assertEquals("q", page.getElementById("q").attr("name"));
    }

    @Test
    void tabFromTheSearchBoxReachesTheFiltersAndTheFirstResult() {
        load("search/?q=customer%20service");
        await("results", () -> !resultCodes().isEmpty() && !status().isEmpty());
        press(Keys.SHIFT);
        browser.js("document.getElementById('q').focus()");
        List<String> visited = new ArrayList<>();
        boolean filter = false;
        boolean result = false;
        for (int i = 0; i < 40 && !result; i++) {
            press(Keys.TAB);
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) browser.js(KeyboardTest.FOCUSED);
            visited.add((String) focus.get("name"));
            boolean isFilter = Boolean.TRUE.equals(browser.js("return document.activeElement.matches('#filters input[type=checkbox]')"));
            boolean isResult = Boolean.TRUE.equals(browser.js("return document.activeElement === document.querySelector('#results li a')"));
            if (isFilter || isResult) {
                assertTrue((Boolean) focus.get("indicator"), focus.get("name") + " has a visible focus indicator: " + focus.get("style"));
                assertTrue((Boolean) focus.get("inView"), focus.get("name") + " is scrolled into view");
            }
            filter |= isFilter;
            result |= isResult;
            if (isResult) {
                assertTrue(filter, "the filters come before the results: " + visited);
            }
        }
        assertTrue(filter, "Tab reaches the filters: " + visited);
        assertTrue(result, "Tab reaches the first result: " + visited);
        assertEquals("button", visited.get(0).split("[ .#]")[0], "the Search button follows the box: " + visited);
    }

    /** Regression: renderFilters() rebuilt every checkbox after a change, so the one a keyboard user ticked with Space
     *  left the page and focus fell to <body> (WCAG 2.4.3); it now keeps focus on the ticked box (fixed). */
    @Test
    void spaceTicksAFilterAndFocusStaysOnIt() {
        load("search/?q=customer%20service");
        await("results", () -> !resultCodes().isEmpty() && !status().isEmpty());
        press(Keys.SHIFT);
        browser.js("document.querySelector('#filters input[name=department]').focus()");
        String id = (String) browser.js("return document.activeElement.id");
        String value = (String) browser.js("return document.activeElement.value");
        press(Keys.SPACE);
        await("results of " + value + " only", () -> browser.driver().getCurrentUrl().contains("department=")
                && resultCodes().stream().allMatch(c -> value.equals(DEPARTMENT.get(c))));
        assertFalse(resultCodes().isEmpty());
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).checked", id), "Space ticked " + value);
        assertEquals(id, browser.js("return document.activeElement.id"),
                "focus stays on the ticked checkbox, so a keyboard user can go on from there; it is on " + browser.js(Layout.DESCRIBE
                        + "return describe(document.activeElement)"));
    }

    /**
     * issue 11 (key facts first on a phone): the filters stood above the results, so at 375 px the
     * first result was below the first screen. On a phone they fold into a "Filter by …" disclosure
     * that opens by keyboard; on wider screens they start open.
     */
    @Test
    void onAPhoneTheFiltersFoldAwaySoTheFirstResultIsOnTheFirstScreen() {
        org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.windowSize(375, 667);
            load("search/?q=entry%20level");
            await("results for entry level", () -> resultCodes().size() >= 2);
            assertEquals(Boolean.FALSE, browser.js("return document.getElementById('filters-box').open"), "folded at 375 px");
            long firstBottom = browser.number("return document.querySelector('#results li .result-title').getBoundingClientRect().bottom");
            long screen = browser.number("return window.innerHeight");
            assertTrue(firstBottom <= screen, "the first result's title ends at " + firstBottom + " px, within the first screen of " + screen);

            browser.js("document.querySelector('#filters-box > summary').focus()");
            press(Keys.ENTER);
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById('filters-box').open"), "Enter opens the filters");
            press(Keys.TAB);
            assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('#filters input[type=checkbox]')"),
                    "Tab goes on to the first filter");
            press(Keys.SPACE);
            await("a filter applied", () -> browser.driver().getCurrentUrl().contains("department="));
            assertTrue(((String) browser.js("return document.querySelector('#filters-box > summary').textContent"))
                    .endsWith("(1 selected)"), "the fold says a filter is set");

            browser.windowSize(1280, 900);
            load("search/?q=entry%20level");
            await("results for entry level", () -> resultCodes().size() >= 2);
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById('filters-box').open"), "open on a wide screen");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    // ---- issue 13: pay you can compare, yes/no facets ---------------------------------------

    /** Each result's starting pay per year from its pay line ("$62,400 – $75,837 per year"), or -1 without one. */
    @SuppressWarnings("unchecked")
    private static List<Long> resultPay() {
        List<String> texts = (List<String>) browser.js("return [...document.querySelectorAll('#results li .result-pay')].map(e => e.textContent.trim())");
        List<Long> pay = new ArrayList<>();
        for (String t : texts) {
            Matcher m = Pattern.compile("^\\$([\\d,]+)(?: – \\$[\\d,]+)? per year$").matcher(t);
            pay.add(m.matches() ? Long.parseLong(m.group(1).replace(",", "")) : -1L);
        }
        return pay;
    }

    private static String value(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).value", id);
    }

    /**
     * Issue 13: the minimum-pay select works from the keyboard; the results all start at that pay or more, the
     * status counts them and says the filter; the address holds it, and Back and Forward go between the states.
     */
    @Test
    void issue13TheMinimumPayFilterWorksByKeyboardAndBackUndoesIt() {
        load("search/?q=work");
        await("results", () -> !resultCodes().isEmpty() && !status().isEmpty());
        String before = status();
        Matcher all = Pattern.compile("^Results 1–10 of (\\d+)").matcher(before);
        assertTrue(all.find(), before);
        int total = Integer.parseInt(all.group(1));
        press(Keys.SHIFT);
        browser.js("document.getElementById('minpay').focus()");
        for (int i = 0; i < 4; i++) {
            press(Keys.ARROW_DOWN); // each choice is applied as it is reached
        }
        String chosen = value("minpay");
        assertFalse(chosen.isEmpty(), "the arrow keys choose a minimum");
        long minimum = Long.parseLong(chosen);
        await("results of at least " + chosen, () -> browser.driver().getCurrentUrl().contains("minpay=" + chosen)
                && status().contains("Starting pay at least"));
        assertEquals("minpay", browser.js("return document.activeElement.id"), "focus stays on the select");
        String filtered = status();
        Matcher m = Pattern.compile("^(?:Results 1–\\d+ of (\\d+)|(\\d+) class(?:es)? match)").matcher(filtered);
        assertTrue(m.find(), filtered);
        int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        assertTrue(n > 0 && n < total, "the filter narrows " + total + " results to " + n + ": " + filtered);
        assertTrue(filtered.endsWith("Starting pay at least $" + String.format(java.util.Locale.US, "%,d", minimum) + " a year."), filtered);
        resultPay().forEach(p -> assertTrue(p >= minimum, "every result starts at " + minimum + " or more: " + resultPay()));
        assertTrue(((String) browser.js("return document.querySelector('#filters-box > summary').textContent")).endsWith("selected)"));

        browser.driver().navigate().back();
        await("the unfiltered results again", () -> status().equals(before));
        assertEquals("", value("minpay"), "Back clears the select");
        browser.driver().navigate().forward();
        await("the filtered results again", () -> status().equals(filtered));
        assertEquals(chosen, value("minpay"));
    }

    /** Issue 13: sorting by pay (keyboard) puts the best-paid first; by title, A to Z; the status says the order. */
    @Test
    void issue13SortingByPayOrTitleReordersTheSameResults() {
        load("search/?q=customer%20service");
        await("results", () -> !resultCodes().isEmpty() && !status().isEmpty());
        List<String> byRelevance = resultCodes();
        press(Keys.SHIFT);
        browser.js("document.getElementById('sort').focus()");
        press(Keys.ARROW_DOWN);
        await("sorted by pay", () -> browser.driver().getCurrentUrl().contains("sort=pay") && status().endsWith("Sorted by pay, highest first."));
        List<Long> pay = resultPay();
        for (int i = 1; i < pay.size(); i++) {
            assertTrue(pay.get(i - 1) >= pay.get(i), "highest first: " + pay);
        }
        assertEquals(new java.util.TreeSet<>(byRelevance), new java.util.TreeSet<>(resultCodes()), "the same classes");
        assertFalse(byRelevance.equals(resultCodes()), "in another order");
        press(Keys.ARROW_DOWN);
        await("sorted by title", () -> browser.driver().getCurrentUrl().contains("sort=title"));
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) browser.js("return [...document.querySelectorAll('#results li .result-title a')].map(a => a.textContent)");
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles, "A to Z");
        assertTrue(status().endsWith("Sorted by title, A to Z."), status());
    }

    /**
     * Issue 13: the "Entry level" facet is a labelled checkbox ticked with Space; its count is the number of
     * results it leaves, which every result is; with no words it lists every entry-level class.
     */
    @Test
    void issue13TheEntryLevelFacetNarrowsWithATruthfulCountAndWorksWithoutWords() {
        load("search/?q=work");
        await("facets", () -> !resultCodes().isEmpty() && !browser.driver().findElements(By.id("f-facet-entry-level")).isEmpty());
        String label = (String) browser.js("return document.querySelector('label[for=f-facet-entry-level]').textContent");
        Matcher m = Pattern.compile("^Entry level \\((\\d+)\\)$").matcher(label);
        assertTrue(m.matches(), label);
        int count = Integer.parseInt(m.group(1));
        press(Keys.SHIFT);
        browser.js("document.getElementById('f-facet-entry-level').focus()");
        press(Keys.SPACE);
        await("entry-level results", () -> browser.driver().getCurrentUrl().contains("facet=entry-level") && resultCodes().size() == Math.min(count, 10));
        assertEquals("f-facet-entry-level", browser.js("return document.activeElement.id"), "focus stays on the checkbox");
        Matcher n = Pattern.compile("^(?:Results 1–\\d+ of (\\d+)|(\\d+) class(?:es)? match)").matcher(status());
        assertTrue(n.find() && Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2)) == count, "the status counts " + count + ": " + status());
        // Every result is an entry level: its page says so, in its career path (the entry level of its
        // series) or in its "What you need" box (a trainee, level 1, or no experience required).
        for (String code : resultCodes()) {
            org.jsoup.nodes.Document page = Jsoup.parse(read("classes/" + code + "/index.html"));
            assertTrue(page.select("#series .note").text().contains("the entry level of the series")
                    || page.select(".needs-list li").eachText().contains("Entry level: Yes"), code + " is an entry level");
        }

        load("search/?facet=entry-level");
        await("every entry-level class", () -> !resultCodes().isEmpty() && status().contains("the filters chosen"));
        assertTrue(Pattern.compile("^\\d+ (class matches|classes match) the filters chosen\\.").matcher(status()).find(), status());
        assertEquals("", value("q"));
    }

    private static String read(String path) {
        try {
            return java.nio.file.Files.readString(BrowserSite.dir().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
