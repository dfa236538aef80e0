package org.jobspecs.requirement;

import java.util.List;

/**
 * What a class needs, as far as its spec says it plainly.
 *
 * @param education  the minimum education, or null when the spec does not say it plainly
 * @param experience the experience, or null when the spec does not say it plainly
 * @param licences   the licences and certificates required of every incumbent (driver's licence first)
 * @param entryLevel whether the class is entry-level (trainee, level 1 of its series, no experience
 *                   required); null when that cannot be told
 */
public record Needs(Education education, Experience experience, List<Licence> licences, Boolean entryLevel) {

    /** Nothing known. */
    public static final Needs NONE = new Needs(null, null, List.of(), null);

    /**
     * The minimum education.
     *
     * @param orEquivalent whether the spec lets equivalent education or experience stand in for it
     * @param sentence     the spec's own sentence
     * @param section      the anchor of the section it is in ("employment-standards")
     */
    public record Education(EducationLevel level, boolean orEquivalent, String sentence, String section) { }

    /**
     * The experience required.
     *
     * @param months   months of experience (0: none required)
     * @param kind     what kind, in the spec's words ("professional accounting experience"); empty when none
     * @param sentence the spec's own sentence
     * @param section  the anchor of its section
     */
    public record Experience(int months, String kind, String sentence, String section) { }

    /**
     * A licence or certificate.
     *
     * @param driver      whether it is a driver's licence
     * @param driverClass "A", "B" or "C" for a driver's licence of a class; empty otherwise
     * @param name        what it is, in the spec's words
     * @param sentence    the spec's own sentence
     * @param section     the anchor of its section
     */
    public record Licence(boolean driver, String driverClass, String name, String sentence, String section) { }

    /** Whether the spec says the class needs no degree or diploma. */
    public boolean noDegreeRequired() {
        return education != null && education.level() == EducationLevel.NONE;
    }

    /** Whether every incumbent needs a driver's licence. */
    public boolean driversLicence() {
        return licences.stream().anyMatch(Licence::driver);
    }

    /** Whether anything was found. */
    public boolean isEmpty() {
        return education == null && experience == null && licences.isEmpty() && entryLevel == null;
    }
}
