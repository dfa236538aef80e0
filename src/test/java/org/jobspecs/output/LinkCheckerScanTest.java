package org.jobspecs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.render.RenderedPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the link check's scan of a page (one pass looking at every other byte, line feeds
 * counted as links are found, strings shared by their bytes) finds exactly what the plain rule
 * finds: the pattern {@code \s(id|href|src)="([^"]*)"} over the page's text, a link's line being 1 +
 * the line feeds before its match.
 */
class LinkCheckerScanTest {

    private static final Pattern RULE = Pattern.compile("\\s(id|href|src)=\"([^\"]*)\"");

    /** The plain rule, straightforwardly: what the scan must find. */
    private static LinkChecker.Scan reference(String html) {
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Matcher m = RULE.matcher(html);
        while (m.find()) {
            if (m.group(1).equals("id")) {
                ids.add(m.group(2));
            } else {
                links.add(m.group(2));
                lines.add(1 + (int) html.substring(0, m.start()).chars().filter(c -> c == '\n').count());
            }
        }
        return new LinkChecker.Scan(true, ids, links, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static RenderedPage page(String html) {
        return new RenderedPage("p/index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSameScan(String html) {
        LinkChecker.Scan expected = reference(html);
        LinkChecker.Scan scan = LinkChecker.scan(page(html));
        String what = "scanning <" + html.replace("\n", "\\n").replace("\r", "\\r") + ">";
        assertEquals(expected.ids(), scan.ids(), what);
        assertEquals(expected.links(), scan.links(), what);
        assertArrayEquals(expected.lines(), scan.lines(), what);

        PageScans scans = new PageScans(""); // the build's way: the same, with shared strings, less the links to other sites
        scans.add(page(html));
        LinkChecker.Scan shared = scans.scanOf("p/index.html");
        assertEquals(expected.ids(), shared.ids(), what);
        List<Integer> internal = java.util.stream.IntStream.range(0, expected.links().size())
                .filter(i -> LinkChecker.internal(expected.links().get(i), "")).boxed().toList();
        assertEquals(internal.stream().map(expected.links()::get).toList(), shared.links(), what);
        assertArrayEquals(internal.stream().mapToInt(i -> expected.lines()[i]).toArray(), shared.lines(), what);
    }

    @Test
    void issue15_theScanFindsWhatThePatternFinds() {
        for (String html : List.of(
                "",
                "\"",
                "=\"",
                " id=\"",
                " id=\"\"",
                "id=\"a\"", // no whitespace before the name at the very start
                " id=\"a\"",
                "\nhref=\"a\"", // the whitespace is the line feed: the link stands on the line before it
                " href=\"a\" src=\"b\" id=\"c\"",
                "<a href=\"x\">x</a><div data-id=\"no\" data-href=\"no\" xsrc=\"no\" id=\"yes\">",
                "<p\tid=\"t\"\fhref=\"f\"\u000Bsrc=\"v\"\rhref=\"r\">",
                "<a href=\"a\nb\">", // a value may hold a line feed
                "<a href=\"a id=\"b\" href=\"c\">", // the second match begins after the first's closing quote
                "<a href=\"open", // unterminated: no match
                "<a href=\"ok\"> <a href=\"open", // one match, then none
                "<a href=\"ok\"> <b id=\"open <a href=\"x\">", // quotes pair up as the pattern pairs them
                "<a href=\"/classes/é/?q=1&amp;r=2#pay\">é</a> <h2 id=\"café-→\">", // non-ASCII, entities left as they are
                "line 1\r\nline 2\r\n<a href=\"crlf\">\rlone CR <a href=\"cr\">\n\n<img src=\"img.png\">",
                "<a  href=\"two spaces\"><a href =\"no\"><a href= \"no\"><a HREF=\"no\"><a href='no'>",
                "href=\"\" id=\"\" src=\"\"",
                " hre=\"no\" rc=\"no\" d=\"no\" sr=\"no\" ef=\"no\" f=\"no\" c=\"no\"",
                "==\"\"=\" id==\"no\" id=\"\"\"",
                "<a href=\"end\""
        )) {
            assertSameScan(html);
        }
    }

    @Test
    void issue15_theScanFindsWhatThePatternFindsOnRandomPages() {
        String[] pieces = {" ", "\n", "\r\n", "\r", "\t", "\f", "id", "href", "src", "data-", "=", "\"", "=\"",
                " id=\"", " href=\"", " src=\"", "\nhref=\"", "é", "→", "𝄞", "x", "ab", "<a", ">", "&amp;", "#", "/"};
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameScan(html.toString());
        }
    }

    @Test
    void issue15_aBuildKeepsNoLinkToAnotherSite() {
        PageScans scans = new PageScans("https://site.test");
        scans.add(new RenderedPage("p/index.html", ("<a href=\"https://other.test/x\">x</a>\n<a href=\"https://site.test/q/\">q</a>"
                + " <a href=\"mailto:a@b.test\">m</a>\n<a href=\"../r/\">r</a> <a href=\"//cdn.test/s.js\">s</a>").getBytes(StandardCharsets.UTF_8)));
        LinkChecker.Scan scan = scans.scanOf("p/index.html");
        assertEquals(List.of("https://site.test/q/", "../r/"), scan.links());
        assertArrayEquals(new int[] {2, 3}, scan.lines());
    }

    @Test
    void issue15_aBuildKeepsOneStringForEachValueWhateverPageHasIt() {
        PageScans scans = new PageScans("");
        for (int i = 0; i < 50; i++) {
            scans.add(new RenderedPage("c/" + i + "/index.html", ("<a href=\"../../units/é/\">u</a><h2 id=\"pay\">"
                    + "<a href=\"../" + i + "/\">" + " <a href=\"../../units/é/\">u</a>").getBytes(StandardCharsets.UTF_8)));
        }
        LinkChecker.Scan first = scans.scanOf("c/0/index.html");
        for (int i = 0; i < 50; i++) {
            LinkChecker.Scan scan = scans.scanOf("c/" + i + "/index.html");
            assertEquals(List.of("../../units/é/", "../" + i + "/", "../../units/é/"), scan.links());
            assertSame(first.links().get(0), scan.links().get(0));
            assertSame(first.links().get(0), scan.links().get(2));
            assertSame(first.ids().iterator().next(), scan.ids().iterator().next());
        }
    }
}
