package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.WorkBasis;

/**
 * A class's pay on the one base that listings and search results share, so that they line up
 * (issue 13): per year for full-time classes (computed through the year when the schedule gives
 * another base), per hour for part-time and hourly-only classes, which say so instead of showing a
 * year's pay they are not paid; "No pay on a current schedule" for a class without pay.
 *
 * @param text          "$62,400 – $75,837 per year", "$19.63 – $22.54 per hour (part-time)"
 * @param annualMinimum the bottom of the range per year in whole dollars; -1 without an annual figure
 *                      (no pay, part-time, hourly only), so such a class passes no minimum-pay filter
 * @param annualMaximum the top of the range per year in whole dollars; -1 likewise
 * @param computed      whether the figure was computed from another time base (the page's note says how)
 * @param basis         how the class is worked
 */
public record ComparablePay(String text, long annualMinimum, long annualMaximum, boolean computed, WorkBasis basis) {

    /** What listings say of a class that has no pay on a schedule in force. */
    public static final String NO_PAY = "No pay on a current schedule";
    /** A class without pay on a current schedule. */
    public static final ComparablePay NONE = new ComparablePay(NO_PAY, -1, -1, false, WorkBasis.FULL_TIME);

    /** Whether there is pay at all. */
    public boolean present() {
        return this != NONE && !text.equals(NO_PAY);
    }

    /** The pay on the listing base; {@link #NONE} for null pay. */
    public static ComparablePay of(Pay pay, WorkBasis basis, PayRule rule) {
        if (pay == null) {
            return NONE;
        }
        TimeBase from = pay.timeBase();
        if (!basis.annual()) {
            BigDecimal min = from == TimeBase.HOURLY ? pay.minimum() : rule.convert(pay.minimum(), from, TimeBase.HOURLY);
            BigDecimal max = from == TimeBase.HOURLY ? pay.maximum() : rule.convert(pay.maximum(), from, TimeBase.HOURLY);
            return new ComparablePay(range(Format.money(min), Format.money(max)) + " per hour (" + basis.label() + ")", -1, -1,
                    from != TimeBase.HOURLY, basis);
        }
        long min = rule.annual(pay.minimum(), from);
        long max = rule.annual(pay.maximum(), from);
        return new ComparablePay(range(dollars(min), dollars(max)) + " per year", min, max, from != TimeBase.ANNUAL, basis);
    }

    /** "$62,400": whole dollars. */
    static String dollars(long amount) {
        String money = Format.money(BigDecimal.valueOf(amount).setScale(0, RoundingMode.UNNECESSARY));
        return money.endsWith(".00") ? money.substring(0, money.length() - 3) : money;
    }

    private static String range(String min, String max) {
        return min.equals(max) ? min : min + " – " + max;
    }
}
