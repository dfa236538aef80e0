package org.jobspecs.site.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Builds {@link BarChart}s: a series' career ladder and the pay across a unit or department. */
public final class Bars {

    /** Up to this many classes a picture labels every bar; above it, one compact bar per class. */
    public static final int LABELLED_MAX = 25;

    static final double WIDTH = 400;
    static final double PAD = 4;
    static final double FONT = 13;
    /** A labelled row: label line, then the bar. */
    static final double ROW = 40;
    static final double BAR = 14;
    static final double AMOUNT_FONT = 12;
    /** A compact row. */
    static final double THIN_ROW = 3;
    /** The most a compact picture's bars take from top to bottom. */
    static final double COMPACT_HEIGHT = 300;
    /** A bar is never narrower than this (a range whose minimum equals its maximum). */
    static final double MIN_BAR = 3;

    private Bars() {
    }

    /**
     * A series' career ladder: each level a step with its pay band, the highest on top, all on one
     * scale: per year, or per hour when a level is paid by the hour only (then every level is drawn
     * per hour, so the climb stays whole). Null without any level.
     *
     * @param levels  the classes of the series, entry level first
     * @param current the code of the class whose page shows it, marked "this class"; null on the series page
     * @param series  the series' title
     */
    public static BarChart ladder(String id, String series, List<Band> levels, String current,
                                  java.util.function.Function<PayUnit, String> basisNote) {
        if (levels.isEmpty()) {
            return null;
        }
        boolean yearly = levels.stream().filter(Band::hasPay).allMatch(Band::yearly);
        PayUnit unit = yearly ? PayUnit.YEAR : PayUnit.HOUR;
        List<Band> top = new ArrayList<>(levels);
        java.util.Collections.reverse(top);
        List<Band> paid = levels.stream().filter(Band::hasPay).toList();
        Layout layout = labelled(top, unit, b -> Objects.equals(b.code(), current),
                b -> b.level() == null ? List.of(b.title()) : List.of("Level " + b.level() + " · " + b.title(), b.title()));
        List<BarChart.TableRow> table = new ArrayList<>();
        for (Band b : levels) {
            boolean marked = Objects.equals(b.code(), current);
            table.add(new BarChart.TableRow(b.level() == null ? "" : b.level().toString(), b.code(), b.title(), b.href(),
                    b.hasPay() ? unit.range(b.in(unit)) : NO_PAY, marked ? "this class" : "", marked));
        }
        StringBuilder summary = new StringBuilder();
        if (paid.isEmpty()) {
            summary.append(count(levels.size(), "level")).append(", none with pay on a current schedule");
        } else if (levels.size() == 1) {
            summary.append("1 level: ").append(levels.get(0).title()).append(", ").append(unit.range(paid.get(0).in(unit))).append(' ').append(unit.phrase());
        } else {
            Band first = paid.get(0);
            Band last = paid.get(paid.size() - 1);
            summary.append(count(levels.size(), "level")).append(" from ").append(unit.range(first.in(unit))).append(' ').append(unit.phrase())
                    .append(" at ").append(levelName(first)).append(" to ").append(unit.range(last.in(unit))).append(" at ").append(levelName(last));
            long unpaid = levels.size() - paid.size();
            if (unpaid > 0) {
                summary.append("; ").append(count((int) unpaid, "level")).append(" without pay on a current schedule");
            }
        }
        levels.stream().filter(b -> Objects.equals(b.code(), current)).findFirst()
                .ifPresent(b -> summary.append("; this class is ").append(b.level() == null ? "in the series" : "level " + b.level()));
        summary.append('.');
        List<String> notes = new ArrayList<>();
        if (!yearly) {
            notes.add("Drawn per hour because " + (paid.stream().filter(b -> !b.yearly()).count() == 1 ? "a level is" : "some levels are")
                    + " paid by the hour only; the other levels' hourly pay is computed from their adopted pay.");
        }
        return chart(id, "ladder", "Career ladder: pay of each level of the " + series + " series", summary.toString(), unit, layout,
                false, true, "Pay of each level of the " + series + " series, " + unit.phrase() + ", entry level first. " + basisNote.apply(unit),
                table, notes);
    }

