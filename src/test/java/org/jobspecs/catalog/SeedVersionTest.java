package org.jobspecs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.PlainText;
import org.jobspecs.spec.Redline;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the seed (approved 7/1/09, revised October 8, 2025) carries both texts in its redline;
 * its 2009 version is reconstructed word for word. The golden file was checked by hand against the
 * seed: every struck word is in 2009's text, every inserted word only in 2025's.
 */
class SeedVersionTest {

    private static final Path SEED = Path.of("content/lead-customer-service-representative-7565.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/versions/7565-2009-07-01.txt");

    private static SpecSource seed() throws Exception {
        Problems problems = new Problems();
        SpecSource spec = new SpecReader("City of Alameda", SectionAliases.builtIn())
                .read(Files.readAllBytes(SEED), Location.file("content/" + SEED.getFileName()), problems).orElseThrow();
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return spec;
    }

    private static SpecVersion version() throws Exception {
        Problems problems = new Problems();
        List<SpecVersion> versions = new Versions(List.of(), List.of(new ClassCode("7565")), problems).of(new ClassCode("7565"), seed());
        assertEquals(1, versions.size(), "one earlier version: the redline's");
        return versions.get(0);
    }

    @Test
    void issue14_theSeedsRedlineGivesIts2009VersionDatedByItsHistory() throws Exception {
        SpecVersion v = version();
        assertEquals(new Approval("CSB", LocalDate.of(2009, 7, 1)), v.approval());
        assertEquals(VersionOrigin.REDLINE, v.origin());
        assertEquals("content/lead-customer-service-representative-7565.txt", v.source());
        assertFalse(Redline.anyMarks(v.sections()), "plain approved text, no redline marks");
    }

    @Test
    void issue14_the2009TextMatchesTheGoldenFileWordForWord() throws Exception {
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertEquals(expected, PlainText.of(version().sections()));
    }

    @Test
    void issue14_struckWordsAreIn2009AndInsertedWordsOnlyIn2025() throws Exception {
        String before = PlainText.of(version().sections());
        String now = PlainText.of(Redline.sections(seed().sections(), Redline.Side.CURRENT));
        assertTrue(before.contains("at the direction of, the Assistant General Manager – Customer Services or designee."));
        assertFalse(before.contains("Customer Services Supervisor"));
        assertTrue(now.contains("at the direction of, the Customer Services Supervisor or designee."));
        assertFalse(now.contains("Assistant General Manager"));
        // The duty struck whole was a duty in 2009; the numbers typed before two items were numbering, not words.
        assertTrue(before.contains("1. Performs related work as required.\n"));
        assertFalse(now.contains("Performs related work as required."));
        assertTrue(before.contains("1. Maintains a variety of records"));
        assertTrue(before.contains("1. Provide feedback from customer contact"));
        assertFalse(before.contains("8-9."));
        // The section the change deleted whole was part of 2009's text, heading included.
        assertTrue(before.contains("## Other Requirements\nSelected positions require possession of a valid California Driver's License"));
        assertFalse(now.contains("Other Requirements"));
        // Whatever the change did not touch is the same in both.
        assertEquals(strip(now, "Customer Services Supervisor"), strip(withoutChanges(before), "Assistant General Manager – Customer Services"));
    }

    /** 2009's text without what only 2009 had. */
    private static String withoutChanges(String before) {
        return before.replace("1. Performs related work as required.\n", "")
                .replaceAll("(?s)## Other Requirements\n.*", "");
    }

    private static String strip(String text, String phrase) {
        return text.replace(phrase, "");
    }
}
