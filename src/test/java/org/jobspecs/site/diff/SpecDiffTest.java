package org.jobspecs.site.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;

/** Issue 14: two versions of a spec compared section by section, block by block, word by word. */
class SpecDiffTest {

    static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    static Block p(String s) {
        return new Block.Paragraph(text(s), 1);
    }

    static Block.ListItem item(String s) {
        return new Block.ListItem(List.of(p(s)), 1);
    }

    static Block list(String... items) {
        return new Block.ItemList(false, false, java.util.Arrays.stream(items).map(SpecDiffTest::item).toList(), 1);
    }

    static Section section(SectionKind kind, String heading, Block... blocks) {
        return new Section(kind, text(heading), List.of(blocks), 1);
    }

    static String show(Block b) {
        if (b instanceof Block.Paragraph p) {
            return WordsTest.show(p.content());
        }
        if (b instanceof Block.ItemList l) {
            return String.join(" | ", l.items().stream().map(i -> String.join(" ", i.blocks().stream().map(SpecDiffTest::show).toList())).toList());
        }
        Block.Table t = (Block.Table) b;
        return String.join(" / ", t.rows().stream().map(r -> String.join(" ; ", r.stream().map(WordsTest::show).toList())).toList());
    }

    static final Section DEFINITION = section(SectionKind.DEFINITION, "Definition", p("Under general supervision, performs clerical work."));
    static final Section KNOWLEDGE = section(SectionKind.KNOWLEDGE, "Knowledge of", list("Office practices.", "Filing systems."));
    static final Section NOTE = section(null, "Note", p("Some positions work evenings."));

    @Test
    void theSameTextIsTheSameVersion() {
        Comparison c = SpecDiff.compare(List.of(DEFINITION, KNOWLEDGE), List.of(DEFINITION, KNOWLEDGE));
        assertTrue(c.same());
        assertEquals(0, c.added() + c.removed());
        assertEquals(List.of("Definition", "Knowledge of"), c.named(SectionChange.Status.UNCHANGED));
    }

    @Test
    void aChangedParagraphIsMarkedWordByWord() {
        Section newer = section(SectionKind.DEFINITION, "Definition", p("Under direction, performs complex clerical work."));
        Comparison c = SpecDiff.compare(List.of(DEFINITION, KNOWLEDGE), List.of(newer, KNOWLEDGE));
        assertEquals(List.of("Definition"), c.named(SectionChange.Status.CHANGED));
        assertEquals("Under [-general supervision-] {+direction+}, performs {+complex+} clerical work.",
                show(c.sections().get(0).section().blocks().get(0)));
        assertEquals(2, c.added());
        assertEquals(2, c.removed());
    }

    @Test
    void sectionsAreMatchedByKindEvenWhenTheHeadingIsRenamed() {
        Section renamed = section(SectionKind.KNOWLEDGE, "Knowledge", list("Office practices.", "Filing systems."));
        Comparison c = SpecDiff.compare(List.of(KNOWLEDGE), List.of(renamed));
        SectionChange k = c.sections().get(0);
        assertEquals(SectionChange.Status.CHANGED, k.status());
        assertEquals("Knowledge", k.name());
        assertEquals("Knowledge [-of-]", WordsTest.show(k.section().heading()));
        assertEquals(1, c.removed());
    }

    @Test
    void addedAndRemovedSectionsShowWhole() {
        Section licences = section(SectionKind.LICENSES_AND_CERTIFICATES, "Licenses", p("A valid driver's license."));
        Comparison c = SpecDiff.compare(List.of(DEFINITION, NOTE), List.of(DEFINITION, licences));
        assertEquals(List.of("Note"), c.named(SectionChange.Status.REMOVED));
        assertEquals(List.of("Licenses"), c.named(SectionChange.Status.ADDED));
        SectionChange removed = c.sections().get(1);
        assertEquals("[-Some positions work evenings.-]", show(removed.section().blocks().get(0)));
        assertEquals("[-Note-]", WordsTest.show(removed.section().heading()));
        assertEquals("{+A valid driver's license.+}", show(c.sections().get(2).section().blocks().get(0)));
        assertEquals(4, c.added());
        assertEquals(4, c.removed());
    }

