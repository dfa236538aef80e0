package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import org.jobspecs.serve.LiveSite;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in Chromium: a saved edit reloads the open page by itself; a broken edit shows its
 * problem over the last good page in an overlay that is announced (role=alert), readable at 320 px,
 * passes axe, and goes away with Escape or with the next good build.
 */
class ServeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(false);

    @TempDir
    static Path dir;
    static Path site;
    static LiveSite live;

    @BeforeAll
    static void serve() throws Exception {
        site = FixtureSite.demo(dir);
        live = BrowserSite.serveQuietly(site, dir.resolve("out"));
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    private static void await(String what, String condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.js("return " + condition)));
        } catch (RuntimeException e) {
            fail("the page never " + what + " (" + condition + ")", e);
        }
    }

    @Test
    void anEditReloadsThePageAndABrokenEditShowsItsProblemOverTheLastGoodPage() {
        browser.windowSize(Browser.WIDTH, Browser.HEIGHT);
        browser.driver().get(live.url() + "classes/6201/");
        await("loaded the live reload script", "!!document.querySelector('script[src=\"/_jobspecs/live.js\"]')");
        browser.js("window.jobspecsTestMarker = 1");

        Path spec = site.resolve("content/6201-recreation-leader-i.md");
        String text = FixtureSite.read(spec);
        FixtureSite.write(spec, text.replace("Leads games, sports,", "Leads games, kayaking, sports,"));
        await("reloaded with the edit", "window.jobspecsTestMarker === undefined && document.body.textContent.includes('kayaking')");
        browser.js("window.jobspecsTestMarker = 2");

        FixtureSite.write(spec, text.replace("Leads games, sports,", "Leads games, kayaking, sports,").replace("\ncode=", "\ntitel=Leader\ncode="));
        await("showed the problem", "!!document.getElementById('jobspecs-problems')");
        assertEquals(2L, browser.number("return window.jobspecsTestMarker"), "the page was not reloaded: the last good page stays");
        assertEquals("alert", browser.js("return document.getElementById('jobspecs-problems').getAttribute('role')"));
        String overlay = (String) browser.js("return document.getElementById('jobspecs-problems').innerText");
        assertTrue(overlay.contains("content/6201-recreation-leader-i.md:2") && overlay.contains("unknown metadata key \"titel\""), overlay);
        assertTrue((Boolean) browser.js("return document.body.textContent.includes('kayaking')"), "the last good page is shown under it");

        browser.viewportWidth(320);
        assertNull(Layout.sidewaysScroll(browser), "the overlay fits at 320 px");
        assertTrue(Layout.beyondViewport(browser).isEmpty(), () -> "at 320 px: " + Layout.beyondViewport(browser));
        @SuppressWarnings("deprecation")
        Results axe = new AxeBuilder().withTags(AxeTest.TAGS).setLegacyMode(true).include("#jobspecs-problems").analyze(browser.driver());
        assertTrue(axe.getViolations().isEmpty(), () -> AxeTest.report(PageTypes.named("class"), axe.getViolations()));

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        await("let Escape dismiss the overlay", "!document.getElementById('jobspecs-problems')");

        FixtureSite.write(spec, text);
        await("reloaded after the correction", "window.jobspecsTestMarker === undefined && !document.body.textContent.includes('kayaking')");
        assertTrue((Boolean) browser.js("return !document.getElementById('jobspecs-problems')"));
        browser.windowSize(Browser.WIDTH, Browser.HEIGHT);
    }
}
