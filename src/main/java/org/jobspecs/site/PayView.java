package org.jobspecs.site;

import java.util.List;

/**
 * A class's pay in one schedule, display-ready. Pay is never shown without its time base and
 * effective date, and always links to the adopted schedule.
 *
 * @param range         "$5,432.10 – $6,602.45" (one amount when minimum equals maximum)
 * @param timeBase      "monthly"
 * @param per           "per month"
 * @param effective     "July 1, 2026"
 * @param scheduleTitle the schedule's title
 * @param scheduleHref  site-relative link to this class's row in the schedule page
 * @param document      link to the adopted schedule document
 * @param steps         formatted steps, empty when the schedule gives a range only
 * @param bases         the range in every time base, hourly first: the adopted one and the others computed from it
 *                      (hourly only for a part-time or hourly-only class)
 * @param comparable    the pay on the base listings and search share (issue 13)
 * @param annualEquivalent "$77,021 – $93,620 per year (computed: monthly × 12)"; empty when the schedule gives annual
 *                      pay or the class has no annual figure
 * @param basisNote     what a part-time or hourly-only class says instead of a year's pay; empty for full time
 */
public record PayView(String range, String timeBase, String per, String effective, String scheduleTitle,
                      String scheduleHref, DocumentLink document, String adoptedBy, List<String> steps, List<PayBasis> bases,
                      ComparablePay comparable, String annualEquivalent, String basisNote) { }
