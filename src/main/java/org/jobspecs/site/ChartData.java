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
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.TimeBase;

/**
 * What the pictures of pay (issue 13, {@link org.jobspecs.site.chart}) are made from: each class's
 * pay converted per year and per hour by the pages' own rule ({@link PayRule#convert}), and a
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

    private final Catalog catalog;
    private final PayRule rule;
    /** How the pictures' amounts were computed, for their tables' captions: made once per plan. */
    private final Map<PayUnit, String> notes = new java.util.EnumMap<>(PayUnit.class);

    ChartData(Catalog catalog, PayRule rule) {
        this.catalog = catalog;
        this.rule = rule;
        for (PayUnit unit : PayUnit.values()) {
            notes.put(unit, note(unit));
        }
    }

    /**
     * Whether a year's pay means anything for the class: not when its unit's work basis
     * ({@code pay_basis}) is part time or hourly only; those classes are drawn per hour and left out
     * of yearly pictures.
     */
    boolean yearly(JobClass c) {
        BargainingUnit unit = catalog.unitOf(c);
        return unit == null || unit.workBasis().annual();
    }

    /** A class's pay as the pictures take it; without pay (null) a band with no range. */
    Band band(JobClass c, Pay pay, Integer level) {
        String href = Paths.classPage(c.code().value());
        if (pay == null) {
            return new Band(c.code().value(), c.title(), href, level, null, null, yearly(c));
        }
        return new Band(c.code().value(), c.title(), href, level, range(pay, TimeBase.ANNUAL), range(pay, TimeBase.HOURLY), yearly(c));
    }

    private Band.Range range(Pay pay, TimeBase to) {
        return new Band.Range(rule.convert(pay.minimum(), pay.timeBase(), to), rule.convert(pay.maximum(), pay.timeBase(), to));
    }

    /** Its pay in the schedule in force, or null. */
    Pay payInForce(JobClass c) {
        if (c.abolished()) {
            return null;
        }
        return catalog.scheduleInForce(c.code()).map(s -> s.pay().get(c.code())).orElse(null);
    }

    String basisNote(PayUnit unit) {
        return notes.get(unit);
    }

    private String note(PayUnit unit) {
        TimeBase to = unit == PayUnit.YEAR ? TimeBase.ANNUAL : TimeBase.HOURLY;
        List<String> rules = new ArrayList<>();
        for (TimeBase from : TimeBase.values()) {
            if (from != to) {
                rules.add(rule.note(from, to));
            }
        }
        return "Computed from the adopted pay: " + Format.list(rules) + ".";
    }

    /** A series' levels as the ladder takes them, entry level first. */
    List<Band> ladder(List<JobClass> members) {
        return members.stream().map(m -> band(m, payInForce(m), m.level())).toList();
    }

    /**
     * @param ladder its series' levels ({@link #ladder}), empty outside a series
     */
    Inputs inputs(JobClass c, List<Band> ladder, String seriesTitle) {
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

    ClassCharts classCharts(Inputs in, String code, String title) {
        return new ClassCharts(PayHistory.of("chart-pay-history", title, in.history(), in.yearly(), this::basisNote),
                in.ladder().isEmpty() ? null : Bars.ladder("chart-ladder", in.series(), in.ladder(), code, this::basisNote));
    }

    /** A series page's ladder. */
    BarChart seriesLadder(String seriesTitle, List<JobClass> members) {
        return Bars.ladder("chart-ladder", seriesTitle, ladder(members), null, this::basisNote);
    }

    /** The pay across a group of classes (a unit's, a department's): current classes only. */
    BarChart spread(String id, String what, List<JobClass> classes) {
        return Bars.spread(id, what, classes.stream().filter(c -> !c.abolished()).map(c -> band(c, payInForce(c), null)).toList(),
                this::basisNote);
    }

    /** Each department's picture by its anchor id. */
    Map<String, BarChart> departments(Map<String, List<JobClass>> byDepartment) {
        Map<String, BarChart> charts = new java.util.LinkedHashMap<>();
        byDepartment.forEach((name, classes) -> {
            String id = Format.slug(name);
            BarChart chart = spread("chart-" + id, name, classes);
            if (chart != null) {
                charts.put(id, chart);
            }
        });
        return charts;
    }
}
