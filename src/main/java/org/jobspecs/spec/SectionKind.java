package org.jobspecs.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The canonical sections of a class specification and the names agencies usually give them. Which
 * section a heading names is {@link SectionAliases}' job (this table plus a site's own names); a
 * heading that names none keeps its own name (see {@link Section}).
 */
public enum SectionKind {
    DEFINITION("Definition", "definition",
            "Classification Purpose", "Nature of Work", "Summary", "Purpose", "Position Summary",
            "General Purpose", "Class Summary"),
    DISTINGUISHING_FEATURES("Distinguishing Features", "distinguishing-features",
            "Distinguishing Characteristics", "Class Characteristics", "Distinguishing Feature"),
    EXAMPLES_OF_DUTIES("Examples of Duties", "duties",
            "Essential Functions", "Typical Tasks", "Examples of Work", "Duties",
            "Examples of Essential Duties", "Essential Duties", "Typical Duties"),
    WORKING_CONDITIONS("Working Conditions", "working-conditions",
            "Work Environment", "Environmental Conditions"),
    PHYSICAL_DEMANDS("Physical Demands", "physical-demands",
            "Physical Requirements", "Physical Conditions"),
    EMPLOYMENT_STANDARDS("Employment Standards", "employment-standards",
            "Minimum Qualifications", "Qualification Guidelines", "Qualifications"),
    EDUCATION_AND_EXPERIENCE("Education and Experience", "education-and-experience",
            "Education", "Experience", "Education/Experience"),
    KNOWLEDGE("Knowledge", "knowledge", "Knowledge of"),
    ABILITIES("Abilities", "abilities", "Ability to", "Skills and Abilities", "Skills",
            "Abilities to", "Skills and Abilities to"),
    KNOWLEDGE_SKILLS_ABILITIES("Knowledge, Skills and Abilities", "knowledge-skills-abilities",
            "Knowledge and Abilities", "Knowledge, Skills, and Abilities"),
    LICENSES_AND_CERTIFICATES("Licenses and Certificates", "licenses",
            "License", "Licenses", "Certificates", "Licenses and Certifications",
            "License or Certificate", "Licenses or Certificates", "Special Requirements",
            "Licences and Certificates"),
    OTHER_REQUIREMENTS("Other Requirements", "other-requirements",
            "Additional Requirements");

    private final String title;
    private final String anchor;
    private final List<String> aliases;

    SectionKind(String title, String anchor, String... aliases) {
        this.title = title;
        this.anchor = anchor;
        this.aliases = List.of(aliases);
    }

    /** The canonical heading, e.g. "Examples of Duties". */
    public String title() {
        return title;
    }

    /** The id of the section on the class page, e.g. "duties". */
    public String anchor() {
        return anchor;
    }

    /** The usual variants of the title that every site recognises (a site may add its own). */
    public List<String> aliases() {
        return aliases;
    }

    /** The section whose anchor this is ("duties"), as {@code section.aliases.<anchor>} keys name them. */
    public static Optional<SectionKind> forAnchor(String anchor) {
        return Arrays.stream(values()).filter(k -> k.anchor.equals(anchor)).findFirst();
    }
}