    /**
     * The pay across a unit or department: each class's range as a bar on one scale, sorted by the
     * bottom of the range (then the top, the title, the code). Per year, unless no class has a year's
     * pay (then per hour); classes without pay, and hourly-only classes in a yearly picture, are listed
     * in the table, not drawn. Null when nothing can be drawn.
     *
     * @param what "Alameda City Employees Association", "the Finance department"
     */
    public static BarChart spread(String id, String what, List<Band> classes,
                                  java.util.function.Function<PayUnit, String> basisNote) {
        boolean anyYearly = classes.stream().anyMatch(b -> b.hasPay() && b.yearly());
        PayUnit unit = anyYearly ? PayUnit.YEAR : PayUnit.HOUR;
        Comparator<Band> byPay = Comparator.comparing((Band b) -> b.in(unit).min()).thenComparing(b -> b.in(unit).max())
                .thenComparing(Band::title).thenComparing(Band::code);
        List<Band> drawn = classes.stream().filter(b -> b.hasPay() && (b.yearly() || !anyYearly)).sorted(byPay).toList();
        if (drawn.isEmpty()) {
            return null;
        }
        List<Band> hourlyOnly = classes.stream().filter(b -> b.hasPay() && !b.yearly() && anyYearly)
                .sorted(Comparator.comparing((Band b) -> b.hourly().min()).thenComparing(Band::title).thenComparing(Band::code)).toList();
        List<Band> unpaid = classes.stream().filter(b -> !b.hasPay()).sorted(Comparator.comparing(Band::title).thenComparing(Band::code)).toList();
        boolean compact = drawn.size() > LABELLED_MAX;
        Layout layout = compact ? compact(drawn, unit) : labelled(drawn, unit, b -> false, b -> List.of(b.title()));
        List<BarChart.TableRow> table = new ArrayList<>();
        drawn.forEach(b -> table.add(new BarChart.TableRow("", b.code(), b.title(), b.href(), unit.range(b.in(unit)), "", false)));
        hourlyOnly.forEach(b -> table.add(new BarChart.TableRow("", b.code(), b.title(), b.href(), PayUnit.HOUR.range(b.hourly()) + " per hour",
                "paid by the hour: not in the picture", false)));
        unpaid.forEach(b -> table.add(new BarChart.TableRow("", b.code(), b.title(), b.href(), NO_PAY, "not in the picture", false)));
        Band lowest = drawn.get(0);
        Band highest = drawn.stream().max(Comparator.comparing((Band b) -> b.in(unit).max()).thenComparing(Band::title).thenComparing(Band::code)).orElseThrow();
        StringBuilder summary = new StringBuilder(count(drawn.size(), "class")).append(", pay ").append(unit.phrase())
                .append(drawn.size() == 1 ? ": " + lowest.title() + ", " + unit.range(lowest.in(unit))
                        : " from " + unit.money(lowest.in(unit).min()) + " (" + lowest.title() + ", the lowest) to "
                        + unit.money(highest.in(unit).max()) + " (" + highest.title() + ", the highest)");
        List<String> notes = new ArrayList<>();
        if (!hourlyOnly.isEmpty()) {
            notes.add(count(hourlyOnly.size(), "class") + " paid by the hour only " + (hourlyOnly.size() == 1 ? "is" : "are")
                    + " in the table, not in the picture: a year's pay would mislead.");
        }
        if (!unpaid.isEmpty()) {
            notes.add(count(unpaid.size(), "class") + " without pay on a current schedule " + (unpaid.size() == 1 ? "is" : "are") + " in the table only.");
        }
        if (compact) {
            notes.add("Each thin bar is one class, lowest pay at the top; the table names them.");
        }
        summary.append('.');
        return chart(id, "spread", "Pay across " + what + ", each class a bar", summary.toString(), unit, layout, compact, false,
                "Pay of each class of " + what + ", " + unit.phrase() + ", lowest first. " + basisNote.apply(unit), table, notes);
    }

    static final String NO_PAY = "No pay on a current schedule";

    /** The rows and the scale, before the axis is added. */
    private record Layout(Scale scale, List<BarChart.Row> rows, double bottom) { }

    private static Layout labelled(List<Band> bands, PayUnit unit, java.util.function.Predicate<Band> marked,
                                   java.util.function.Function<Band, List<String>> labels) {
        Scale scale = scale(bands, unit);
        List<BarChart.Row> rows = new ArrayList<>();
        double y = PAD;
        for (Band b : bands) {
            boolean mark = marked.test(b);
            Band.Range r = b.in(unit);
            String markText = mark ? " (this class)" : "";
            double labelY = y + FONT;
            if (r == null) {
                String text = label(labels.apply(b), WIDTH - 2 * PAD - Text.width(NO_PAY + markText, FONT) - 12);
                rows.add(new BarChart.Row(text, markText, Text.coord(PAD), Text.coord(labelY), NO_PAY, Text.coord(WIDTH - PAD), "end",
                        Text.coord(labelY), false, "0", "0", "0", "0", mark));
            } else {
                double[] x = bar(scale, r);
                String amount = unit.range(r);
                double amountWidth = Text.width(amount, AMOUNT_FONT);
                double barY = y + 20;
                double amountY = barY + BAR - 3;
                String amountX;
                String anchor;
                double labelRoom = WIDTH - 2 * PAD - Text.width(markText, FONT);
                if (x[0] + x[1] + 5 + amountWidth <= WIDTH - PAD) {
                    amountX = Text.coord(x[0] + x[1] + 5);
                    anchor = "start";
                } else if (x[0] - 5 - amountWidth >= PAD) {
                    amountX = Text.coord(x[0] - 5);
                    anchor = "end";
                } else { // no room beside the bar: on the label line, at the right
                    amountX = Text.coord(WIDTH - PAD);
                    anchor = "end";
                    amountY = labelY;
                    labelRoom -= Text.width(amount, FONT) + 12;
                }
                rows.add(new BarChart.Row(label(labels.apply(b), labelRoom), markText, Text.coord(PAD), Text.coord(labelY), amount, amountX,
                        anchor, Text.coord(amountY), true, Text.coord(x[0]), Text.coord(barY), Text.coord(x[1]), Text.coord(BAR), mark));
            }
            y += ROW;
        }
        return new Layout(scale, rows, y);
    }

