package org.jobspecs.site;

import java.util.List;

/**
 * Issue 13: where a class leads and what is like it, for the "Next step" block and the "Similar
 * classes" list of its page.
 *
 * @param next    the next level of its series (the nearest higher current level), or null when the
 *                class is not in a series or is its highest current level
 * @param similar up to five similar classes outside its series, most similar first (empty when none
 *                is similar enough); each link's note is the class's department
 */
public record RelatedView(NextStep next, List<ClassLink> similar) {

    public static final RelatedView NONE = new RelatedView(null, List.of());

    public boolean isEmpty() {
        return next == null && similar.isEmpty();
    }

    /**
     * The next level up, what it pays more and how it differs.
     *
     * @param link               the next class
     * @param amount             its pay in force on the compared base, "$61,234.00 – $74,500.00"; empty when it has none
     * @param per                "a year", or "an hour" when either class is worked part time or by the hour
     * @param base               "per year" or "per hour", the base both classes' pay is compared on
     * @param note               how the figures were computed from the adopted ones, "monthly × 12"; empty when adopted so
     * @param payDifference      "$4,211.00 (9.5 %) more at the bottom of the range and $5,120.00 (10.0 %) more at the top";
     *                           empty unless both classes have pay in force
     * @param featuresHeading    the heading of the next class's section the excerpt comes from ("Distinguishing Features")
     * @param features           the start of that section (its first paragraph, shortened); empty when it has none
     * @param featuresHref       the section on the next class's page
     * @param addedRequirements  what the next level asks beyond this one, where both specs say it plainly (education, years of experience, licences)
     */
    public record NextStep(ClassLink link, String amount, String per, String base, String note, String payDifference, String featuresHeading,
                           String features, String featuresHref, List<String> addedRequirements) { }
}
