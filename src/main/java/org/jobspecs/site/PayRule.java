package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jobspecs.spec.TimeBase;

/**
 * How pay in one time base is turned into another (issue 13: pay you can compare): through the
 * year, with {@code hoursPerYear} working hours ({@code pay.hours.per.year}, 2,080 unless set),
 * 26 biweekly pay periods and 12 months. Figures made this way are always labelled as computed,
 * with the rule ("monthly × 12").
 */
public record PayRule(int hoursPerYear) {

    /** The rule with 2,080 hours a year. */
    public static final PayRule STANDARD = new PayRule(org.jobspecs.config.SiteConfig.DEFAULT_HOURS_PER_YEAR);

    public PayRule {
        if (hoursPerYear < 1) {
            throw new IllegalArgumentException("hours per year: " + hoursPerYear);
        }
    }

    /** Units of each time base in a year: the configured working hours, 26 pay periods, 12 months, 1 year. */
    public int perYear(TimeBase base) {
        return switch (base) {
            case HOURLY -> hoursPerYear;
            case BIWEEKLY -> 26;
            case MONTHLY -> 12;
            case ANNUAL -> 1;
        };
    }

    /** The amount in another time base, to the cent. */
    public BigDecimal convert(BigDecimal amount, TimeBase from, TimeBase to) {
        return amount.multiply(BigDecimal.valueOf(perYear(from))).divide(BigDecimal.valueOf(perYear(to)), 2, RoundingMode.HALF_UP);
    }

    /** The amount per year in whole dollars. */
    public long annual(BigDecimal amount, TimeBase from) {
        return amount.multiply(BigDecimal.valueOf(perYear(from))).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "monthly × 12 ÷ 2,080", "hourly × 2,080": how a computed amount was made. */
    public String note(TimeBase from, TimeBase to) {
        StringBuilder b = new StringBuilder(from.word());
        if (perYear(from) != 1) {
            b.append(" × ").append(count(from));
        }
        if (perYear(to) != 1) {
            b.append(" ÷ ").append(count(to));
        }
        return b.toString();
    }

    /** "2,080 hours, 26 pay periods or 12 months a year": the rule in words, for listings' notes. */
    public String words() {
        return count(TimeBase.HOURLY) + " working hours, 26 biweekly pay periods or 12 months a year";
    }

    private String count(TimeBase base) {
        return grouped(perYear(base));
    }

    /**
     * A count with a comma between groups of three digits, as {@code String.format(Locale.US, "%,d", n)}
     * writes it (issue 15: without a Formatter, several times on every class page; PayRuleTest compares).
     */
    static String grouped(int n) {
        String digits = Integer.toString(n);
        int start = n < 0 ? 1 : 0;
        int first = (digits.length() - start) % 3 == 0 ? 3 : (digits.length() - start) % 3;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        b.append(digits, 0, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }
}
