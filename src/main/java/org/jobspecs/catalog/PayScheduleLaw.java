package org.jobspecs.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.PayRow;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.ScheduleRow;

/**
 * The California pay-schedule rule, 2 CCR § 570.5(a), checked on the sources of the salary-schedule
 * pages: a schedule page that would fail one of its points is an error that names the point. What
 * each point asks, and what the build can check from {@code data/schedules.csv} and {@code data/pay.csv}:
 * <ol>
 * <li>approved and adopted by the governing body: {@code adopted_by} names it;</li>
 * <li>the position title for every position: every current published class is on the schedule in
 *     force and on every schedule adopted for the future;</li>
 * <li>the pay rate, a single amount or a range: every amount is above zero;</li>
 * <li>the time base: every pay row gives one;</li>
 * <li>posted on the website: the adopted document is a web address or a file of the site;</li>
 * <li>an effective date and the date of every revision: revisions come after the effective date,
 *     in order, and no two schedules take effect the same day;</li>
 * <li>retained for five years: a schedule replaced less than five years before the build date keeps
 *     its row and its pay rows (a row that names the schedule it {@code replaces} lets the build see a
 *     removed one);</li>
 * <li>no reference to another document in place of a rate: no pay cell says "See MOU", and no
 *     schedule in force or adopted is published without rates.</li>
 * </ol>
 */
final class PayScheduleLaw {

    static final String RULE = "2 CCR 570.5";
    static final int YEARS_KEPT = 5;

    private final LocalDate asOf;
    private final Problems problems;

    PayScheduleLaw(LocalDate asOf, Problems problems) {
        this.asOf = asOf;
        this.problems = problems;
    }

    private static String point(int n) {
        return RULE + "(a)(" + n + "): ";
    }

    /**
     * @param schedules the schedule rows by id (duplicates already reported)
     * @param payRows   every pay row read, complete or not
     * @param register  the register rows by code key
     * @param published  the classes the site publishes (current and abolished)
     * @param payInForce the code keys of the classes with pay in a schedule in force on the build date
     */
    void check(Map<String, ScheduleRow> schedules, List<PayRow> payRows, Map<String, RegisterEntry> register,
               Collection<JobClass> published, Set<String> payInForce) {
        Map<String, List<PayRow>> rowsOf = new HashMap<>();
        for (PayRow p : payRows) {
            rowsOf.computeIfAbsent(p.scheduleId(), k -> new ArrayList<>()).add(p);
        }
        List<ScheduleRow> byDate = schedules.values().stream()
                .sorted(java.util.Comparator.comparing(ScheduleRow::effective).thenComparing(ScheduleRow::id)).toList();
        ScheduleRow current = null;
        for (ScheduleRow s : byDate) {
            if (!s.effective().isAfter(asOf)) {
                current = s;
            }
        }
        for (int i = 0; i < byDate.size(); i++) {
            ScheduleRow s = byDate.get(i);
            ScheduleRow next = i + 1 < byDate.size() ? byDate.get(i + 1) : null;
            List<PayRow> rows = rowsOf.getOrDefault(s.id(), List.of());
            adopted(s);
            posted(s);
            dates(s, next);
            boolean replacedLongAgo = next != null && !next.effective().isAfter(asOf.minusYears(YEARS_KEPT));
            boolean past = next != null && !next.effective().isAfter(asOf);
            if (rows.isEmpty() && past && !replacedLongAgo) {
                problems.error(s.location(), point(7) + "schedule " + s.id() + " was replaced on " + next.effective()
                                + " and has no pay rows in data/pay.csv; it must stay published with its rates until "
                                + next.effective().plusYears(YEARS_KEPT),
                        "put back its rows in data/pay.csv (from the adopted document " + href(s) + ")");
            } else if (rows.isEmpty() && !past) {
                problems.error(s.location(), point(8) + "schedule " + s.id() + " has no pay rows: its page would only refer to "
                        + "the adopted document instead of showing the rates", "add a row per class to data/pay.csv with schedule " + s.id());
            }
            if (s == current || s.effective().isAfter(asOf)) {
                everyTitle(s, rows, published, register, payInForce);
            }
        }
        for (ScheduleRow s : byDate) {
            if (s.replaces() == null) {
                continue;
            }
            if (!schedules.containsKey(s.replaces())) {
                if (s.effective().isAfter(asOf.minusYears(YEARS_KEPT))) {
                    problems.error(s.location(), point(7) + "schedule " + s.id() + " replaces schedule \"" + s.replaces()
                                    + "\", which is not in data/schedules.csv; a replaced schedule stays published for five years, until "
                                    + s.effective().plusYears(YEARS_KEPT),
                            "put its row back in data/schedules.csv and its pay in data/pay.csv, or correct replaces");
                }
            } else if (!schedules.get(s.replaces()).effective().isBefore(s.effective())) {
                problems.error(s.location(), point(6) + "schedule " + s.id() + " replaces " + s.replaces()
                                + ", which does not take effect before it (" + schedules.get(s.replaces()).effective() + ")",
                        "correct the effective dates or replaces");
            }
        }
        for (PayRow p : payRows) {
            if (!schedules.containsKey(p.scheduleId())) {
                continue; // reported with the schedule ids
            }
            if (p.inLieu() != null) {
                problems.error(p.location(), point(8) + "class " + p.code() + " in schedule " + p.scheduleId() + " has \"" + p.inLieu()
                                + "\" in place of a pay rate; the schedule may not refer to another document instead of the rate",
                        "write the amounts (the steps, or the minimum and maximum) from that document");
                continue;
            }
            Pay pay = p.pay();
            if (pay.timeBase() == null) {
                problems.error(p.location(), point(4) + "class " + p.code() + " has pay but no time base in schedule " + p.scheduleId(),
                        "write hourly, biweekly, monthly or annual in time_base");
            }
            if (pay.minimum().signum() <= 0 || pay.steps().stream().anyMatch(a -> a.signum() <= 0)) {
                problems.error(p.location(), point(3) + "class " + p.code() + " has a pay rate of " + zero(pay)
                        + " in schedule " + p.scheduleId(), "write the rate the governing body adopted");
            }
        }
    }

