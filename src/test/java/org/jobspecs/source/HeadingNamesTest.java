package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;

/** Issue 15: what headings name, remembered, is what the aliases say, also beyond the memo's limit. */
class HeadingNamesTest {

    private static final List<String> HEADINGS = List.of("Definition", "EXAMPLES OF DUTIES:", "Tasks Performed", "Unplaced",
            " unplaced: ", "Odd Heading", "Knowledge, Skills and Abilities", "", "Unplaced text");

    @Test
    void rememberedAnswersAreTheAliases() {
        SectionAliases aliases = SectionAliases.builtIn().with(SectionKind.DEFINITION, "Scope of the Work");
        HeadingNames names = new HeadingNames(aliases);
        for (int round = 0; round < 3; round++) {
            for (String h : HEADINGS) {
                assertEquals(aliases.forHeading(h), names.kind(h), h);
                assertEquals(SectionAliases.isUnplaced(h), names.isUnplaced(h), h);
            }
            assertEquals(Optional.of(SectionKind.DEFINITION), names.kind("scope of the work"));
        }
        assertTrue(names.isUnplaced("Unplaced"));
        assertFalse(names.isUnplaced("Unplaced text"));
    }

    @Test
    void beyondTheLimitHeadingsAreWorkedOutEachTime() {
        HeadingNames names = new HeadingNames(SectionAliases.builtIn());
        for (int i = 0; i < HeadingNames.LIMIT + 10; i++) {
            assertEquals(Optional.empty(), names.kind("Heading " + i));
        }
        assertEquals(Optional.of(SectionKind.DEFINITION), names.kind("Definition"));
        assertTrue(names.isUnplaced("UNPLACED:"));
    }
}
