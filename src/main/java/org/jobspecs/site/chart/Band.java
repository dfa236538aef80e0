package org.jobspecs.site.chart;

import java.math.BigDecimal;

/**
 * One class's pay as the pictures take it: a range per year and per hour (each computed from the
 * adopted base, or null without pay), and whether a year's pay means anything for it (not for a
 * part-time or hourly-only class, which is drawn per hour or left out of a yearly picture).
 *
 * @param href   site-relative address of the class page; empty for none
 * @param level  the level in its series, or null
 * @param annual the range per year, or null when the class has no pay
 * @param hourly the range per hour, or null when the class has no pay
 * @param yearly whether the annual range applies (a full-time class)
 */
public record Band(String code, String title, String href, Integer level, Range annual, Range hourly, boolean yearly) {

    /** A pay range, minimum ≤ maximum. */
    public record Range(BigDecimal min, BigDecimal max) {
        public Range {
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("minimum " + min + " above maximum " + max);
            }
        }
    }

    public boolean hasPay() {
        return annual != null && hourly != null;
    }

    /** The range in {@code unit}, or null. */
    Range in(PayUnit unit) {
        return unit == PayUnit.YEAR ? annual : hourly;
    }
}
