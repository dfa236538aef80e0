package org.jobspecs.site.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A class's pay range in every published schedule that lists it (past, in force, adopted for the
 * future), oldest first, as columns on one scale, with the change from each schedule to the next.
 * The picture shows the last {@link #SHOWN} schedules; the table lists them all.
 *
 * @param columns  what is drawn, left to right
 * @param ticks    round amounts on the vertical scale, each with a grid line from {@code plotLeft} to {@code plotRight}
 * @param table    every schedule, oldest first
 * @param notes    what the picture leaves out; may be empty
 * @param hatched  whether a column is hatched (an adopted schedule): the picture then needs its pattern
 */
public record PayHistory(String id, String title, String summary, String unit, String width, String height, String plotLeft,
                         String plotRight, String plotTop, String plotBottom, String dateY, String statusY, String changeY,
                         List<Tick> ticks, List<Column> columns,
                         String axisTitle, String tableCaption, List<TableRow> table, List<String> notes, boolean hatched) {

    /** At most this many schedules are drawn (the newest); the table has every one. */
    public static final int SHOWN = 6;

    /** Narrower than the bar charts: it sits in the pay box, and its labels must stay legible at 320 px. */
    static final double WIDTH = 340;
    static final double LEFT = 46;
    static final double RIGHT = 336;
    static final double TOP = 22;
    static final double BOTTOM = 172;
    static final double FONT = 12;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM uuuu", Locale.US);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    /** Each schedule's dates as written, made once per date: every class on a schedule writes the same ones (issue 15). */
    private static final java.util.concurrent.ConcurrentMap<LocalDate, String> SHORT_DATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentMap<LocalDate, String> LONG_DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String shortDate(LocalDate d) {
        return SHORT_DATES.computeIfAbsent(d, SHORT::format);
    }

    private static String longDate(LocalDate d) {
        return LONG_DATES.computeIfAbsent(d, LONG::format);
    }

    /** A schedule's standing on the build date. */
    public enum Status {
        PAST("past"), IN_FORCE("in force"), ADOPTED("adopted");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** A schedule's facts and the class's range on it, in the picture's base. */
    public record Point(String schedule, String href, LocalDate effective, Status status, Band.Range range) { }

    /** A round amount: its grid line's y, its label (right-aligned at {@code labelX}, left of the plot). */
    public record Tick(String y, String label, String labelX, String labelY) { }

    /**
     * One schedule: its bar from {@code barTop} to {@code barTop + barHeight}; the top amount above it,
     * the bottom amount under it; under the plot its date, status and change from the schedule before.
     *
     * @param style "past", "in-force" or "adopted", for the fill (the status is written out too)
     */
    public record Column(String x, String barX, String barWidth, String barTop, String barHeight, String maxLabel, String maxY,
                         String minLabel, String minY, String date, String status, String style, String change, boolean single) { }

    /**
     * @param change "+3.0%", "bottom +2.0%, top +3.5%", empty for the first
     */
    public record TableRow(String schedule, String href, String effective, String status, String pay, String change) { }

    /**
     * The picture, or null when fewer than two schedules list the class (nothing changes).
     *
     * @param points   the class's schedules, oldest first
     * @param yearly   whether to draw per year (else per hour: part-time and hourly-only classes)
     */
    public static PayHistory of(String id, String classTitle, List<Point> points, boolean yearly,
                                    java.util.function.Function<PayUnit, String> basisNote) {
        if (points.size() < 2) {
            return null;
        }
        PayUnit unit = yearly ? PayUnit.YEAR : PayUnit.HOUR;
        List<Point> shown = points.subList(Math.max(0, points.size() - SHOWN), points.size());
        double min = shown.stream().mapToDouble(p -> p.range().min().doubleValue()).min().orElseThrow();
        double max = shown.stream().mapToDouble(p -> p.range().max().doubleValue()).max().orElseThrow();
        double pad = (max - min) * 0.15;
        Scale scale = Scale.over(Math.max(0, min - pad), max + pad, 4, BOTTOM, TOP);
        List<Tick> ticks = new ArrayList<>();
        for (double t : scale.ticks()) {
            ticks.add(new Tick(Text.coord(scale.at(t)), unit.tick(t), Text.coord(LEFT - 6), Text.coord(scale.at(t) + 4)));
        }
        double colWidth = (RIGHT - LEFT) / shown.size();
        double barWidth = Math.min(44, colWidth * 0.5);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Point p = shown.get(i);
            int index = points.size() - shown.size() + i;
            double cx = LEFT + (i + 0.5) * colWidth;
            double top = scale.at(p.range().max().doubleValue());
            double bottom = scale.at(p.range().min().doubleValue());
            if (bottom - top < Bars.MIN_BAR) {
                double mid = (top + bottom) / 2;
                top = mid - Bars.MIN_BAR / 2;
                bottom = top + Bars.MIN_BAR;
            }
            boolean single = p.range().min().compareTo(p.range().max()) == 0;
            columns.add(new Column(Text.coord(cx), Text.coord(cx - barWidth / 2), Text.coord(barWidth), Text.coord(top),
                    Text.coord(bottom - top), amount(unit, p.range().max(), colWidth), Text.coord(top - 4),
                    single ? "" : amount(unit, p.range().min(), colWidth),
                    Text.coord(bottom + FONT + 1), shortDate(p.effective()), p.status().word(),
                    p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), index == 0 ? "" : shortChange(points.get(index - 1).range(), p.range()),
                    single));
        }
        List<TableRow> table = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            table.add(new TableRow(p.schedule(), p.href(), longDate(p.effective()), p.status().word(), unit.range(p.range()),
                    i == 0 ? "" : change(points.get(i - 1).range(), p.range())));
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        String summary = classTitle + ", " + unit.phrase() + ", in " + points.size() + " schedules: from " + unit.range(first.range())
                + " (" + shortDate(first.effective()) + ", " + first.status().word() + ") to " + unit.range(last.range())
                + " (" + shortDate(last.effective()) + ", " + last.status().word() + "); the top of the range "
                + movement(first.range().max(), last.range().max()) + ".";
        List<String> notes = points.size() > shown.size()
                ? List.of("The picture shows the newest " + shown.size() + " of " + points.size() + " schedules; the table lists them all.")
                : List.of();
        return new PayHistory(id, "Pay over time: " + classTitle + " in each salary schedule", summary, unit.phrase(),
                Text.coord(WIDTH), Text.coord(BOTTOM + 54), Text.coord(LEFT), Text.coord(RIGHT), Text.coord(TOP),
                Text.coord(BOTTOM), Text.coord(BOTTOM + 16), Text.coord(BOTTOM + 31), Text.coord(BOTTOM + 46),
                List.copyOf(ticks), List.copyOf(columns), unit.axis(),
                "Pay of " + classTitle + " in each salary schedule, " + unit.phrase() + ", oldest first. " + basisNote.apply(unit),
                List.copyOf(table), notes, shown.stream().anyMatch(p -> p.status() == Status.ADOPTED));
    }

    /** "$96,429", or "$96.4k" when that is too wide for its column. */
    static String amount(PayUnit unit, BigDecimal value, double colWidth) {
        String full = unit.money(value);
        if (unit != PayUnit.YEAR || Text.width(full, FONT) <= colWidth - 4) {
            return full;
        }
        return "$" + value.divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString() + "k";
    }

    /** The percentage change from {@code from} to {@code to}, one decimal, signed: "+3.0%", "-1.5%", "0.0%"; "n/a" from zero. */
    static String percent(BigDecimal from, BigDecimal to) {
        if (from.signum() == 0) {
            return "n/a";
        }
        BigDecimal pct = to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }

    /** "+3.0%" when bottom and top changed alike, else "bottom +2.0%, top +3.5%". */
    static String change(Band.Range before, Band.Range after) {
        String low = percent(before.min(), after.min());
        String high = percent(before.max(), after.max());
        return low.equals(high) ? low : "bottom " + low + ", top " + high;
    }

    /** Under a column: "+3.0%", or the top's change "top +3.5%" when the bottom moved otherwise. */
    static String shortChange(Band.Range before, Band.Range after) {
        String low = percent(before.min(), after.min());
        String high = percent(before.max(), after.max());
        return low.equals(high) ? low : "top " + high;
    }

    /** "3.0%" for "+3.0%" or "-3.0%" (a character test, not a pattern compiled per call: issue 15). */
    private static String unsigned(String percent) {
        return percent.startsWith("+") || percent.startsWith("-") ? percent.substring(1) : percent;
    }

    private static String movement(BigDecimal from, BigDecimal to) {
        int sign = to.compareTo(from);
        return sign == 0 ? "did not change" : (sign > 0 ? "rose " : "fell ") + unsigned(percent(from, to)) + " in all";
    }
}
