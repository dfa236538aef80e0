package org.jobspecs.site.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from amounts to picture coordinates, over a domain widened to round tick steps
 * (1, 2, 2.5 or 5 times a power of ten) so that every tick is a round amount.
 *
 * @param lo    the domain's low end (a tick)
 * @param hi    the domain's high end (a tick), above {@code lo}
 * @param step  the distance between ticks
 * @param from  where {@code lo} is drawn
 * @param to    where {@code hi} is drawn
 */
record Scale(double lo, double hi, double step, double from, double to) {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /**
     * A scale over [{@code min}, {@code max}] with at most {@code maxTicks} intervals, never below zero.
     * An empty domain (min = max) is widened around its value.
     */
    static Scale over(double min, double max, int maxTicks, double from, double to) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " below min " + min);
        }
        if (max == min) {
            double pad = max == 0 ? 1 : Math.abs(max) * 0.1;
            min = Math.max(0, min - pad);
            max = max + pad;
        }
        double raw = (max - min) / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double n : NICE) {
            if (n * magnitude >= raw) {
                step = n * magnitude;
                break;
            }
        }
        double lo = Math.max(0, Math.floor(min / step + 1e-9) * step);
        double hi = Math.ceil(max / step - 1e-9) * step;
        if (hi <= lo) {
            hi = lo + step;
        }
        return new Scale(lo, hi, step, from, to);
    }

    /** Where {@code value} is drawn. */
    double at(double value) {
        return from + (value - lo) / (hi - lo) * (to - from);
    }

    /** The ticks' values, lo to hi. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.round((hi - lo) / step);
        for (int i = 0; i <= n; i++) {
            ticks.add(lo + i * step);
        }
        return ticks;
    }
}
