package org.jobspecs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jobspecs.site.BlockView;
import org.jobspecs.spec.Inline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    private static String html(BlockView... blocks) {
        Utf8Output out = new Utf8Output(16);
        BodyHtml.blocks(List.of(blocks), 3, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void textIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;</p>\n",
                html(new BlockView.Paragraph(List.of(new Inline.Text("<script>alert(\"x\") & 'y'")))));
    }

    @Test
    void redlineMarksCarryTextLabels() {
        String out = html(new BlockView.Paragraph(List.of(
                new Inline.Deleted(List.of(new Inline.Text("old"))), new Inline.Inserted(List.of(new Inline.Text("new"))))));
        assertEquals("<p><del><span class=\"redline-label\">deleted:</span> old</del>"
                + "<ins><span class=\"redline-label\">added:</span> new</ins></p>\n", out);
    }

    @Test
    void anOrderedListStartsAtItsFirstNumber() {
        BlockView.ItemList list = new BlockView.ItemList(true, List.of(
                new BlockView.Item(10, false, List.of(new BlockView.Paragraph(List.of(new Inline.Text("ten")))))));
        assertEquals("<ol start=\"10\">\n<li>ten</li>\n</ol>\n", html(list));
    }

    @Test
    void aRedlineListNumbersItsItemsExplicitly() {
        BlockView.ItemList list = new BlockView.ItemList(true, List.of(
                new BlockView.Item(1, false, List.of(new BlockView.Paragraph(List.of(new Inline.Text("kept"))))),
                new BlockView.Item(0, true, List.of(new BlockView.Paragraph(List.of(new Inline.Deleted(List.of(new Inline.Text("gone")))))))));
        assertEquals("<ol>\n<li value=\"1\">kept</li>\n<li class=\"redline-deleted-item\"><del><span class=\"redline-label\">deleted:</span> gone</del></li>\n</ol>\n",
                html(list));
    }

    @Test
    void subheadingsTakeTheGivenLevelAndLinksAreEscaped() {
        Utf8Output out = new Utf8Output(16);
        BodyHtml.blocks(List.of(new BlockView.Subheading(List.of(new Inline.Text("Other"))),
                new BlockView.Paragraph(List.of(new Inline.Link("https://x.test/?a=1&b=\"2\"", List.of(new Inline.Text("x")))))), 4, out);
        assertEquals("<h4>Other</h4>\n<p><a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">x</a></p>\n",
                new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    private static List<Inline> cell(String text) {
        return text.isEmpty() ? List.of() : List.of(new Inline.Text(text));
    }

    @Test
    void aTableScrollsInsideANamedFocusableRegionWithColumnHeaders() {
        BlockView.Table table = new BlockView.Table(List.of(cell("Step"), cell("Monthly")),
                List.of(List.of(cell("A"), List.of(new Inline.Deleted(List.of(new Inline.Text("$3,000"))),
                        new Inline.Inserted(List.of(new Inline.Text("$3,100"))))), List.of(cell("B"), cell("<$3,255>"))),
                false, "Changes to Salary Steps table");
        Document d = Jsoup.parseBodyFragment(html(table));
        Element region = d.selectFirst("body > div.table-scroll");
        assertEquals("region", region.attr("role"));
        assertEquals("Changes to Salary Steps table", region.attr("aria-label"));
        assertEquals("0", region.attr("tabindex"));
        assertEquals(List.of("Step", "Monthly"), region.select("table > thead > tr > th[scope=col]").eachText());
        assertEquals(2, region.select("table > tbody > tr").size());
        assertEquals(List.of("A", "deleted: $3,000 added: $3,100", "B", "<$3,255>"), region.select("tbody td").eachText());
        assertEquals("deleted:", region.selectFirst("tbody td del .redline-label").text());
        assertEquals("added:", region.selectFirst("tbody td ins .redline-label").text());
        assertTrue(html(table).contains("<td>&lt;$3,255&gt;</td>"), "cell text is escaped");
        assertTrue(region.select("th[scope=row]").isEmpty());
    }

    @Test
    void rowHeadersHeadEachRowUnderAnEmptyCorner() {
        BlockView.Table table = new BlockView.Table(List.of(cell(""), cell("Hourly"), cell("Monthly")),
                List.of(List.of(cell("Step A"), cell("$17.85"), cell("$3,100"))), true, "Pay table");
        Document d = Jsoup.parseBodyFragment(html(table));
        assertEquals(1, d.select("thead td:empty").size(), "the corner is not an empty header");
        assertEquals(List.of("Hourly", "Monthly"), d.select("thead th[scope=col]").eachText());
        assertEquals("Step A", d.select("tbody th[scope=row]").text());
        assertEquals(List.of("$17.85", "$3,100"), d.select("tbody td").eachText());
    }
}
