package org.jobspecs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jobspecs.site.BlockView;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    private static String html(BlockView... blocks) {
        StringBuilder out = new StringBuilder();
        BodyHtml.blocks(List.of(blocks), 3, out);
        return out.toString();
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
        StringBuilder out = new StringBuilder();
        BodyHtml.blocks(List.of(new BlockView.Subheading(List.of(new Inline.Text("Other"))),
                new BlockView.Paragraph(List.of(new Inline.Link("https://x.test/?a=1&b=\"2\"", List.of(new Inline.Text("x")))))), 4, out);
        assertEquals("<h4>Other</h4>\n<p><a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">x</a></p>\n", out.toString());
    }
}
