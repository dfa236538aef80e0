package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.scaffold.SiteScaffold;
import org.jobspecs.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12: the site {@code jobspecs init} writes passes axe (WCAG 2.0 and 2.1, A and AA) like the demo: its home and class pages. */
class InitSiteAxeTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Path root;
    private static StaticServer server;

    @BeforeAll
    static void buildTheInitSite() throws IOException {
        root = Files.createTempDirectory("jobspecs-init-axe-");
        Path site = root.resolve("site");
        new SiteScaffold("City of Example", "Example, CA").write(site);
        Path out = root.resolve("public");
        BuildReport report = SiteBuild.run(new BuildOptions(site, out, BrowserSite.DATE));
        assertTrue(report.published() && report.problems().isEmpty(), () -> "the init site did not build cleanly: " + report.problems());
        server = new StaticServer(out, 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        BrowserSite.deleteTree(root);
    }

    @SuppressWarnings("deprecation") // legacy mode, as in AxeTest
    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "classes/1001/", "salary/fy2025/"})
    void noViolations(String path) {
        browser.driver().get(server.url() + path);
        assertEquals("", String.valueOf(browser.js("return getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim() === '' ? 'no stylesheet' : ''")),
                "/" + path + " shows with the site's stylesheet");
        Results results = new AxeBuilder().withTags(AxeTest.TAGS).setLegacyMode(true).analyze(browser.driver());
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isBlank(), () -> "axe did not run: " + results.getErrorMessage());
        assertTrue(!results.getPasses().isEmpty(), "axe reported no passing rule: did it run?");
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            Consumer<Browser> none = b -> { };
            fail(AxeTest.report(new PageTypes.PageType("init site /" + path, path, none), violations));
        }
    }
}
