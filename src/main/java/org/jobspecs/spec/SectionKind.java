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
            "General Purpose", "Class Summary", "Job Summary", "Class Purpose", "Position Purpose",
            "General Description", "Class Definition", "Definition of Class", "General Statement of Duties",
            "Summary Statement", "Job Purpose", "Classification Summary", "Class Concept", "General Statement",
            "Role Summary", "Job Overview", "Purpose of Position", "Position Overview", "Series Definition",
            "Nature of the Work", "Definition of the Class", "Basic Function", "Primary Purpose", "Overview of the Position",
            "Overall Purpose", "General Accountability", "Main Purpose of Job", "Main Purpose of the Job", "Job Summary and Purpose"),
    DISTINGUISHING_FEATURES("Distinguishing Features", "distinguishing-features",
            "Distinguishing Characteristics", "Class Characteristics", "Distinguishing Features of the Class",
            "Class Distinctions", "Distinguishing Characteristics of the Class"),
    EXAMPLES_OF_DUTIES("Examples of Duties", "duties",
            "Essential Functions", "Typical Tasks", "Examples of Work", "Duties",
            "Examples of Essential Duties", "Essential Duties", "Typical Duties", "Essential Job Functions",
            "Examples of Essential Functions", "Essential Duties and Responsibilities", "Duties and Responsibilities",
            "Examples of Duties and Responsibilities", "Representative Duties", "Illustrative Duties",
            "Examples of Work Performed", "Illustrative Examples of Work", "Typical Work", "Job Duties",
            "Major Duties", "Essential Functions and Responsibilities", "Essential and Marginal Functions",
            "Examples of Typical Job Functions", "Example of Duties", "Duties and Responsibilities Include",
            "Essential Duties and Responsibilities Include", "Responsibilities", "Accountabilities", "Key Accountabilities",
            "Specific Accountabilities", "Specific Accountabilities / Deliverables", "Key Responsibilities", "Principal Duties",
            "Primary Duties", "Duties Performed", "Typical Duties and Responsibilities", "Example of Work Performed",
            "You Will", "What You Will Do", "What You'll Do", "You'll Be Accountable For", "Your Responsibilities"),
    WORKING_CONDITIONS("Working Conditions", "working-conditions",
            "Work Environment", "Environmental Conditions", "Working Environment", "Work Conditions",
            "Special Working Conditions", "Environmental Factors", "Physical Environment"),
    PHYSICAL_DEMANDS("Physical Demands", "physical-demands",
            "Physical Requirements", "Physical Conditions", "Physical Abilities", "Physical Effort",
            "Physical Characteristics"),
    EMPLOYMENT_STANDARDS("Employment Standards", "employment-standards",
            "Minimum Qualifications", "Qualification Guidelines", "Qualifications", "Minimum Requirements",
            "Requirements", "Minimum Qualification Standards", "Qualification Standards", "Entrance Requirements",
            "Recruiting Requirements", "Requirements Minimum Qualifications", "Minimum Qualification Requirements",
            "Qualifications Required", "Required Qualifications", "Job Requirements", "Selection Criteria",
            "Minimum Requirements for the Position", "Position Requirements", "Person Specification", "Personal Specification",
            "Essential Criteria", "You'll Have", "What We're Looking For", "What You'll Need", "What You'll Bring", "You'll Need"),
    EDUCATION_AND_EXPERIENCE("Education and Experience", "education-and-experience",
            "Education", "Experience", "Education/Experience", "Training and Experience",
            "Education, Training and Experience", "Experience and Training", "Minimum Education and Experience",
            "Education and Training", "Experience and Education", "Training", "Education and/or Experience",
            "Education Requirements", "Experience Requirements", "Training Requirements", "Education and Experience Requirements",
            "Experience, Education and Training Requirements", "Required Education and Experience", "Education/Training"),
    KNOWLEDGE("Knowledge", "knowledge", "Knowledge of", "Knowledge Required", "Required Knowledge"),
    ABILITIES("Abilities", "abilities", "Ability to", "Skills and Abilities", "Skills",
            "Abilities to", "Skills and Abilities to", "Skill in", "Skill", "Abilities Required", "Skills Required",
            "Skills/Abilities", "Required Skills", "Required Abilities", "Skills and Abilities Required", "Essential Skills",
            "Specialist Skills", "Skills You Need", "Skills You Will Need",
            "Technical Skills"),
    KNOWLEDGE_SKILLS_ABILITIES("Knowledge, Skills and Abilities", "knowledge-skills-abilities",
            "Knowledge and Abilities", "Knowledge, Skills, and Abilities", "Knowledge and Skills",
            "Knowledge, Abilities and Skills", "Required Knowledge, Skills and Abilities",
            "Knowledge, Skills and Abilities Required", "KSAs", "Knowledge, Skills, Abilities and Other Characteristics",
            "Required Knowledge and Abilities", "Knowledge, Skills and Other Characteristics"),
    LICENSES_AND_CERTIFICATES("Licenses and Certificates", "licenses",
            "License", "Licenses", "Certificates", "Licenses and Certifications",
            "License or Certificate", "Licenses or Certificates", "Special Requirements", "Registrations",
            "Licences and Certificates", "Required Licenses, Certifications or Registrations",
            "Licenses, Certificates and Registrations", "Certifications", "Certification", "Licensing",
            "Required Licenses or Certificates", "License Requirements", "Licenses and Certifications Required",
            "Necessary Special Requirements", "Special License or Certificate Requirements",
            "Licenses, Certifications and Registrations", "Required Licenses and Certifications",
            "Certificates and Licenses", "Certifications and Licenses"),
    OTHER_REQUIREMENTS("Other Requirements", "other-requirements",
            "Additional Requirements", "Other Special Requirements");

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