    @Test
    void aMovedSectionIsComparedWhereTheNewerVersionHasIt() {
        Comparison c = SpecDiff.compare(List.of(KNOWLEDGE, DEFINITION), List.of(DEFINITION, KNOWLEDGE));
        assertEquals(List.of("Definition", "Knowledge of"), c.sections().stream().map(SectionChange::name).toList());
        assertTrue(c.same());
    }

    @Test
    void listItemsAreAddedRemovedOrChanged() {
        Section newer = section(SectionKind.KNOWLEDGE, "Knowledge of", list("Modern office practices.", "Customer service.", "Filing systems."));
        Comparison c = SpecDiff.compare(List.of(KNOWLEDGE), List.of(newer));
        assertEquals("[-Office-] {+Modern office+} practices. | {+Customer service.+} | Filing systems.",
                show(c.sections().get(0).section().blocks().get(0)));
        Section fewer = section(SectionKind.KNOWLEDGE, "Knowledge of", list("Filing systems."));
        assertEquals("[-Office practices.-] | Filing systems.",
                show(SpecDiff.compare(List.of(KNOWLEDGE), List.of(fewer)).sections().get(0).section().blocks().get(0)));
    }

    @Test
    void aRewrittenParagraphShowsAsRemovedAndAddedNotInterleaved() {
        Section newer = section(SectionKind.DEFINITION, "Definition", p("Plans and directs a municipal utility's operations."));
        Comparison c = SpecDiff.compare(List.of(DEFINITION), List.of(newer));
        List<Block> blocks = c.sections().get(0).section().blocks();
        assertEquals(2, blocks.size());
        assertEquals("[-Under general supervision, performs clerical work.-]", show(blocks.get(0)));
        assertEquals("{+Plans and directs a municipal utility's operations.+}", show(blocks.get(1)));
    }

    @Test
    void tableCellsAreComparedRowByRow() {
        Block older = new Block.Table(List.of(List.of(text("Step"), text("Rate")), List.of(text("A"), text("$20.00")), List.of(text("B"), text("$21.00"))), 1);
        Block newer = new Block.Table(List.of(List.of(text("Step"), text("Rate")), List.of(text("A"), text("$22.00")), List.of(text("B"), text("$21.00")),
                List.of(text("C"), text("$23.00"))), 1);
        Comparison c = SpecDiff.compare(List.of(section(null, "Pay", older)), List.of(section(null, "Pay", newer)));
        assertEquals("Step ; Rate / A ; $[-20.00-] {+22.00+} / B ; $21.00 / {+C+} ; {+$23.00+}", show(c.sections().get(0).section().blocks().get(0)));
    }

    @Test
    void aRedlineIsComparedAsApproved() {
        Section redline = new Section(SectionKind.DEFINITION, text("Definition"), List.of(new Block.Paragraph(List.of(
                new Inline.Text("Under general supervision, performs "), new Inline.Deleted(text("routine ")), new Inline.Inserted(text("clerical ")),
                new Inline.Text("work.")), 1)), 1);
        Comparison c = SpecDiff.compare(List.of(DEFINITION), List.of(redline));
        assertTrue(c.same(), () -> c.sections().toString());
        assertFalse(WordsTest.show(((Block.Paragraph) c.sections().get(0).section().blocks().get(0)).content()).contains("[-"));
    }

    @Test
    void anUnknownHeadingRenamedIsTheSameSectionWhenItsWordsStayed() {
        Section renamed = section(null, "Notes", p("Some positions work evenings and weekends."));
        Comparison c = SpecDiff.compare(List.of(NOTE), List.of(renamed));
        assertEquals(List.of("Notes"), c.named(SectionChange.Status.CHANGED));
        assertEquals("Some positions work evenings {+and weekends+}.", show(c.sections().get(0).section().blocks().get(0)));
    }

    @Test
    void alignmentPairsTheAlikeInOrderAndPutsRemovalsFirst() {
        List<int[]> steps = SpecDiff.align(List.of("a b c", "x y z"), List.of("q r s", "a b c d"), (i, j) -> true);
        assertEquals(List.of("-1,0", "0,1", "1,-1"), steps.stream().map(s -> s[0] + "," + s[1]).toList());
    }
}
