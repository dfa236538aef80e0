package org.jobspecs.site.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Issue 13, part 5: the geometry of the pictures of pay, without a page. */
class ChartGeometryTest {

    static final Function<PayUnit, String> NOTE = u -> "Computed " + u.phrase() + ".";

    /** A full-time class paid {@code min}–{@code max} a year (hourly: ÷ 2,080). */
    static Band yearly(String code, String title, Integer level, long min, long max) {
        return new Band(code, title, "classes/" + code + "/", level, range(min, max), hourly(min, max), true);
    }

    static Band hourlyOnly(String code, String title, Integer level, long min, long max) {
        return new Band(code, title, "classes/" + code + "/", level, range(min, max), hourly(min, max), false);
    }

    static Band unpaid(String code, String title, Integer level) {
        return new Band(code, title, "classes/" + code + "/", level, null, null, true);
    }

    static Band.Range range(long min, long max) {
        return new Band.Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    static Band.Range hourly(long min, long max) {
        return new Band.Range(BigDecimal.valueOf(min).divide(BigDecimal.valueOf(2080), 2, java.math.RoundingMode.HALF_UP),
                BigDecimal.valueOf(max).divide(BigDecimal.valueOf(2080), 2, java.math.RoundingMode.HALF_UP));
    }

    static double d(String coordinate) {
        return Double.parseDouble(coordinate);
    }

    // --- scale ---------------------------------------------------------------------------------

    @Test
    void theScaleCoversTheDataWithRoundTicks() {
        Scale s = Scale.over(62_400, 125_652, 5, 0, 400);
        assertTrue(s.lo() <= 62_400 && s.hi() >= 125_652, s.toString());
        assertEquals(20_000, s.step(), 0, "(125,652 − 62,400) / 5 ≈ 12,650, rounded up to 20,000");
        assertEquals(List.of(60_000.0, 80_000.0, 100_000.0, 120_000.0, 140_000.0), s.ticks());
        assertEquals(0, s.at(60_000), 1e-9);
        assertEquals(400, s.at(140_000), 1e-9);
        assertEquals(200, s.at(100_000), 1e-9, "linear: the middle amount in the middle");
    }

    @Test
    void aScaleOfOneAmountIsWidenedAndNeverNegative() {
        Scale one = Scale.over(50_000, 50_000, 5, 0, 400);
        assertTrue(one.lo() < 50_000 && one.hi() > 50_000, one.toString());
        Scale zero = Scale.over(0, 0, 5, 0, 400);
        assertEquals(0, zero.lo(), 0);
        assertTrue(zero.hi() > 0);
        Scale small = Scale.over(1, 3, 4, 0, 100);
        assertTrue(small.lo() >= 0, small.toString());
        assertThrows(IllegalArgumentException.class, () -> Scale.over(5, 4, 5, 0, 1));
    }

    @Test
    void coordinatesAreWrittenWithAPointAndAtMostOneDecimal() {
        assertEquals("12.5", Text.coord(12.46));
        assertEquals("40", Text.coord(39.99));
        assertEquals("-0.5", Text.coord(-0.5));
        assertEquals("-3.2", Text.coord(-3.2));
        assertEquals("1000", Text.coord(1000));
        assertEquals("$62,400", Text.dollars(BigDecimal.valueOf(62400)));
        assertEquals("$1,234,567.89", Text.dollars(new BigDecimal("1234567.89")));
    }

    // --- career ladder -------------------------------------------------------------------------

    static List<Band> series() {
        return List.of(yearly("7563", "Customer Service Representative", 1, 60_000, 72_000),
                yearly("7565", "Lead Customer Service Representative", 2, 66_000, 80_000),
                yearly("7567", "Customer Services Supervisor", 3, 90_000, 110_000));
    }

    @Test
    void theLadderPutsTheHighestLevelOnTopAndDrawsBandsToScale() {
        BarChart c = Bars.ladder("chart-ladder", "Customer Service", series(), null, NOTE);
        assertEquals("per year", c.unit());
        List<BarChart.Row> rows = c.rows();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).label().contains("Customer Services Supervisor"), "highest level first (top): " + rows.get(0));
        assertTrue(rows.get(2).label().contains("Customer Service Representative"), "entry level last (bottom): " + rows.get(2));
        assertTrue(d(rows.get(0).barY()) < d(rows.get(1).barY()) && d(rows.get(1).barY()) < d(rows.get(2).barY()));
        // to scale: widths proportional to the ranges, offsets to the differences
        double perDollar = d(rows.get(2).barWidth()) / 12_000;
        assertEquals(14_000 * perDollar, d(rows.get(1).barWidth()), 0.15);
        assertEquals(20_000 * perDollar, d(rows.get(0).barWidth()), 0.15);
        assertEquals(30_000 * perDollar, d(rows.get(0).barX()) - d(rows.get(2).barX()), 0.15);
        // every bar inside the drawing
        for (BarChart.Row r : rows) {
            assertTrue(d(r.barX()) >= 0 && d(r.barX()) + d(r.barWidth()) <= d(c.width()), r.toString());
        }
        assertEquals(List.of("1", "2", "3"), c.table().stream().map(BarChart.TableRow::level).toList(), "the table reads entry level first");
        assertEquals("$60,000 – $72,000", c.table().get(0).pay());
        assertTrue(c.summary().startsWith("3 levels from $60,000 – $72,000 per year at level 1 (Customer Service Representative) to $90,000 – $110,000 at level 3"),
                c.summary());
        assertFalse(c.rows().stream().anyMatch(BarChart.Row::marked), "no class is marked on the series page");
        assertFalse(c.hatched());
    }

    @Test
    void theLadderMarksTheCurrentClassInWordsNotColourAlone() {
        BarChart c = Bars.ladder("chart-ladder", "Customer Service", series(), "7565", NOTE);
        BarChart.Row marked = c.rows().stream().filter(BarChart.Row::marked).findFirst().orElseThrow();
        assertEquals(" (this class)", marked.mark());
        assertTrue(marked.label().contains("Lead Customer Service Representative"), marked.toString());
        assertEquals(1, c.rows().stream().filter(BarChart.Row::marked).count());
        BarChart.TableRow row = c.table().get(1);
        assertTrue(row.marked());
        assertEquals("this class", row.note());
        assertTrue(c.summary().endsWith("this class is level 2."), c.summary());
        assertTrue(c.hatched(), "the marked bar is hatched as well");
    }

    @Test
    void aLadderOfOneLevelAndALevelWithoutPay() {
        BarChart one = Bars.ladder("l", "Solo", List.of(yearly("1", "Only", 1, 50_000, 60_000)), "1", NOTE);
        assertEquals(1, one.rows().size());
        assertEquals("1 level: Only, $50,000 – $60,000 per year; this class is level 1.", one.summary());

        BarChart gap = Bars.ladder("l", "Gap", List.of(yearly("1", "First", 1, 50_000, 60_000), unpaid("2", "Second", 2),
                yearly("3", "Third", 3, 70_000, 80_000)), null, NOTE);
        BarChart.Row second = gap.rows().get(1);
        assertFalse(second.hasBar(), "no bar for a level without pay");
        assertEquals("No pay on a current schedule", second.amount());
        assertEquals("No pay on a current schedule", gap.table().get(1).pay());
        assertTrue(gap.summary().contains("1 level without pay on a current schedule"), gap.summary());

        assertNull(Bars.ladder("l", "Empty", List.of(), null, NOTE));
        BarChart none = Bars.ladder("l", "None", List.of(unpaid("1", "A", 1)), null, NOTE);
        assertEquals("1 level, none with pay on a current schedule.", none.summary());
    }

    @Test
    void aLadderWithAnHourlyOnlyLevelIsDrawnPerHour() {
        BarChart c = Bars.ladder("l", "Recreation", List.of(hourlyOnly("6201", "Recreation Leader I", 1, 36_400, 41_600),
                hourlyOnly("6202", "Recreation Leader II", 2, 41_600, 47_840), yearly("6210", "Recreation Specialist", 3, 62_400, 75_000)), null, NOTE);
        assertEquals("per hour", c.unit());
        assertEquals("$17.50 – $20.00", c.table().get(0).pay());
        assertEquals("$30.00 – $36.06", c.table().get(2).pay(), "the full-time level's hourly equivalent");
        assertTrue(c.notes().get(0).startsWith("Drawn per hour because some levels are paid by the hour only"), c.notes().toString());
        assertTrue(c.tableCaption().endsWith("Computed per hour."), c.tableCaption());
    }

    @Test
    void equalMinimumAndMaximumStillDrawAVisibleBar() {
        BarChart c = Bars.ladder("l", "Flat", List.of(yearly("1", "Flat rate", 1, 80_000, 80_000), yearly("2", "Range", 2, 70_000, 90_000)), null, NOTE);
        BarChart.Row flat = c.rows().get(1);
        assertEquals(Bars.MIN_BAR, d(flat.barWidth()), 0.05);
        assertEquals("$80,000", flat.amount(), "one amount, not \"$80,000 – $80,000\"");
    }

    @Test
    void longTitlesAreCutToFitAndAmountsStayInsideTheDrawing() {
        String longTitle = "Supervising Senior Principal Environmental Compliance and Regulatory Affairs Program Specialist";
        BarChart c = Bars.ladder("l", "Long", List.of(yearly("1", longTitle, 1, 40_000, 50_000), yearly("2", longTitle + " II", 2, 150_000, 200_000)),
                "2", NOTE);
        for (BarChart.Row r : c.rows()) {
            assertTrue(r.label().endsWith("…"), r.label());
            double labelEnd = d(r.labelX()) + Text.width(r.label() + r.mark(), Bars.FONT);
            assertTrue(labelEnd <= d(c.width()), "label fits: " + r);
            double amountWidth = Text.width(r.amount(), Bars.AMOUNT_FONT);
            double x = d(r.amountX());
            double left = r.amountAnchor().equals("end") ? x - amountWidth : x;
            assertTrue(left >= 0 && left + amountWidth <= d(c.width()), "amount inside: " + r);
        }
        assertEquals(longTitle + " II", c.table().get(1).title(), "the table has the whole title");
    }

    // --- pay across a unit or department ------------------------------------------------------

    @Test
    void theSpreadSortsByTheBottomOfTheRangeThenTheTopThenTheTitle() {
        List<Band> classes = List.of(yearly("4", "Delta", null, 70_000, 90_000), yearly("1", "Alpha", null, 50_000, 60_000),
                yearly("3", "Charlie", null, 70_000, 80_000), yearly("2", "Bravo", null, 70_000, 80_000));
        BarChart c = Bars.spread("s", "Finance", classes, NOTE);
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "Delta"), c.table().stream().map(BarChart.TableRow::title).toList());
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "Delta"), c.rows().stream().map(BarChart.Row::label).toList());
        assertFalse(c.compact());
        assertEquals("4 classes, pay per year from $50,000 (Alpha, the lowest) to $90,000 (Delta, the highest).", c.summary());
    }

    @Test
    void theSpreadLeavesHourlyOnlyAndUnpaidClassesToTheTable() {
        List<Band> classes = List.of(yearly("1", "Clerk", null, 50_000, 60_000), hourlyOnly("2", "Lifeguard", null, 36_400, 41_600),
                unpaid("3", "New class", null));
        BarChart c = Bars.spread("s", "Recreation", classes, NOTE);
        assertEquals(1, c.rows().size(), "only the full-time class is drawn per year");
        assertEquals(3, c.table().size());
        assertEquals("$17.50 – $20.00 per hour", c.table().get(1).pay());
        assertEquals("paid by the hour: not in the picture", c.table().get(1).note());
        assertEquals("No pay on a current schedule", c.table().get(2).pay());
        assertEquals(List.of("1 class paid by the hour only is in the table, not in the picture: a year's pay would mislead.",
                "1 class without pay on a current schedule is in the table only."), c.notes());

        BarChart hourly = Bars.spread("s", "Part-time", List.of(hourlyOnly("2", "Lifeguard", null, 36_400, 41_600)), NOTE);
        assertEquals("per hour", hourly.unit(), "a group paid only by the hour is drawn per hour");
        assertEquals(1, hourly.rows().size());
        assertNull(Bars.spread("s", "Nobody", List.of(unpaid("3", "New class", null)), NOTE), "nothing to draw: no picture");
        assertNull(Bars.spread("s", "Empty", List.of(), NOTE));
    }

    @Test
    void aLargeGroupGetsOneCompactBarPerClassInOnePath() {
        List<Band> classes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            classes.add(yearly(String.valueOf(1000 + i), "Class " + i, null, 40_000 + (i * 397L) % 90_000, 60_000 + (i * 397L) % 90_000 + i * 10L));
        }
        BarChart c = Bars.spread("s", "Public Works", classes, NOTE);
        assertTrue(c.compact());
        assertEquals(300, c.rows().size());
        assertEquals(300, c.path().chars().filter(ch -> ch == 'M').count(), "one line per class in the path");
        assertTrue(d(c.height()) < Bars.COMPACT_HEIGHT + 60, "the picture stays about as tall as " + Bars.COMPACT_HEIGHT + ": " + c.height());
        for (int i = 1; i < c.rows().size(); i++) {
            assertTrue(d(c.rows().get(i).barX()) >= d(c.rows().get(i - 1).barX()) - 0.05, "sorted by the bottom of the range at row " + i);
        }
        assertEquals(300, c.table().size());
        assertTrue(c.notes().contains("Each thin bar is one class, lowest pay at the top; the table names them."), c.notes().toString());
        assertTrue(c.path().length() < 300 * 16, "about ten bytes a class: " + c.path().length());

        BarChart labelled = Bars.spread("s", "Small", classes.subList(0, Bars.LABELLED_MAX), NOTE);
        assertFalse(labelled.compact(), Bars.LABELLED_MAX + " classes are still labelled");
        assertEquals("", labelled.path());
    }

    // --- pay over time -------------------------------------------------------------------------

    static PayHistory.Point point(int year, PayHistory.Status status, long min, long max) {
        return new PayHistory.Point("Salary Schedule " + year, "salary/fy" + year + "/#class-1", LocalDate.of(year, 7, 1), status, range(min, max));
    }

    @Test
    void payOverTimeGivesThePercentageChangeBetweenSchedules() {
        PayHistory h = PayHistory.of("h", "Accountant", List.of(point(2024, PayHistory.Status.PAST, 60_000, 80_000),
                point(2025, PayHistory.Status.IN_FORCE, 61_800, 82_400), point(2026, PayHistory.Status.ADOPTED, 63_036, 85_284)), true, NOTE);
        assertEquals(List.of("", "+3.0%", "bottom +2.0%, top +3.5%"), h.table().stream().map(PayHistory.TableRow::change).toList());
        assertEquals(List.of("", "+3.0%", "top +3.5%"), h.columns().stream().map(PayHistory.Column::change).toList());
        assertEquals(List.of("past", "in force", "adopted"), h.columns().stream().map(PayHistory.Column::status).toList());
        assertEquals(List.of("past", "in-force", "adopted"), h.columns().stream().map(PayHistory.Column::style).toList());
        assertEquals(List.of("Jul 2024", "Jul 2025", "Jul 2026"), h.columns().stream().map(PayHistory.Column::date).toList());
        assertTrue(h.hatched(), "the adopted schedule is hatched");
        assertTrue(h.summary().endsWith("the top of the range rose 6.6% in all."), h.summary());
        // higher pay is drawn higher (smaller y), to scale
        double top0 = d(h.columns().get(0).barTop());
        double top2 = d(h.columns().get(2).barTop());
        assertTrue(top2 < top0);
        double perDollar = d(h.columns().get(0).barHeight()) / 20_000;
        assertEquals(5_284 * perDollar, top0 - top2, 0.15);
        assertEquals("$80,000", h.columns().get(0).maxLabel());
        assertEquals("$60,000", h.columns().get(0).minLabel());
    }

    @Test
    void percentagesAreSignedRoundedAndSafeFromZero() {
        assertEquals("+3.0%", PayHistory.percent(BigDecimal.valueOf(100), BigDecimal.valueOf(103)));
        assertEquals("-1.5%", PayHistory.percent(BigDecimal.valueOf(200), BigDecimal.valueOf(197)));
        assertEquals("0.0%", PayHistory.percent(BigDecimal.valueOf(50), BigDecimal.valueOf(50)));
        assertEquals("+3.3%", PayHistory.percent(BigDecimal.valueOf(3), BigDecimal.valueOf(3.1)));
        assertEquals("n/a", PayHistory.percent(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Test
    void payOverTimeNeedsTwoSchedulesAndShowsTheNewestSix() {
        assertNull(PayHistory.of("h", "A", List.of(point(2024, PayHistory.Status.IN_FORCE, 1, 2)), true, NOTE), "one schedule: nothing changes");
        assertNull(PayHistory.of("h", "A", List.of(), true, NOTE));
        List<PayHistory.Point> points = new ArrayList<>();
        for (int y = 2016; y < 2026; y++) {
            points.add(point(y, y == 2025 ? PayHistory.Status.IN_FORCE : PayHistory.Status.PAST, 50_000 + (y - 2016) * 1_000, 60_000 + (y - 2016) * 1_000));
        }
        PayHistory h = PayHistory.of("h", "A", points, true, NOTE);
        assertEquals(PayHistory.SHOWN, h.columns().size());
        assertEquals("Jul 2020", h.columns().get(0).date(), "the newest six");
        assertEquals("top +1.6%", h.columns().get(0).change(), "the first drawn still has its change from the one before (bottom +1.9%, top +1.6%)");
        assertEquals("bottom +1.9%, top +1.6%", h.table().get(4).change());
        assertEquals(10, h.table().size());
        assertEquals(List.of("The picture shows the newest 6 of 10 schedules; the table lists them all."), h.notes());
        for (PayHistory.Column c : h.columns()) {
            assertTrue(d(c.barX()) >= d(h.plotLeft()) && d(c.barX()) + d(c.barWidth()) <= d(h.plotRight()), c.toString());
            assertTrue(Text.width(c.maxLabel(), PayHistory.FONT) <= (d(h.plotRight()) - d(h.plotLeft())) / 6, "labels fit their column: " + c);
        }
    }

    @Test
    void payOverTimeOfAnHourlyOnlyClassIsPerHourAndAFlatRateHasOneLabel() {
        PayHistory h = PayHistory.of("h", "Lifeguard", List.of(
                new PayHistory.Point("S1", "", LocalDate.of(2024, 7, 1), PayHistory.Status.PAST, new Band.Range(new BigDecimal("17.50"), new BigDecimal("17.50"))),
                new PayHistory.Point("S2", "", LocalDate.of(2025, 7, 1), PayHistory.Status.IN_FORCE, new Band.Range(new BigDecimal("18.00"), new BigDecimal("18.00")))),
                false, NOTE);
        assertEquals("per hour", h.unit());
        assertEquals("$17.50", h.table().get(0).pay());
        assertEquals("+2.9%", h.table().get(1).change());
        assertTrue(h.columns().get(0).single());
        assertEquals("", h.columns().get(0).minLabel(), "a flat rate has one amount");
        assertTrue(d(h.columns().get(0).barHeight()) >= Bars.MIN_BAR - 0.05);
        assertTrue(h.summary().contains("per hour"), h.summary());
        assertFalse(h.hatched());
    }

    @Test
    void issue15TickNumbersAreWrittenAsBigDecimalWritesThem() {
        java.util.Random random = new java.util.Random(15);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 2.5, 10.0, 60.0, 62.5, 1e7, 1.25e7, 123456789.0, 1e15 - 1, 1e15, 1e16, 1e20,
                -5.0, -2.5, 0.1, 17.5, 0.30000000000000004, Double.MIN_VALUE));
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(18) - 2);
            double[] steps = {1, 2, 2.5, 5};
            values.add(random.nextInt(40) * steps[random.nextInt(steps.length)] * magnitude);
            values.add(random.nextDouble() * magnitude);
            values.add((double) random.nextLong());
        }
        for (double v : values) {
            assertEquals(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), Text.number(v), () -> "number(" + v + ")");
        }
    }
}
