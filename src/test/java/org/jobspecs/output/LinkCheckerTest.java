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

    /**
     * Issue 15: a build scans each page as it is rendered ({@link PageScans}), keeping one copy of
     * each id and link however many pages have it; it finds what checking the pages together finds,
     * broken links with their pages and lines, and counts the same links.
     */
    @Test
    void issue15_scanningPageByPageFindsWhatCheckingThemTogetherFinds() {
        List<RenderedPage> pages = List.of(
                page("index.html", "<a href=\"classes/1/\">1</a>\n<a href=\"classes/2/#pay\">2</a> <link href=\"css/site.css\">"),
                page("classes/1/index.html", "<h2 id=\"pay\"></h2><a href=\"../../\">home</a>\n<a href=\"../2/#pay\">2</a>"
                        + "\n<a href=\"../3/\">3</a> <a href=\"#pay\">p</a>"),
                page("classes/2/index.html", "<h2 id=\"pay\"></h2><a href=\"../../\">home</a>\n<a href=\"../1/#duties\">1</a>"
                        + "\n<a href=\"../3/\">3</a> <a href=\"#pay\">p</a>"),
                page("sitemap.xml", "<loc>classes/9/</loc>"));
        Problems together = new Problems();
        long linksTogether = new LinkChecker("https://site.test").check(pages, Set.of("css/site.css"), together);

        PageScans scans = new PageScans("https://site.test");
        pages.forEach(scans::add);
        Problems oneByOne = new Problems();
        long links = scans.check(Set.of("css/site.css"), oneByOne);

        assertEquals(together.sorted(), oneByOne.sorted());
        assertEquals(linksTogether, links);
        assertEquals(List.of("classes/1/index.html:3", "classes/2/index.html:2", "classes/2/index.html:3"),
                oneByOne.sorted().stream().map(p -> p.location().toString()).toList(), oneByOne.sorted().toString());
    }
}
