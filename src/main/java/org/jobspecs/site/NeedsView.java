package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.requirement.EducationLevel;
import org.jobspecs.requirement.Needs;

/**
 * The class page's "What you need" box (issue 13): education, experience, licences and whether
 * the class is entry-level, as {@link org.jobspecs.requirement.Requirements} read them from the
 * spec, each with the spec's own sentence and a link to its section. Its booleans are the search
 * facets "No degree required", "Driver's licence" and "Entry level".
 *
 * @param items            the box's lines, in order; empty when nothing was read plainly
 * @param noDegreeRequired the spec asks for no degree or diploma
 * @param driversLicence   every incumbent needs a driver's licence
 * @param entryLevel       a trainee class, the first level of its series, or one that needs no experience
 */
public record NeedsView(List<Item> items, boolean noDegreeRequired, boolean driversLicence, boolean entryLevel) {

    /**
     * One line of the box.
     *
     * @param term        "Education", "Experience", "Driver's licence", "Licence or certificate", "Entry level"
     * @param value       what it is: "Bachelor's degree, or equivalent", "3 years: professional accounting experience"
     * @param sentence    the spec's own sentence; empty when the line is not read from one sentence
     * @param sectionId   the anchor of the section it is in; empty when none
     * @param sectionName that section's heading
     */
    public record Item(String term, String value, String sentence, String sectionId, String sectionName) { }

    static final NeedsView NONE = new NeedsView(List.of(), false, false, false);

    /** Whether the box has anything to show. */
    public boolean shown() {
        return !items.isEmpty();
    }

    /** The view of what the extractor found, its sentences linked to the page's sections. */
    static NeedsView of(Needs needs, List<SectionView> sections) {
        if (needs.isEmpty()) {
            return NONE;
        }
        List<Item> items = new ArrayList<>();
        Needs.Education e = needs.education();
        if (e != null) {
            String value = e.level() == EducationLevel.NONE ? e.level().label()
                    : e.level().label() + (e.orEquivalent() ? ", or equivalent education and experience" : "");
            items.add(item("Education", value, e.sentence(), e.section(), sections));
        }
        Needs.Experience x = needs.experience();
        if (x != null) {
            String value = x.months() == 0 ? "None required" : duration(x.months()) + (x.kind().isEmpty() ? "" : " of " + x.kind());
            items.add(item("Experience", value, x.sentence(), x.section(), sections));
        }
        for (Needs.Licence l : needs.licences()) {
            items.add(item(l.driver() ? "Driver's licence" : "Licence or certificate",
                    l.driver() ? (l.driverClass().isEmpty() ? "Required" : "Class " + l.driverClass()) : l.name(), l.sentence(), l.section(), sections));
        }
        if (needs.entryLevel() != null) {
            items.add(new Item("Entry level", needs.entryLevel() ? "Yes" : "No", "", "", ""));
        }
        return new NeedsView(List.copyOf(items), needs.noDegreeRequired(), needs.driversLicence(), Boolean.TRUE.equals(needs.entryLevel()));
    }

    private static Item item(String term, String value, String sentence, String sectionName, List<SectionView> sections) {
        String id = "";
        String name = "";
        for (SectionView s : sections) {
            if (s.name().equals(sectionName)) {
                id = s.id();
                name = s.name();
                break;
            }
        }
        return new Item(term, value, sentence == null ? "" : sentence, id, name);
    }

    /** "3 years", "1 year", "6 months", "1½ years" is "18 months". */
    static String duration(int months) {
        if (months % 12 == 0) {
            return months / 12 + (months == 12 ? " year" : " years");
        }
        return months + (months == 1 ? " month" : " months");
    }
}
