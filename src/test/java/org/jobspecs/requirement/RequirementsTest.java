package org.jobspecs.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;

/** Issue 13: the extractor's rules, one case each; "say nothing rather than guess" is tested as much as what it finds. */
class RequirementsTest {

    private static Section section(SectionKind kind, String heading, Block... blocks) {
        return new Section(kind, List.of(new Inline.Text(heading)), List.of(blocks), 1);
    }

    private static Block p(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), 1);
    }

    private static Block list(String... items) {
        List<Block.ListItem> out = new ArrayList<>();
        for (String i : items) {
            out.add(new Block.ListItem(List.of(p(i)), 1));
        }
        return new Block.ItemList(true, false, out, 1);
    }

    private static Section standards(Block... blocks) {
        return section(SectionKind.EMPLOYMENT_STANDARDS, "Employment Standards", blocks);
    }

    @Test
    void educationAndExperienceLinesWithAnyCombination() {
        Needs n = Requirements.of("Accountant", null, List.of(standards(
                p("Any combination of education and experience likely to provide the required knowledge and abilities is qualifying."),
                p("Education: A bachelor's degree in accounting. A master's degree is desirable."),
                p("Experience: Three years of professional accounting experience, including one year of governmental accounting."))));
        assertEquals(EducationLevel.BACHELOR, n.education().level(), "the master's degree is only desirable");
        assertTrue(n.education().orEquivalent());
        assertEquals(36, n.experience().months(), "the first duration; 'including one year' is part of it");
        assertEquals("professional accounting experience", n.experience().kind());
        assertEquals(Boolean.FALSE, n.entryLevel());
        assertEquals("Employment Standards", n.experience().section());
    }

    @Test
    void alternativePathsThatDisagreeSayNothing() {
        Needs n = Requirements.of("311 Director", null, List.of(standards(list(
                "One year of full-time paid experience as a Senior Management Analyst; or",
                "A Bachelor's degree and four years of full-time paid experience in a call center; or",
                "Eight years of full-time paid experience in a call center."))));
        assertNull(n.education(), "a degree on one path only");
        assertNull(n.experience(), "1, 4 or 8 years");
        assertEquals(Boolean.FALSE, n.entryLevel(), "every path asks for some experience");
    }

    @Test
    void pathsThatAgreeGiveTheirAnswer() {
        Needs n = Requirements.of("GIS Supervisor", null, List.of(standards(list(
                "Two years of full-time paid experience as a GIS Specialist with the City, or",
                "Two years in a class at the level of GIS Specialist."))));
        assertEquals(24, n.experience().months());
        assertEquals(EducationLevel.NONE, n.education().level(), "only experience is listed");
        assertTrue(n.noDegreeRequired());
    }

    @Test
    void twoDurationsJoinedByOrAreAmbiguous() {
        assertEquals(-1, Requirements.months("Three years of experience installing meters, or two years of such experience plus an apprenticeship."));
        assertEquals(24, Requirements.months("Two years as a Police Sergeant, Police Detective II, or Police Detective III, one year of which as a supervisor"));
        assertNull(Requirements.months("Applicants must be at least 18 years of age."));
        assertNull(Requirements.months("Must obtain certification within six months of appointment."));
    }

    @Test
    void desirableAndNoExperienceMeanNoneRequired() {
        Needs n = Requirements.of("Maintenance Worker I", null, List.of(standards(
                p("Education: Ability to read and write. Graduation from high school is desirable."),
                p("Experience: Six months of experience in general maintenance work is desirable."))));
        assertEquals(EducationLevel.NONE, n.education().level());
        assertEquals(0, n.experience().months());
        assertEquals(Boolean.TRUE, n.entryLevel(), "level I and no experience");
        Needs none = Requirements.of("Lifeguard", null, List.of(standards(p("Experience: No experience is required."))));
        assertEquals(0, none.experience().months());
        assertEquals(Boolean.TRUE, none.entryLevel());
        assertEquals(0, Requirements.of("Clerk", null, List.of(standards(p("Experience: None required; clerical experience is desirable.")))).experience().months());
    }

    @Test
    void driversLicenceForSomePositionsIsNoRequirement() {
        Needs some = Requirements.of("Clerk", null, List.of(standards(p("Two years of clerical experience.")),
                section(null, "Process Notes", list("Some positions may require a valid California driver's license.",
                        "A valid Class A or B driver's license may be required for some positions."))));
        assertFalse(some.driversLicence());
        Needs all = Requirements.of("Operator", null, List.of(standards(p("Two years of experience operating equipment.")),
                section(SectionKind.LICENSES_AND_CERTIFICATES, "Licenses", list(
                        "A valid California Class A or B driver's license and a satisfactory driving record.",
                        "Registration as a Professional Civil Engineer in the State of California.",
                        "Certification as a Certified Payroll Professional is desirable."))));
        assertTrue(all.driversLicence());
        assertEquals("B", all.licences().get(0).driverClass(), "Class A or B accepts B");
        assertEquals(List.of("Professional Civil Engineer"), all.licences().stream().filter(l -> !l.driver()).map(Needs.Licence::name).toList());
    }

    @Test
    void deletedWordsAreNotRead() {
        Section s = standards(new Block.Paragraph(List.of(new Inline.Deleted(List.of(new Inline.Text("A valid driver's license is required.")))), 1),
                p("Experience: Four years of customer service experience."));
        assertFalse(Requirements.of("Lead", null, List.of(s)).driversLicence());
    }

    @Test
    void entryLevelFromTitleOrSeries() {
        assertEquals(Boolean.TRUE, Requirements.of("Office Trainee", null, List.of()).entryLevel());
        assertEquals(Boolean.TRUE, Requirements.of("Accountant", true, List.of()).entryLevel());
        assertNull(Requirements.of("Accountant", false, List.of()).entryLevel(), "a higher level with no requirements read");
        assertTrue(Requirements.of("Analyst", null, List.of()).isEmpty());
    }

    @Test
    void certificateNames() {
        assertEquals("Professional Engineer in civil engineering",
                Requirements.name("Registration as a Professional Engineer in civil engineering with the California Board is required prior to appointment."));
        assertEquals("CPR and First Aid certification", Requirements.name("CPR and First Aid certification within three months of appointment."));
    }
}