    private void adopted(ScheduleRow s) {
        if (s.adoptedBy() == null || s.adoptedBy().isBlank()) {
            problems.error(s.location(), point(1) + "schedule " + s.id() + " does not say which governing body approved and adopted it",
                    "fill in adopted_by, e.g. City Council Resolution 16012 (June 17, 2025)");
        }
    }

    private void posted(ScheduleRow s) {
        String href = href(s);
        if (href.isEmpty()) {
            return; // reported by the reader: document is required
        }
        String lower = href.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        boolean sitePath = !href.contains("\\") && !href.startsWith("//") && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
        if (!web && !sitePath) {
            problems.error(s.location(), point(5) + "the adopted document of schedule " + s.id() + " is \"" + href
                            + "\", which is not on the website",
                    "post the document on the website and give its http(s) address, or put it in the asset folder and give its path there");
        }
    }

    private void dates(ScheduleRow s, ScheduleRow next) {
        LocalDate previous = s.effective();
        for (LocalDate r : s.revised()) {
            if (!r.isAfter(previous)) {
                problems.error(s.location(), point(6) + "schedule " + s.id() + " lists revision " + r + (previous.equals(s.effective())
                                ? ", which is not after its effective date " + s.effective() : ", which is not after the revision before it (" + previous + ")"),
                        "list the revision dates after the effective date, oldest first");
            }
            previous = r.isAfter(previous) ? r : previous;
        }
        if (next != null && next.effective().equals(s.effective())) {
            problems.error(next.location(), point(6) + "schedules " + s.id() + " and " + next.id() + " both take effect on " + s.effective()
                    + "; a reader cannot tell which is in force", "give each schedule its own effective date, or list a change as a revision");
        }
    }

    /**
     * Every current published class on the schedule. A class with no pay in force at all is left to the
     * catalog's own error ("on no salary schedule in force"), so that it is reported once.
     */
    private void everyTitle(ScheduleRow s, List<PayRow> rows, Collection<JobClass> published, Map<String, RegisterEntry> register,
                            Set<String> payInForce) {
        Set<String> listed = rows.stream().map(p -> p.code().key()).collect(Collectors.toSet());
        Map<String, JobClass> missing = new TreeMap<>();
        for (JobClass c : published) {
            if (!c.abolished() && !listed.contains(c.code().key()) && payInForce.contains(c.code().key())) {
                missing.put(c.code().key(), c);
            }
        }
        for (JobClass c : missing.values()) {
            problems.error(register.get(c.code().key()).location(), point(2) + "class " + c.code() + " (" + c.title() + ") is not on schedule "
                            + s.id() + " (effective " + s.effective() + "); the schedule must list every position",
                    "add a row for class " + c.code() + " and schedule " + s.id() + " to data/pay.csv");
        }
    }

    private static String href(ScheduleRow s) {
        return s.document() == null ? "" : s.document().href();
    }

    private static String zero(Pay pay) {
        BigDecimal z = pay.minimum().signum() <= 0 ? pay.minimum()
                : pay.steps().stream().filter(a -> a.signum() <= 0).findFirst().orElse(BigDecimal.ZERO);
        return z.toPlainString();
    }
}