    /** The first of {@code candidates} (longest first) that fits {@code room}, else the last one cut to fit. */
    static String label(List<String> candidates, double room) {
        for (String c : candidates) {
            if (Text.width(c, FONT) <= room) {
                return c;
            }
        }
        return Text.fit(candidates.get(candidates.size() - 1), FONT, room);
    }

    /**
     * One thin bar per class, touching its neighbours once there are so many that the picture would
     * grow taller than {@link #COMPACT_HEIGHT}: the shape of the pay across a large group.
     */
    private static Layout compact(List<Band> bands, PayUnit unit) {
        Scale scale = scale(bands, unit);
        List<BarChart.Row> rows = new ArrayList<>();
        double pitch = Math.min(THIN_ROW, COMPACT_HEIGHT / bands.size());
        double height = pitch >= 2 ? pitch - 1 : pitch;
        double y = PAD;
        for (Band b : bands) {
            double[] x = bar(scale, b.in(unit));
            rows.add(new BarChart.Row("", "", "0", "0", "", "0", "start", "0", true, Text.coord(x[0]), Text.coord2(y), Text.coord(x[1]),
                    Text.coord2(height), false));
            y += pitch;
        }
        return new Layout(scale, rows, y + PAD);
    }

    /** x and width of a range's bar, at least {@link #MIN_BAR} wide (centred on a single amount). */
    static double[] bar(Scale scale, Band.Range r) {
        double x0 = scale.at(r.min().doubleValue());
        double x1 = scale.at(r.max().doubleValue());
        if (x1 - x0 < MIN_BAR) {
            double mid = (x0 + x1) / 2;
            x0 = Math.max(scale.from(), mid - MIN_BAR / 2);
            x1 = x0 + MIN_BAR;
        }
        return new double[] {x0, x1 - x0};
    }

    private static Scale scale(List<Band> bands, PayUnit unit) {
        double min = bands.stream().map(b -> b.in(unit)).filter(Objects::nonNull).mapToDouble(r -> r.min().doubleValue()).min().orElse(0);
        double max = bands.stream().map(b -> b.in(unit)).filter(Objects::nonNull).mapToDouble(r -> r.max().doubleValue()).max().orElse(1);
        return Scale.over(min, max, 5, PAD + 2, WIDTH - PAD - 2);
    }

    private static BarChart chart(String id, String kind, String title, String summary, PayUnit unit, Layout layout, boolean compact,
                                  boolean levels,
                                  String caption, List<BarChart.TableRow> table, List<String> notes) {
        List<BarChart.Tick> ticks = new ArrayList<>();
        double gridBottom = layout.bottom();
        double labelY = gridBottom + FONT + 4;
        List<Double> values = layout.scale().ticks();
        for (int i = 0; i < values.size(); i++) {
            String anchor = i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            double x = layout.scale().at(values.get(i));
            double labelX = i == 0 ? Math.max(x, 0) : x;
            ticks.add(new BarChart.Tick(Text.coord(labelX), unit.tick(values.get(i)), anchor, Text.coord(labelY)));
        }
        double axisY = labelY + FONT + 4;
        double height = axisY + 6;
        StringBuilder path = new StringBuilder();
        if (compact) {
            // One stroked line per class, whole units (a quarter of a per cent of the scale): about ten bytes a class.
            for (BarChart.Row r : layout.rows()) {
                double x = Double.parseDouble(r.barX());
                double w = Math.max(1, Math.round(Double.parseDouble(r.barWidth())));
                double mid = Double.parseDouble(r.barY()) + Double.parseDouble(r.barHeight()) / 2;
                path.append('M').append(Math.round(x)).append(' ').append(Text.coord2(mid)).append('h').append((long) w);
            }
        }
        return new BarChart(id, kind, title, summary, unit.phrase(), Text.coord(WIDTH), Text.coord(height), compact, List.copyOf(ticks), Text.coord(PAD / 2),
                Text.coord(gridBottom), unit.axis() + " (US dollars)", Text.coord(WIDTH / 2), Text.coord(axisY), layout.rows(), path.toString(),
                compact && !layout.rows().isEmpty() ? layout.rows().get(0).barHeight() : "0", layout.rows().stream().anyMatch(BarChart.Row::marked), levels,
                caption, List.copyOf(table), List.copyOf(notes));
    }

    private static String levelName(Band b) {
        return (b.level() == null ? "" : "level " + b.level() + " ") + "(" + b.title() + ")";
    }

    static String count(int n, String noun) {
        String plural = noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
