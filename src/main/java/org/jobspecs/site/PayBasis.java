package org.jobspecs.site;

/**
 * A class's pay in one time base, for the summary at the top of its page: the adopted base as the
 * schedule gives it, the others computed from it and labelled so.
 *
 * @param range    "$37.03 – $45.01"
 * @param per      "per hour"
 * @param timeBase "hourly"
 * @param adopted  whether this is the schedule's own time base (else computed)
 * @param note     how a computed amount was made, "monthly × 12 ÷ 2,080"; empty when adopted
 */
public record PayBasis(String range, String per, String timeBase, boolean adopted, String note) { }
