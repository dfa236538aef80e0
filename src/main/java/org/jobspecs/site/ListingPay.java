package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.JobClass;

/**
 * The pay that listings (A–Z, departments, series, units) show beside each class, on one base so
 * that they line up (issue 13): see {@link ComparablePay}.
 */
final class ListingPay {

    private final Catalog catalog;
    private final PayRule rule;
    /** Each class's pay, computed once for the several listings that show it. */
    private final java.util.Map<org.jobspecs.spec.ClassCode, ComparablePay> computed = new java.util.concurrent.ConcurrentHashMap<>();

    ListingPay(Catalog catalog, PayRule rule) {
        this.catalog = catalog;
        this.rule = rule;
    }

    /** The class's pay in the schedule in force, on the listing base; {@link ComparablePay#NONE} when it has none. */
    ComparablePay of(JobClass c) {
        if (c.abolished()) {
            return ComparablePay.NONE;
        }
        return computed.computeIfAbsent(c.code(), code -> catalog.scheduleInForce(code)
                .map(s -> ComparablePay.of(s.pay().get(code), catalog.unitOf(c).workBasis(), rule))
                .orElse(ComparablePay.NONE));
    }

    /** The class's link with its pay; an abolished class's link shows none (it is paid no more). */
    ClassLink link(JobClass c) {
        ClassLink link = ClassPages.link(c);
        return c.abolished() ? link : link.withPay(of(c).text());
    }

    /** What listings say about the pay they show: the base, and how computed figures are made. */
    /** The rule that turns pay into a year's or an hour's. */
    PayRule rule() {
        return rule;
    }

    static String note(PayRule rule) {
        return "Pay is shown per year, at the bottom and top of its range, so that classes compare. Where a schedule gives it "
                + "hourly, biweekly or monthly, the year's pay is computed with " + rule.words()
                + ". Part-time and hourly-only classes show their hourly pay instead, and say so.";
    }

    /**
     * The choices of the search page's minimum-pay filter: every $10,000 from the lowest starting
     * pay's ten thousand up to the highest (at most 40 steps: then every $20,000, …).
     */
    List<Long> thresholds() {
        long low = Long.MAX_VALUE;
        long high = 0;
        for (JobClass c : catalog.classes().values()) {
            ComparablePay p = of(c);
            if (p.annualMinimum() >= 0) {
                low = Math.min(low, p.annualMinimum());
                high = Math.max(high, p.annualMinimum());
            }
        }
        return thresholds(low, high);
    }

    static List<Long> thresholds(long low, long high) {
        List<Long> out = new ArrayList<>();
        if (low > high) {
            return out;
        }
        long step = 10_000;
        while ((high - low) / step > 40) {
            step *= 2;
        }
        for (long t = Math.max(step, (low / step) * step); t <= high; t += step) {
            out.add(t);
        }
        return out;
    }
}
