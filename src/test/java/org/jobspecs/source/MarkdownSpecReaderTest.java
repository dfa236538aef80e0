package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;

class MarkdownSpecReaderTest {

    static final Location FILE = Location.file("content/x.md");

    record Read(List<Section> sections, List<Problem> problems) { }

    /** Reads a body that starts on line 5 of its file. */
    static Read read(String body) {
        Problems problems = new Problems();
        List<Section> sections = MarkdownSpecReader.read(body, 5, "Park Ranger", SectionAliases.builtIn(), FILE, problems);
        return new Read(sections, problems.sorted());
    }

    @Test
    void headingsMapToCanonicalSectionsAndKeepTheirLines() {
        Read r = read("# Park Ranger\n\n## Essential Functions\n\n1. Patrols.\n\n## Odd Heading\n\nText.\n");
        assertEquals(2, r.sections().size(), "a level-1 heading repeating the title is not a section");
        assertEquals(SectionKind.EXAMPLES_OF_DUTIES, r.sections().get(0).kind());
        assertEquals(7, r.sections().get(0).line());
        assertEquals(null, r.sections().get(1).kind());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void deletionAndInsertionMarksBecomeTheRedline() {
        Read r = read("## Definition\n\nUnder ~~close~~[general](#) supervision.\n");
        Block.Paragraph p = (Block.Paragraph) r.sections().get(0).blocks().get(0);
        assertEquals(List.of(new Inline.Text("Under "), new Inline.Deleted(List.of(new Inline.Text("close"))),
                new Inline.Inserted(List.of(new Inline.Text("general"))), new Inline.Text(" supervision.")), p.content());
    }

    @Test
    void aListNumberedFromAboveOneContinues() {
        Read r = read("## Duties\n\n1. One.\n\n### Other Duties\n\n2. Two.\n");
        List<Block> blocks = r.sections().get(0).blocks();
        assertEquals(false, ((Block.ItemList) blocks.get(0)).continues());
        assertTrue(blocks.get(1) instanceof Block.Subheading);
        assertEquals(true, ((Block.ItemList) blocks.get(2)).continues());
    }

    @Test
    void rawHtmlIsTextWithANotice() {
        Read r = read("## Definition\n\nSee <b>this</b>.\n\n<script>alert(1)</script>\n");
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().map(p -> p.format().split(" — ")[0]).toList()
                .contains("content/x.md:7: notice: raw HTML \"<b>\" is shown as text, not as markup"), r.problems().toString());
        Block.Paragraph script = (Block.Paragraph) r.sections().get(0).blocks().get(1);
        assertEquals(List.of(new Inline.Text("<script>alert(1)</script>")), script.content());
    }

    @Test
    void anUnsafeLinkIsAnErrorAndItsTextIsKept() {
        Read r = read("## Definition\n\nA [trap](javascript:alert(1)) and [ok](https://example.test).\n");
        assertEquals(1, r.problems().size());
        assertEquals("content/x.md:7: error: link to \"javascript:alert(1)\" uses an unsafe scheme", r.problems().get(0).format().split(" — ")[0]);
        Block.Paragraph p = (Block.Paragraph) r.sections().get(0).blocks().get(0);
        assertTrue(p.content().contains(new Inline.Link("https://example.test", List.of(new Inline.Text("ok")))));
        assertTrue(p.content().get(0) instanceof Inline.Text t && t.text().contains("trap"));
    }

    @Test
    void textBeforeTheFirstHeadingIsAnError() {
        Read r = read("Stray words.\n\n## Definition\n\nText.\n");
        assertEquals("content/x.md:5: error: text before the first section heading", r.problems().get(0).format().split(" — ")[0]);
    }

    @Test
    void anUnclosedDeletionIsAnError() {
        Read r = read("## Definition\n\nUnder ~~close supervision.\n");
        assertTrue(r.problems().get(0).format().startsWith("content/x.md:7: error: unbalanced deletion mark"), r.problems().toString());
    }

    @Test
    void aSiteAliasNamesItsSection() {
        Problems problems = new Problems();
        SectionAliases site = SectionAliases.builtIn().with(SectionKind.EXAMPLES_OF_DUTIES, "Tasks Performed");
        List<Section> sections = MarkdownSpecReader.read("## Tasks Performed:\n\n1. Patrols.\n", 5, "Park Ranger", site, FILE, problems);
        assertEquals(SectionKind.EXAMPLES_OF_DUTIES, sections.get(0).kind());
        assertEquals(null, read("## Tasks Performed\n\nText.\n").sections().get(0).kind(), "not a built-in name");
    }

    @Test
    void aPipeTableBecomesATableWhoseCellsKeepTheirMarks() {
        Read r = read("## Salary Steps\n\nPaid monthly.\n\n| Step | Monthly |\n|------|--------:|\n"
                + "| A | ~~$3,000~~[$3,100](#) |\n| B | *$3,255* and [more](https://x.test/b) |\n| C |\n");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Block.Table t = (Block.Table) r.sections().get(0).blocks().get(1);
        assertEquals(9, t.line());
        assertEquals(List.of(List.of(new Inline.Text("Step")), List.of(new Inline.Text("Monthly"))), t.rows().get(0), "the header row first");
        assertEquals(4, t.rows().size());
        assertEquals(List.of(new Inline.Deleted(List.of(new Inline.Text("$3,000"))), new Inline.Inserted(List.of(new Inline.Text("$3,100")))),
                t.rows().get(1).get(1));
        assertEquals(List.of(new Inline.Emphasis(List.of(new Inline.Text("$3,255"))), new Inline.Text(" and "),
                new Inline.Link("https://x.test/b", List.of(new Inline.Text("more")))), t.rows().get(2).get(1));
        assertEquals(List.of(List.of(new Inline.Text("C")), List.of()), t.rows().get(3), "a short row is padded with empty cells");
    }

    @Test
    void aMarkInATableCellIsCheckedOnItsRow() {
        Read r = read("## Certificates\n\n| Certificate | Within |\n|---|---|\n| First aid | one month |\n| CPR | [six months](javascript:x()) |\n");
        assertEquals("content/x.md:10: error: link to \"javascript:x()\" uses an unsafe scheme", r.problems().get(0).format().split(" — ")[0]);
    }

    @Test
    void anUnplacedHeadingIsAnErrorAtItsLine() {
        Read r = read("## Definition\n\nText.\n\n## Unplaced\n\nStray words.\n\n## Knowledge\n\n### unplaced:\n\nMore.\n");
        String fix = " — move each paragraph under the section where it belongs (or delete it), then remove the \"Unplaced\" heading";
        assertEquals(List.of("content/x.md:9: error: imported text under \"Unplaced\" has not been placed yet" + fix,
                        "content/x.md:15: error: imported text under \"Unplaced\" has not been placed yet" + fix),
                r.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void onlyTheHeadingUnplacedItselfIsAnError() {
        assertTrue(read("## Unplaced Duties\n\nText.\n\n## Definition\n\nNot unplaced.\n").problems().isEmpty());
    }
}
