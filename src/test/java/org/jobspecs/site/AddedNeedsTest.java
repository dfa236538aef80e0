package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jobspecs.requirement.EducationLevel;
import org.jobspecs.requirement.Needs;
import org.junit.jupiter.api.Test;

/** Issue 13, "Next step": what the next level adds, and silence where a spec says nothing plainly. */
class AddedNeedsTest {

    private static Needs needs(EducationLevel level, Integer months, Needs.Licence... licences) {
        return new Needs(level == null ? null : new Needs.Education(level, false, "", ""),
                months == null ? null : new Needs.Experience(months, months == 0 ? "" : "accounting experience", "", ""),
                List.of(licences), null);
    }

    private static Needs.Licence driver(String cls) {
        return new Needs.Licence(true, cls, "driver's license", "", "");
    }

    private static Needs.Licence cert(String name) {
        return new Needs.Licence(false, "", name, "", "");
    }

    @Test
    void moreEducationMoreExperienceAndNewLicencesAreListed() {
        Needs accountant = needs(EducationLevel.BACHELOR, 0);
        Needs senior = needs(EducationLevel.MASTER, 36, cert("Certified Public Accountant"));
        assertEquals(List.of("Education: Master's degree or higher (this class: bachelor's degree)",
                "Experience: 3 years of accounting experience (this class: none)",
                "Licence or certificate: Certified Public Accountant"), AddedNeeds.of(accountant, senior));
    }

    @Test
    void theSameOrLessAddsNothing() {
        Needs a = needs(EducationLevel.BACHELOR, 24, driver("C"), cert("CPR"));
        Needs b = needs(EducationLevel.ASSOCIATE, 24, driver(""), cert("cpr"));
        assertEquals(List.of(), AddedNeeds.of(a, b));
    }

    @Test
    void aHigherDriverClassIsAnAddition() {
        assertEquals(List.of("Driver's licence, class A"), AddedNeeds.of(needs(null, null, driver("C")), needs(null, null, driver("A"))));
        assertEquals(List.of("Driver's licence"), AddedNeeds.of(needs(null, null), needs(null, null, driver(""))));
    }

    @Test
    void whereEitherSpecIsSilentNothingIsSaid() {
        assertEquals(List.of(), AddedNeeds.of(needs(null, null), needs(EducationLevel.MASTER, 60)));
        assertEquals(List.of(), AddedNeeds.of(needs(EducationLevel.HIGH_SCHOOL, 12), needs(null, null)));
    }
}
