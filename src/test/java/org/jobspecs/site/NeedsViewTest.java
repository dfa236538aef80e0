package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.requirement.EducationLevel;
import org.jobspecs.requirement.Needs;
import org.junit.jupiter.api.Test;

/** Issue 13: the "What you need" box's lines and facets from what the extractor read. */
class NeedsViewTest {

    private static final List<SectionView> SECTIONS = List.of(new SectionView("employment-standards", List.of(), "Minimum Qualifications", List.of()));

    @Test
    void linesLinkToTheSectionTheirSentenceIsIn() {
        Needs needs = new Needs(new Needs.Education(EducationLevel.NONE, false, "Education: Ability to read and write.", "Minimum Qualifications"),
                new Needs.Experience(6, "clerical experience", "Six months of clerical experience.", "Minimum Qualifications"),
                List.of(new Needs.Licence(true, "C", "Class C driver's licence", "A valid Class C driver's license.", "Minimum Qualifications")),
                true);
        NeedsView v = NeedsView.of(needs, SECTIONS);
        assertEquals(List.of("Education|No degree or diploma required", "Experience|6 months of clerical experience", "Driver's licence|Class C",
                "Entry level|Yes"), v.items().stream().map(i -> i.term() + "|" + i.value()).toList());
        assertEquals("employment-standards", v.items().get(0).sectionId());
        assertTrue(v.noDegreeRequired() && v.driversLicence() && v.entryLevel(), "the three search facets");
    }

    @Test
    void nothingReadShowsNoBox() {
        assertFalse(NeedsView.of(Needs.NONE, SECTIONS).shown());
        assertEquals("1 year", NeedsView.duration(12));
        assertEquals("18 months", NeedsView.duration(18));
    }

    @Test
    void jsonLdCarriesRequirementsOnlyWhenRead() {
        Needs needs = new Needs(new Needs.Education(EducationLevel.BACHELOR, true, "", ""), new Needs.Experience(36, "", "", ""), List.of(), false);
        String json = OccupationJsonLd.of(new org.jobspecs.spec.JobClass(new org.jobspecs.spec.ClassCode("1"), "Analyst", "Finance", "u", "Exempt",
                        null, null, org.jobspecs.spec.ClassStatus.CURRENT, null, List.of(), List.of(), null, null, List.of(), List.of(), List.of(), "", List.of()),
                new OccupationJsonLd.Words("", "", "", ""), null, "", "", "", "https://example.gov/classes/1/", needs);
        assertTrue(json.contains("\"educationRequirements\":{\"@type\":\"EducationalOccupationalCredential\",\"credentialCategory\":\"bachelor degree\"}"), json);
        assertTrue(json.contains("\"experienceRequirements\":{\"@type\":\"OccupationalExperienceRequirements\",\"monthsOfExperience\":36}"), json);
        String without = OccupationJsonLd.of(new org.jobspecs.spec.JobClass(new org.jobspecs.spec.ClassCode("1"), "Analyst", "Finance", "u", "Exempt",
                        null, null, org.jobspecs.spec.ClassStatus.CURRENT, null, List.of(), List.of(), null, null, List.of(), List.of(), List.of(), "", List.of()),
                new OccupationJsonLd.Words("", "", "", ""), null, "", "", "", "https://example.gov/classes/1/", Needs.NONE);
        assertFalse(without.contains("Requirements"), without);
    }
}
