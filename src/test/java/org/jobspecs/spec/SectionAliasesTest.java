package org.jobspecs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionAliasesTest {

    private static final SectionAliases BUILT_IN = SectionAliases.builtIn();

    @Test
    void builtInNamesCompareWithoutCasePunctuationOrAnd() {
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), BUILT_IN.forHeading("ESSENTIAL FUNCTIONS:"));
        assertEquals(Optional.of(SectionKind.KNOWLEDGE_SKILLS_ABILITIES), BUILT_IN.forHeading("Knowledge, Skills & Abilities"));
        assertEquals(Optional.of(SectionKind.DEFINITION), BUILT_IN.forHeading("definition"));
        assertEquals(Optional.empty(), BUILT_IN.forHeading("Supervision Received"));
    }

    /** Issue 10: variants real agencies use were not recognised; slashes, "and/or", "&", serial commas and colons defeated the table. */
    @Test
    void variantsOfRealAgenciesNameTheirSections() {
        assertEquals(Optional.of(SectionKind.EDUCATION_AND_EXPERIENCE), BUILT_IN.forHeading("Education/Experience"));
        assertEquals(Optional.of(SectionKind.EDUCATION_AND_EXPERIENCE), BUILT_IN.forHeading("Education And/or Experience"));
        assertEquals(Optional.of(SectionKind.EDUCATION_AND_EXPERIENCE), BUILT_IN.forHeading("EDUCATION & EXPERIENCE:"));
        assertEquals(Optional.of(SectionKind.KNOWLEDGE_SKILLS_ABILITIES), BUILT_IN.forHeading("Knowledge, Skills, and Abilities"));
        assertEquals(Optional.of(SectionKind.ABILITIES), BUILT_IN.forHeading("Skills and Abilities to"));
        assertEquals(Optional.of(SectionKind.ABILITIES), BUILT_IN.forHeading("Ability To:"));
        assertEquals(Optional.of(SectionKind.LICENSES_AND_CERTIFICATES), BUILT_IN.forHeading("Required Licenses, Certifications or Registrations"));
        assertEquals(Optional.of(SectionKind.LICENSES_AND_CERTIFICATES), BUILT_IN.forHeading("LICENCE OR CERTIFICATE"));
        assertEquals(Optional.of(SectionKind.EMPLOYMENT_STANDARDS), BUILT_IN.forHeading("Qualification Guidelines"));
        assertEquals(Optional.of(SectionKind.EMPLOYMENT_STANDARDS), BUILT_IN.forHeading("MINIMUM QUALIFICATIONS:"));
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), BUILT_IN.forHeading("Essential Functions"));
        assertEquals(Optional.of(SectionKind.DISTINGUISHING_FEATURES), BUILT_IN.forHeading("Distinguishing Characteristic"));
        assertEquals(Optional.empty(), BUILT_IN.forHeading("Supplemental Information"));
        assertEquals(Optional.empty(), BUILT_IN.forHeading("Class"), "\"class\" keeps its double s");
    }

    @Test
    void aSiteNameIsAddedToACopy() {
        SectionAliases site = BUILT_IN.with(SectionKind.EXAMPLES_OF_DUTIES, " Tasks Performed ")
                .with(SectionKind.EXAMPLES_OF_DUTIES, "Work Assignments");
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), site.forHeading("TASKS PERFORMED:"));
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), site.forHeading("work assignment"));
        assertEquals(List.of("Tasks Performed", "Work Assignments"), site.added(SectionKind.EXAMPLES_OF_DUTIES));
        assertEquals(Optional.empty(), BUILT_IN.forHeading("Tasks Performed"), "the built-in table is unchanged");
        assertEquals(List.of(), BUILT_IN.added(SectionKind.EXAMPLES_OF_DUTIES));
    }

    @Test
    void aNameTheSectionAlreadyHasChangesNothing() {
        assertSame(BUILT_IN, BUILT_IN.with(SectionKind.DEFINITION, "SUMMARY"));
    }

    @Test
    void aNameOfAnotherSectionOrWithoutLettersOrUnplacedIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BUILT_IN.with(SectionKind.EXAMPLES_OF_DUTIES, "Summary"));
        assertTrue(e.getMessage().contains("Definition"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.with(SectionKind.EXAMPLES_OF_DUTIES, "123"));
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.with(SectionKind.EXAMPLES_OF_DUTIES, "Unplaced"));
    }

    @Test
    void unplacedIsRecognisedInAnyCaseWithAnOptionalColon() {
        assertTrue(SectionAliases.isUnplaced("Unplaced"));
        assertTrue(SectionAliases.isUnplaced("UNPLACED:"));
        assertTrue(SectionAliases.isUnplaced(" unplaced : "));
        assertFalse(SectionAliases.isUnplaced("Unplaced text"));
        assertFalse(SectionAliases.isUnplaced("Placed"));
    }

    @Test
    void everySectionIsFoundByItsAnchor() {
        for (SectionKind kind : SectionKind.values()) {
            assertEquals(Optional.of(kind), SectionKind.forAnchor(kind.anchor()));
        }
        assertEquals(Optional.empty(), SectionKind.forAnchor("dutie"));
    }
}
