package org.jobspecs.site.chart;

import java.util.List;

/**
 * A picture of pay ranges as horizontal bars on one scale, ready to draw: a series' career ladder
 * (highest level on top, each level a labelled step) or the classes of a unit or department (sorted
 * by pay; above {@link Bars#LABELLED_MAX} classes a compact bar per class without labels). Every
 * coordinate is in the SVG's user units ({@code viewBox="0 0 width height"}), written out.
 *
 * @param id         the figure's id; its parts' ids start with it
 * @param kind       "ladder" or "spread", for the stylesheet
 * @param title      what the picture shows, "Career ladder: pay of each level"
 * @param summary    the picture in one sentence, for everyone (and for screen readers, which skip the drawing)
 * @param unit       the base of every amount, "per year" or "per hour"
 * @param compact    one thin bar per class, no labels (large units and departments)
 * @param ticks      the scale's round amounts, with vertical grid lines from {@code gridTop} to {@code gridBottom}
 * @param axisTitle  "Pay per year (US dollars)", drawn under the tick labels at {@code axisY}
 * @param rows       what is drawn, top to bottom
 * @param path       a compact picture's bars as one SVG path of horizontal lines ("M71 5h28…", much smaller than
 *                   a rect per class), stroked {@code barHeight} wide; empty otherwise
 * @param barHeight  a compact bar's thickness
 * @param hatched    whether a bar is hatched (the picture then needs its pattern)
 * @param levels     whether the table has a Level column (a ladder)
 * @param tableCaption the table's caption
 * @param table      the same data as the picture, and the classes it leaves out, in reading order
 * @param notes      what the picture leaves out and why; may be empty
 */
public record BarChart(String id, String kind, String title, String summary, String unit, String width, String height,
                       boolean compact, List<Tick> ticks, String gridTop, String gridBottom, String axisTitle,
                       String axisX, String axisY, List<Row> rows, String path, String barHeight, boolean hatched, boolean levels, String tableCaption,
                       List<TableRow> table, List<String> notes) {

    /** A round amount on the scale: its grid line's x, its label and where the label goes. */
    public record Tick(String x, String label, String anchor, String labelY) { }

    /**
     * One bar and, unless compact, its label line: the title at ({@code labelX}, {@code labelY}),
     * {@code mark} ("this class") after it in bold; the range beside the bar (or, without room there,
     * at the label line's right end) at {@code amountX}, anchored {@code amountAnchor}. Without a bar
     * ({@code hasBar} false) {@code amount} says why ("No pay on a current schedule").
     */
    public record Row(String label, String mark, String labelX, String labelY, String amount, String amountX,
                      String amountAnchor, String amountY, boolean hasBar, String barX, String barY, String barWidth, String barHeight, boolean marked) { }

    /**
     * One table row.
     *
     * @param level "2", or empty
     * @param pay   "$62,400 – $75,837", or why there is none
     * @param note  "this class", "paid by the hour: not in the picture", or empty
     */
    public record TableRow(String level, String code, String title, String href, String pay, String note, boolean marked) { }
}
