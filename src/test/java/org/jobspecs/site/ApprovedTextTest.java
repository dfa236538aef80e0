package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

class ApprovedTextTest {

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    static Inline.Deleted del(String s) {
        return new Inline.Deleted(List.of(t(s)));
    }

    static Inline.Inserted ins(String s) {
        return new Inline.Inserted(List.of(t(s)));
    }

    static Block.ListItem item(Inline... content) {
        return new Block.ListItem(List.of(new Block.Paragraph(List.of(content), 1)), 1);
    }

    @Test
    void deletionsAreDroppedAndInsertionsKeptAsPlainText() {
        List<Inline> approved = ApprovedText.inlines(List.of(t("the "), del("old"), ins("new"), t(" one")));
        assertEquals(List.of(t("the new one")), approved);
    }

    @Test
    void spacingLeftByADeletionIsTidied() {
        assertEquals("a c", ApprovedText.plain(List.of(t("a "), del("b"), t(" c"))));
        assertEquals("Maintains records.", ApprovedText.plain(List.of(del("8."), t(" Maintains records."))));
    }

    @Test
    void aParagraphTheChangeEmptiedIsLeftOut() {
        List<BlockView> blocks = ApprovedText.blocks(List.of(new Block.Paragraph(List.of(del("gone")), 1)));
        assertTrue(blocks.isEmpty());
        assertEquals(1, ApprovedText.redline(List.of(new Block.Paragraph(List.of(del("gone")), 1))).size());
    }

    @Test
    void deletedItemsTakeNoNumberAndAContinuedListCarriesOn() {
        Block.ItemList first = new Block.ItemList(true, false, List.of(item(t("one")), item(del("two")), item(t("three"))), 1);
        Block.ItemList second = new Block.ItemList(true, true, List.of(item(t("four"))), 5);
        List<BlockView> approved = ApprovedText.blocks(List.of(first, new Block.Subheading(List.of(t("Other")), 4), second));
        BlockView.ItemList a = (BlockView.ItemList) approved.get(0);
        assertEquals(List.of(1, 2), a.items().stream().map(BlockView.Item::number).toList());
        BlockView.ItemList b = (BlockView.ItemList) approved.get(2);
        assertEquals(3, b.items().get(0).number());

        List<BlockView> redline = ApprovedText.redline(List.of(first, second));
        BlockView.ItemList r = (BlockView.ItemList) redline.get(0);
        assertEquals(List.of(1, 0, 2), r.items().stream().map(BlockView.Item::number).toList());
        assertTrue(r.items().get(1).deleted());
        assertEquals(3, ((BlockView.ItemList) redline.get(1)).items().get(0).number());
    }

    @Test
    void aListNumberedFromOneRestartsItsNumbering() {
        Block.ItemList first = new Block.ItemList(true, false, List.of(item(t("a")), item(t("b"))), 1);
        Block.ItemList again = new Block.ItemList(true, false, List.of(item(t("c"))), 3);
        BlockView.ItemList second = (BlockView.ItemList) ApprovedText.blocks(List.of(first, again)).get(1);
        assertEquals(1, second.items().get(0).number());
    }

    @Test
    void marksAreFoundInsideEmphasisAndLinks() {
        assertTrue(ApprovedText.hasMarks(List.of(new Inline.Emphasis(List.of(del("x"))))));
        assertFalse(ApprovedText.hasMarks(List.of(new Inline.Link("https://x.test", List.of(t("x"))))));
    }
}
