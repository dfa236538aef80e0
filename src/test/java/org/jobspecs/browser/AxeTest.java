package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core (WCAG 2.0 and 2.1, levels A and AA) finds no violation on any page type. */
class AxeTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final Browser browser = new Browser();

    @SuppressWarnings("deprecation") // legacy mode: deprecated for cross-origin iframes, which these pages have none of
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.jobspecs.browser.PageTypes#all")
    void noViolations(PageTypes.PageType page) {
        browser.open(page);
        // Legacy mode runs axe in the page itself; the default opens and closes a tab per analysis,
        // after which Browser's interception of the site's public address (for the 404 page's
        // stylesheet) no longer applies. It is also twice as fast here.
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(browser.driver());
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isBlank(),
                () -> "axe did not run on " + page + ": " + results.getErrorMessage());
        assertTrue(!results.getPasses().isEmpty(), () -> "axe reported no passing rule on " + page + ": did it run?");
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(report(page, violations));
        }
    }

    /** Fails unless axe finds no violation on the page the browser shows now; where: what it is, for the message. */
    @SuppressWarnings("deprecation") // legacy mode, as above
    static void assertClean(Browser browser, String where) {
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(browser.driver());
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isBlank(), where + ": axe ran: " + results.getErrorMessage());
        if (!results.getViolations().isEmpty()) {
            fail(where + ": " + results.getViolations().stream().map(r -> r.getId() + " " + r.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList());
        }
    }

    /** One line per rule, then one per element: rule id, impact, target, HTML, and the page. */
    static String report(PageTypes.PageType page, List<Rule> violations) {
        StringBuilder b = new StringBuilder();
        b.append(violations.size()).append(violations.size() == 1 ? " axe violation" : " axe violations")
                .append(" on page '").append(page).append("' (/").append(page.path()).append("):");
        for (Rule rule : violations) {
            b.append("\n  [").append(rule.getId()).append("] ").append(rule.getImpact()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                b.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    b.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return b.toString();
    }
}
