package org.jobspecs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: both texts of a redline; the previous one is the current one the other way round. */
class RedlineTest {

    private static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    private static Inline.Deleted del(String s) {
        return new Inline.Deleted(List.of(t(s)));
    }

    private static Inline.Inserted ins(String s) {
        return new Inline.Inserted(List.of(t(s)));
    }

    private static Block.Paragraph para(Inline... content) {
        return new Block.Paragraph(List.of(content), 1);
    }

    private static Block.ListItem item(Inline... content) {
        return new Block.ListItem(List.of(para(content)), 1);
    }

    private static Section section(String heading, Block... blocks) {
        return new Section(null, List.of(t(heading)), List.of(blocks), 1);
    }

    @Test
    void thePreviousTextKeepsDeletionsAndDropsInsertions() {
        List<Inline> line = List.of(t("the "), del("old"), ins("new"), t(" one"));
        assertEquals(List.of(t("the old one")), Redline.inlines(line, Redline.Side.PREVIOUS));
        assertEquals(List.of(t("the new one")), Redline.inlines(line, Redline.Side.CURRENT));
    }

    @Test
    void spacingLeftByADroppedInsertionIsTidied() {
        assertEquals(List.of(t("a c")), Redline.inlines(List.of(t("a "), ins("b"), t(" c")), Redline.Side.PREVIOUS));
        assertEquals(List.of(t("Ends here.")), Redline.inlines(List.of(t("Ends here. "), ins("Added.")), Redline.Side.PREVIOUS));
    }

    @Test
    void marksInsideEmphasisAndLinksResolveToo() {
        List<Inline> line = List.of(new Inline.Strong(List.of(del("Old"), ins("New"))), t(" "),
                new Inline.Link("https://x.test/", List.of(t("see "), ins("this"))));
        assertEquals(List.of(new Inline.Strong(List.of(t("Old"))), t(" "), new Inline.Link("https://x.test/", List.of(t("see")))),
                Redline.inlines(line, Redline.Side.PREVIOUS));
    }

    @Test
    void whatTheChangeAddedWholeIsNotInThePreviousText() {
        List<Section> sections = List.of(
                section("Definition", para(t("Performs work.")), para(ins("A new paragraph."))),
                section("Duties", new Block.ItemList(false, false, List.of(item(t("kept")), item(ins("added duty"))), 1)),
                new Section(null, List.of(ins("Licence")), List.of(para(ins("A licence is required."))), 9));
        List<Section> previous = Redline.sections(sections, Redline.Side.PREVIOUS);
        assertEquals(2, previous.size(), "a section added whole, heading included, was not there before");
        assertEquals(List.of(para(t("Performs work."))), previous.get(0).blocks());
        Block.ItemList duties = (Block.ItemList) previous.get(1).blocks().get(0);
        assertEquals(1, duties.items().size());
        assertEquals(3, Redline.sections(sections, Redline.Side.CURRENT).size());
    }

    @Test
    void whatTheChangeDeletedWholeIsThePreviousText() {
        List<Section> sections = List.of(section("Other Requirements", para(del("A driver's licence is required."))));
        assertEquals(List.of(section("Other Requirements", para(t("A driver's licence is required.")))),
                Redline.sections(sections, Redline.Side.PREVIOUS));
        assertTrue(Redline.sections(sections, Redline.Side.CURRENT).isEmpty());
    }

    @Test
    void aNumberStruckFromAnItemsStartIsNumberingNotWords() {
        Block.ItemList list = new Block.ItemList(true, false, List.of(item(del("8."), t(" Maintains records.")),
                item(del("8-9."), t(" Provides feedback.")), item(t("Keeps "), del("8."), t(" copies."))), 1);
        Block.ItemList previous = (Block.ItemList) Redline.blocks(List.of(list), Redline.Side.PREVIOUS).get(0);
        assertEquals(List.of(para(t("Maintains records."))), previous.items().get(0).blocks());
        assertEquals(List.of(para(t("Provides feedback."))), previous.items().get(1).blocks());
        assertEquals(List.of(para(t("Keeps 8. copies."))), previous.items().get(2).blocks(), "only at the item's start");
    }

    @Test
    void tableRowsTheChangeAddedAreLeftOutTheHeaderRowStays() {
        Block.Table table = new Block.Table(List.of(
                List.of(List.of(t("Step")), List.of(t("Rate"))),
                List.of(List.of(t("A")), List.of(del("$20"), ins("$21"))),
                List.of(List.of(ins("B")), List.of(ins("$22")))), 3);
        Block.Table previous = (Block.Table) Redline.blocks(List.of(table), Redline.Side.PREVIOUS).get(0);
        assertEquals(List.of(List.of(List.of(t("Step")), List.of(t("Rate"))), List.of(List.of(t("A")), List.of(t("$20")))), previous.rows());
    }

    @Test
    void marksAreFoundInHeadingsAndNestedBlocks() {
        assertFalse(Redline.anyMarks(List.of(section("Definition", para(t("plain"))))));
        assertTrue(Redline.anyMarks(List.of(new Section(null, List.of(t("A"), ins("B")), List.of(para(t("x"))), 1))));
        Block.ListItem nested = new Block.ListItem(List.of(para(t("x")),
                new Block.ItemList(false, false, List.of(item(t("y"), del("z"))), 2)), 1);
        assertTrue(Redline.anyMarks(List.of(section("Duties", new Block.ItemList(false, false, List.of(nested), 1)))));
    }
}
