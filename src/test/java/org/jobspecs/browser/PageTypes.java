package org.jobspecs.browser;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page the demo site has, one line each: its name, its path in the site and an
 * optional preparation run after loading (e.g. opening the redline). Every browser test runs
 * over this list, so a new page type is one new line here.
 */
public final class PageTypes {

    /** A kind of page: {@code name} names it in reports and screenshot files. */
    public record PageType(String name, String path, Consumer<Browser> prepare) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<PageType> ALL = List.of(
            page("home", ""),
            page("class", "classes/7565/"),
            page("class-changes-open", "classes/7565/", PageTypes::openChanges),
            page("class-with-table", "classes/6230/"),
            page("class-abolished", "classes/2105/"),
            page("class-hiring", "classes/7563/"),
            page("classes-a-z", "classes/"),
            page("archive", "archive/"),
            page("departments", "departments/"),
            page("series-index", "series/"),
            page("series", "series/customer-service/"),
            page("salary-index", "salary/"),
            page("salary-current", "salary/fy2026/"),
            page("salary-past", "salary/fy2024/"),
            page("salary-filtered", "salary/fy2026/", PageTypes::filterSchedule),
            page("unit", "units/ibew/"),
            page("employee-group", "units/unrepresented-management/"),
            page("benefits", "units/ibew/#benefits"),
            page("units-index", "units/"),
            page("open-positions", "openings/"),
            page("what-changed", "changes/"), // issue 14
            page("search", "search/"),
            page("search-results", "search/?q=customer%20service", b -> new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#results li")).isEmpty())),
            page("search-paged", "search/?q=work&page=2", b -> new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#pager a")).isEmpty())),
            page("search-no-match", "search/?q=nurse", b -> new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("no-match")).isDisplayed())),
            // Issue 13: a part-time series (hourly pay beside yearly), the pay filter, the order and a yes/no facet set
            // from the address, and a search with no words but filters (every class, filtered).
            page("series-part-time", "series/recreation/"),
            page("search-pay-filtered", "search/?q=work&minpay=60000&sort=pay", PageTypes::awaitFilters),
            page("search-browse-facet", "search/?facet=entry-level&sort=title", PageTypes::awaitFilters),
            // Issue 14: a class's approved versions: the list, the seed's 2009 version, and what the 2025 version changed.
            page("class-versions", "classes/7565/versions/"),
            page("class-version", "classes/7565/versions/2009-07-01/"),
            page("class-version-changes", "classes/7565/versions/2025-10-08/changes/"),
            page("not-found", "no-such-page/"));

    private PageTypes() {
    }

    private static PageType page(String name, String path) {
        return new PageType(name, path, browser -> { });
    }

    private static PageType page(String name, String path, Consumer<Browser> prepare) {
        return new PageType(name, path, prepare);
    }

    /** For {@code @MethodSource("org.jobspecs.browser.PageTypes#all")}. */
    public static Stream<PageType> all() {
        return ALL.stream();
    }

    public static PageType named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no page type " + name));
    }

    /** Issue 13: waits for the results and the filter checkboxes (built once facets.json is in). */
    static void awaitFilters(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#results li")).isEmpty()
                && !d.findElements(By.cssSelector("#filters input[name=facet]")).isEmpty());
    }

    /** Issue 11: types "lead" into the salary schedule's filter box and waits for its count. */
    static void filterSchedule(Browser browser) {
        WebElement input = new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("#schedule-filter-input")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        input.sendKeys("lead");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("schedule-filter-status")).getText().startsWith("Showing"));
    }

    /** Opens the class page's redline ({@code #changes details}) by clicking its summary. */
    static void openChanges(Browser browser) {
        WebElement details = browser.driver().findElement(By.cssSelector("#changes details"));
        details.findElement(By.cssSelector("summary")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> details.getDomAttribute("open") != null);
    }
}
