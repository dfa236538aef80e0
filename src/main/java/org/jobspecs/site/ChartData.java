package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.site.chart.Band;
import org.jobspecs.site.chart.BarChart;
import org.jobspecs.site.chart.Bars;
import org.jobspecs.site.chart.PayHistory;
import org.jobspecs.site.chart.PayUnit;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.TimeBase;

/**
 * What the pictures of pay (issue 13, {@link org.jobspecs.site.chart}) are made from: each class's
 * pay converted per year and per hour by the pages' own rule ({@link Summary#convert}), and a
 * class's pay in every schedule. The geometry is the chart package's.
 */
final class ChartData {

    /**
     * What a class page's pictures are made from (part of {@link ClassPages.Inputs}, so a live build
     * remakes the page when a schedule or a series neighbour's pay changes).
     *
     * @param history the class's pay in every schedule that lists it, oldest first
     * @param ladder  its series' levels, entry level first; empty outside a series
     */
    record Inputs(List<PayHistory.Point> history, boolean yearly, String series, List<Band> ladder) { }

    private ChartData() {
    }

    /**
     * Whether a year's pay means anything for the class. Every class is full time until the unit's
     * work basis (issue 13, part 1: part-time and hourly-only units) is known here; then hourly-only
     * classes are drawn per hour and left out of yearly pictures.
     */
    static boolean yearly(JobClass c) {
        return true;
    }

    /** A class's pay as the pictures take it; without pay (null) a band with no range. */
    static Band band(JobClass c, Pay pay, Integer level) {
        String href = Paths.classPage(c.code().value());
        if (pay == null) {
            return new Band(c.code().value(), c.title(), href, level, null, null, yearly(c));
        }
        return new Band(c.code().value(), c.title(), href, level, range(pay, TimeBase.ANNUAL), range(pay, TimeBase.HOURLY), yearly(c));
    }

    private static Band.Range range(Pay pay, TimeBase to) {
        return new Band.Range(Summary.convert(pay.minimum(), pay.timeBase(), to), Summary.convert(pay.maximum(), pay.timeBase(), to));
    }

    /** Its pay in the schedule in force, or null. */
    static Pay payInForce(Catalog catalog, JobClass c) {
        if (c.abolished()) {
            return null;
        }
        return catalog.scheduleInForce(c.code()).map(s -> s.pay().get(c.code())).orElse(null);
    }

    /**
     * How the pictures' amounts were computed, for their tables' captions: made once, from
     * {@link Summary}'s rule (fixed today; were it configured per site, these would be made per plan).
     */
    private static final Map<PayUnit, String> NOTES = new java.util.EnumMap<>(Map.of(PayUnit.YEAR, note(PayUnit.YEAR), PayUnit.HOUR, note(PayUnit.HOUR)));

    static String basisNote(PayUnit unit) {
        return NOTES.get(unit);
    }

    private static String note(PayUnit unit) {
        TimeBase to = unit == PayUnit.YEAR ? TimeBase.ANNUAL : TimeBase.HOURLY;
        List<String> rules = new ArrayList<>();
        for (TimeBase from : TimeBase.values()) {
            if (from != to) {
                rules.add(Summary.note(from, to));
            }
        }
        return "Computed from the adopted pay: " + Format.list(rules) + ".";
    }

    /** A series' levels as the ladder takes them, entry level first. */
    static List<Band> ladder(Catalog catalog, List<JobClass> members) {
        return members.stream().map(m -> band(m, payInForce(catalog, m), m.level())).toList();
    }

    /**
     * @param ladder its series' levels ({@link #ladder}), empty outside a series
     */
    static Inputs inputs(Catalog catalog, JobClass c, List<Band> ladder, String seriesTitle) {
        List<PayHistory.Point> history = new ArrayList<>();
        boolean yearly = yearly(c);
        if (!c.abolished()) {
            SalarySchedule inForce = catalog.scheduleInForce(c.code()).orElse(null);
            for (SalarySchedule s : catalog.schedules()) {
                Pay pay = s.pay().get(c.code());
                if (pay == null) {
                    continue;
                }
                PayHistory.Status status = s == inForce ? PayHistory.Status.IN_FORCE
                        : s.effective().isAfter(catalog.asOf()) ? PayHistory.Status.ADOPTED : PayHistory.Status.PAST;
                history.add(new PayHistory.Point(s.title(), Paths.schedule(s.id()) + "#" + Paths.scheduleRow(c.code().value()), s.effective(),
                        status, range(pay, yearly ? TimeBase.ANNUAL : TimeBase.HOURLY)));
            }
        }
        return new Inputs(List.copyOf(history), yearly, seriesTitle == null ? "" : seriesTitle, ladder);
    }

    static ClassCharts classCharts(Inputs in, String code, String title) {
        return new ClassCharts(PayHistory.of("chart-pay-history", title, in.history(), in.yearly(), ChartData::basisNote),
                in.ladder().isEmpty() ? null : Bars.ladder("chart-ladder", in.series(), in.ladder(), code, ChartData::basisNote));
    }

    /** A series page's ladder. */
    static BarChart seriesLadder(Catalog catalog, String seriesTitle, List<JobClass> members) {
        return Bars.ladder("chart-ladder", seriesTitle, ladder(catalog, members), null, ChartData::basisNote);
    }

    /** The pay across a group of classes (a unit's, a department's): current classes only. */
    static BarChart spread(Catalog catalog, String id, String what, List<JobClass> classes) {
        return Bars.spread(id, what, classes.stream().filter(c -> !c.abolished()).map(c -> band(c, payInForce(catalog, c), null)).toList(),
                ChartData::basisNote);
    }

    /** Each department's picture by its anchor id. */
    static Map<String, BarChart> departments(Catalog catalog, Map<String, List<JobClass>> byDepartment) {
        Map<String, BarChart> charts = new java.util.LinkedHashMap<>();
        byDepartment.forEach((name, classes) -> {
            String id = Format.slug(name);
            BarChart chart = spread(catalog, "chart-" + id, name, classes);
            if (chart != null) {
                charts.put(id, chart);
            }
        });
        return charts;
    }
}
