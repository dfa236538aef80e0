package org.jobspecs.site;

import java.util.List;

/**
 * Everything a class page shows.
 *
 * @param statusLabel   "Current" or "Abolished"
 * @param abolishedOn   the date abolished, formatted; empty for a current class
 * @param approval      "October 8, 2025 by the Civil Service Board"; empty when unknown
 * @param unitKind      "Bargaining unit" or "Employee group"
 * @param salaryHref    this class's row in the schedule in force; empty when it has none (abolished)
 * @param mouHref       its unit's MOU (or, for a group, the page saying no MOU applies)
 * @param benefitsHref  its unit's benefits
 * @param pay           pay in force, or null (abolished classes)
 * @param futurePay     an adopted future schedule's pay, or null
 * @param series        the series title; empty when the class is in none
 * @param lower         lower levels of its series, nearest last
 * @param higher        higher levels of its series, nearest first
 * @param jsonLd        schema.org Occupation as JSON, safe to place inside a script element
 * @param requirements  what the class requires, in the spec's words (its "Education: …" and "Experience: …"
 *                      lines, or the first sentence of its employment standards); empty when the spec has no such section
 * @param requirementsId   the anchor of the section they come from; empty with no requirements
 * @param requirementsName that section's heading
 * @param contents      the page's sections in order, for its "On this page" list
 * @param benefits      the unit's benefits for the summary beside the pay (issue 13 §6)
 * @param needs         its "What you need" box (issue 13): education, experience, licences, entry level
 * @param charts        its pictures of pay (issue 13): pay over time, career ladder
 * @param hiring        its postings taking applications on the build date (issue 13; none when nobody is hiring)
 * @param related       its next step and similar classes (issue 13)
 * @param versionsHref    the list of its approved versions (issue 14)
 * @param earlierVersions how many earlier approved versions it has: the page links them when there are any (issue 14)
 */
public record ClassView(PageMeta meta, String code, String title, String department, String departmentHref,
                        String flsa, String statusLabel, String abolishedOn, String approval, String unitName,
                        String unitKind, String unitHref, String salaryHref, String mouHref, String mouLabel,
                        String benefitsHref, PayView pay, PayView futurePay, List<SectionView> sections,
                        String series, String seriesHref, List<ClassLink> lower, List<ClassLink> higher,
                        String openings, List<String> formerTitles, List<String> formerCodes, ChangesView changes,
                        String jsonLd, List<String> requirements, String requirementsId, String requirementsName,
                        List<Anchor> contents, BenefitsGlance benefits, NeedsView needs,
                        ClassCharts charts, HiringView hiring, RelatedView related, String versionsHref, int earlierVersions) {

    /** A section of the page: its anchor and its heading as plain text. */
    public record Anchor(String id, String label) { }

    /** Whether a posting for the class takes applications on the build date: the "Open now" search facet (issue 13). */
    public boolean openNow() {
        return hiring.openNow();
    }

    public boolean abolished() {
        return !abolishedOn.isEmpty();
    }

    /**
     * Whether the class is the entry level of its series: the lowest level the series has (the
     * register's level 1 is the entry level). The career path says so, and search finds it.
     */
    public boolean entryLevel() {
        return !series.isEmpty() && lower.isEmpty();
    }
}
