package org.jobspecs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.RenderedPage;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    private static RenderedPage page(String path, String html) {
        return new RenderedPage(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> check(RenderedPage... pages) {
        Problems problems = new Problems();
        new LinkChecker("https://site.test").check(List.of(pages), Set.of("css/site.css"), problems);
        return problems.sorted();
    }

    @Test
    void resolvingLinksPass() {
        assertTrue(check(
                page("index.html", "<a href=\"classes/1/\">1</a> <a href=\"classes/1/#pay\">pay</a> <link href=\"css/site.css\">"),
                page("classes/1/index.html", "<h2 id=\"pay\"></h2><a href=\"../../\">home</a> <a href=\"https://other.test/x\">x</a>"
                        + " <a href=\"mailto:a@b.test\">m</a> <a href=\"#pay\">p</a> <a href=\"https://site.test/classes/1/\">self</a>"))
                .isEmpty());
    }

    @Test
    void aMissingPageIsReportedWithItsLine() {
        List<Problem> problems = check(page("index.html", "<p>\n<a href=\"classes/2/\">2</a>"));
        assertEquals(1, problems.size());
        assertEquals("index.html:2", problems.get(0).location().toString());
        assertTrue(problems.get(0).message().contains("no page classes/2/index.html"));
    }

    @Test
    void aMissingAnchorIsReported() {
        List<Problem> problems = check(page("index.html", "<a href=\"a/#row-9\">x</a>"), page("a/index.html", "<p id=\"row-1\">"));
        assertTrue(problems.get(0).message().contains("no element with id \"row-9\""), problems.toString());
    }

    @Test
    void aLinkOutOfTheSiteIsReported() {
        List<Problem> problems = check(page("index.html", "<a href=\"../secret/\">x</a>"));
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void anAbsoluteLinkToTheSitesOwnHostIsChecked() {
        List<Problem> problems = check(page("index.html", "<a href=\"https://site.test/missing/\">x</a>"));
        assertEquals(1, problems.size());
    }
}
