package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.spec.SpecSource;
import org.junit.jupiter.api.Test;

class WordExportReaderTest {

    static final Location FILE = Location.file("content/x.txt");

    record Read(SpecSource spec, List<Problem> problems) { }

    static Read read(String text) {
        Problems problems = new Problems();
        SpecSource spec = WordExportReader.read(text, "City of Example", SectionAliases.builtIn(), FILE, problems).orElse(null);
        return new Read(spec, problems.sorted());
    }

    static final String HEADER = "City of Example\nCode No. 4410\nApproved by CSB:\n~~3/2/15~~[January 9, 2024](#)\n\nPARK RANGER\n\n";

    @Test
    void theHeaderGivesCodeTitleAndApprovals() {
        Read r = read(HEADER + "DEFINITION\n\nPatrols parks.\n");
        assertEquals("4410", r.spec().fields().get(RegisterField.CODE).value());
        assertEquals("PARK RANGER", r.spec().fields().get(RegisterField.TITLE).value());
        assertEquals(new Approval("CSB", LocalDate.of(2024, 1, 9)), r.spec().approval());
        assertEquals(List.of(new Approval("CSB", LocalDate.of(2015, 3, 2))), r.spec().history());
        assertEquals(SectionKind.DEFINITION, r.spec().sections().get(0).kind());
    }

    @Test
    void anotherAgencysSpecIsAnError() {
        Read r = read("City of Elsewhere\nCode No. 1\nAPPRAISER\n\nDEFINITION\n\nText.\n");
        assertEquals("content/x.txt:1: error: the agency line says \"City of Elsewhere\" but site.agency is \"City of Example\"",
                r.problems().get(0).format().split(" — ")[0]);
    }

    @Test
    void anUnknownCapitalisedHeadingKeepsItsNameInTitleCase() {
        Read r = read(HEADER + "SUPERVISION RECEIVED AND EXERCISED\n\nReceives direction from the Park Supervisor.\n");
        assertNull(r.spec().sections().get(0).kind());
        assertEquals("Supervision Received and Exercised", WordExportReader.plain(r.spec().sections().get(0).heading()));
    }

    @Test
    void aParagraphIsJoinedOnlyAcrossRemovedFurniture() {
        Read joined = read(HEADER + "ABILITIES\n\nAbility to work with speed\n\n(OVER)\n\nand accuracy.\n");
        assertEquals(1, joined.spec().sections().get(0).blocks().size());
        Read apart = read(HEADER + "ABILITIES\n\nAbility to work with speed\n\nand accuracy.\n");
        assertEquals(2, apart.spec().sections().get(0).blocks().size(), "without a page break between, the text stays as written");
    }

    @Test
    void numberedItemsAfterASubheadingContinueTheNumbering() {
        Read r = read(HEADER + "EXAMPLES OF DUTIES\n\n1. Patrols.\n2. Reports.\n\nOther Duties:\n\n3. Performs related duties.\n");
        List<Block> blocks = r.spec().sections().get(0).blocks();
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(1) instanceof Block.Subheading);
        assertTrue(((Block.ItemList) blocks.get(2)).continues());
    }

    @Test
    void unbalancedRedlineMarksAreAnErrorWithTheirLine() {
        Read r = read(HEADER + "DEFINITION\n\nPatrols ~~parks and beaches.\n");
        Problem p = r.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("content/x.txt:10", p.location().toString());
        assertTrue(p.message().startsWith("unbalanced redline marks"));
    }

    @Test
    void aFileWithoutATitleLineIsAnError() {
        Read r = read("City of Example\nCode No. 1\n");
        assertNull(r.spec());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("no title line")), r.problems().toString());
    }

    @Test
    void textBeforeTheFirstHeadingIsAnError() {
        Read r = read(HEADER + "Some words with no heading.\n\nDEFINITION\n\nText.\n");
        assertTrue(r.problems().stream().anyMatch(p -> p.format().startsWith("content/x.txt:8: error: text before the first section heading")),
                r.problems().toString());
    }

    @Test
    void aSiteAliasMakesATitleCaseLineAHeading() {
        Problems problems = new Problems();
        SectionAliases site = SectionAliases.builtIn().with(SectionKind.EXAMPLES_OF_DUTIES, "Tasks Performed");
        SpecSource spec = WordExportReader.read(HEADER + "DEFINITION\n\nPatrols parks.\n\nTasks Performed\n\n1. Patrols.\n",
                "City of Example", site, FILE, problems).orElseThrow();
        assertEquals(2, spec.sections().size(), problems.sorted().toString());
        assertEquals(SectionKind.EXAMPLES_OF_DUTIES, spec.sections().get(1).kind());
    }
}
