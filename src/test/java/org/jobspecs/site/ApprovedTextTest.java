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
        List<BlockView> blocks = ApprovedText.blocks(List.of(new Block.Paragraph(List.of(del("gone")), 1)), "Definition");
        assertTrue(blocks.isEmpty());
        assertEquals(1, ApprovedText.redline(List.of(new Block.Paragraph(List.of(del("gone")), 1)), "Definition").size());
    }

    @Test
    void deletedItemsTakeNoNumberAndAContinuedListCarriesOn() {
        Block.ItemList first = new Block.ItemList(true, false, List.of(item(t("one")), item(del("two")), item(t("three"))), 1);
        Block.ItemList second = new Block.ItemList(true, true, List.of(item(t("four"))), 5);
        List<BlockView> approved = ApprovedText.blocks(List.of(first, new Block.Subheading(List.of(t("Other")), 4), second), "Duties");
        BlockView.ItemList a = (BlockView.ItemList) approved.get(0);
        assertEquals(List.of(1, 2), a.items().stream().map(BlockView.Item::number).toList());
        BlockView.ItemList b = (BlockView.ItemList) approved.get(2);
        assertEquals(3, b.items().get(0).number());

        List<BlockView> redline = ApprovedText.redline(List.of(first, second), "Duties");
        BlockView.ItemList r = (BlockView.ItemList) redline.get(0);
        assertEquals(List.of(1, 0, 2), r.items().stream().map(BlockView.Item::number).toList());
        assertTrue(r.items().get(1).deleted());
        assertEquals(3, ((BlockView.ItemList) redline.get(1)).items().get(0).number());
    }

    @Test
    void aListNumberedFromOneRestartsItsNumbering() {
        Block.ItemList first = new Block.ItemList(true, false, List.of(item(t("a")), item(t("b"))), 1);
        Block.ItemList again = new Block.ItemList(true, false, List.of(item(t("c"))), 3);
        BlockView.ItemList second = (BlockView.ItemList) ApprovedText.blocks(List.of(first, again), "Duties").get(1);
        assertEquals(1, second.items().get(0).number());
    }

    @Test
    void marksAreFoundInsideEmphasisAndLinks() {
        assertTrue(ApprovedText.hasMarks(List.of(new Inline.Emphasis(List.of(del("x"))))));
        assertFalse(ApprovedText.hasMarks(List.of(new Inline.Link("https://x.test", List.of(t("x"))))));
    }

    static List<Inline> cell(Inline... content) {
        return List.of(content);
    }

    /** Steps A–C; the change raised A's amount and deleted row B. */
    static Block.Table steps() {
        return new Block.Table(List.of(
                List.of(cell(t("Step")), cell(t("Monthly"))),
                List.of(cell(t("A")), cell(del("$3,000"), ins("$3,100"))),
                List.of(cell(del("B")), cell(del("$3,255"))),
                List.of(cell(t("C")), cell(t("$3,417.75")))), 7);
    }

    @Test
    void aTableKeepsItsHeaderAndLosesTheRowsTheChangeEmptied() {
        List<BlockView> approved = ApprovedText.blocks(List.of(steps()), "Salary Steps");
        BlockView.Table table = (BlockView.Table) approved.get(0);
        assertEquals(List.of(cell(t("Step")), cell(t("Monthly"))), table.head());
        assertEquals(List.of(List.of(cell(t("A")), cell(t("$3,100"))), List.of(cell(t("C")), cell(t("$3,417.75")))), table.rows());
        assertEquals("Salary Steps table", table.label());
        assertFalse(table.rowHeaders());

        BlockView.Table redline = (BlockView.Table) ApprovedText.redline(List.of(steps()), "Changes to Salary Steps").get(0);
        assertEquals(3, redline.rows().size(), "the redline keeps the deleted row");
        assertEquals(cell(del("$3,000"), ins("$3,100")), redline.rows().get(0).get(1));
        assertEquals("Changes to Salary Steps table", redline.label());
        assertTrue(ApprovedText.hasMarks(steps()));
    }

    @Test
    void aTableTheChangeEmptiedIsLeftOutAndTablesAreNamedInOrder() {
        Block.Table gone = new Block.Table(List.of(List.of(cell(del("Old"))), List.of(cell(del("x")))), 1);
        assertTrue(ApprovedText.blocks(List.of(gone), "Notes").isEmpty());
        List<BlockView> two = ApprovedText.blocks(List.of(steps(), new Block.Paragraph(List.of(t("Then:")), 9), steps()), "Salary Steps");
        assertEquals("Salary Steps table 2", ((BlockView.Table) two.get(2)).label());
    }

    @Test
    void anEmptyFirstHeaderCellMakesTheFirstColumnRowHeaders() {
        Block.Table grid = new Block.Table(List.of(
                List.of(cell(), cell(t("Hourly")), cell(t("Monthly"))),
                List.of(cell(t("Step A")), cell(t("$17.85")), cell(t("$3,100")))), 1);
        assertTrue(((BlockView.Table) ApprovedText.blocks(List.of(grid), "Pay").get(0)).rowHeaders());
    }

    @Test
    void theWordsOfATableAreTheSectionsText() {
        SectionView s = new SectionView("salary-steps", List.of(t("Salary Steps")), "Salary Steps",
                ApprovedText.blocks(List.of(new Block.Paragraph(List.of(t("Paid monthly.")), 5), steps()), "Salary Steps"));
        assertEquals("Paid monthly. Step Monthly A $3,100 C $3,417.75", s.text());
    }

    /**
     * Issue 15: the words of approved block views are read without resolving their (already approved)
     * inlines again; they must be what resolving them again gave, on random text with marks, runs of
     * spaces and tabs, and nested emphasis, strong text, links and line breaks.
     */
    @Test
    void wordsOfApprovedBlocksAreWhatResolvingThemAgainGave() {
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 500; round++) {
            List<Block> blocks = new java.util.ArrayList<>();
            for (int b = random.nextInt(4); b >= 0; b--) {
                blocks.add(random.nextInt(4) == 0 ? new Block.Subheading(randomInlines(random, 2), 1)
                        : new Block.Paragraph(randomInlines(random, 2), 1));
            }
            List<BlockView> views = ApprovedText.blocks(blocks, "Duties");
            StringBuilder expected = new StringBuilder();
            for (BlockView v : views) {
                List<Inline> content = v instanceof BlockView.Paragraph p ? p.content() : ((BlockView.Subheading) v).content();
                expected.append(ApprovedText.plain(content)).append(' ');
            }
            StringBuilder actual = new StringBuilder();
            ApprovedText.blockWords(views, actual);
            assertEquals(expected.toString(), actual.toString(), blocks.toString());
        }
    }

    private static List<Inline> randomInlines(java.util.Random random, int depth) {
        String[] words = {"plans", " ", "  ", "\t", "work ", " of", "staff.", "", " \t "};
        List<Inline> out = new java.util.ArrayList<>();
        for (int i = random.nextInt(5); i >= 0; i--) {
            int kind = depth == 0 ? 0 : random.nextInt(8);
            switch (kind) {
                case 1 -> out.add(new Inline.Deleted(randomInlines(random, depth - 1)));
                case 2 -> out.add(new Inline.Inserted(randomInlines(random, depth - 1)));
                case 3 -> out.add(new Inline.Emphasis(randomInlines(random, depth - 1)));
                case 4 -> out.add(new Inline.Strong(randomInlines(random, depth - 1)));
                case 5 -> out.add(new Inline.Link("#x", randomInlines(random, depth - 1)));
                case 6 -> out.add(new Inline.LineBreak());
                default -> out.add(t(words[random.nextInt(words.length)] + words[random.nextInt(words.length)]));
            }
        }
        return out;
    }

    /**
     * Issue 15: the words of approved inlines are read without resolving them again
     * ({@code approvedPlain}), which holds because resolving approved inlines gives them back (the
     * tidying is idempotent): checked on random inlines with marks, spaces, tabs and line breaks.
     */
    @Test
    void issue15ResolvingTheApprovedTextAgainGivesItBack() {
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 20_000; n++) {
            List<Inline> in = randomInlines(random, 2);
            List<Inline> approved = ApprovedText.inlines(in);
            assertEquals(approved, ApprovedText.inlines(approved), in.toString());
            assertEquals(ApprovedText.plain(in), ApprovedText.approvedPlain(approved), in.toString());
        }
    }
}
