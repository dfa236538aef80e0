package org.jobspecs.site.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The base a picture draws pay on: per year (whole dollars) or per hour (cents). */
public enum PayUnit {
    YEAR("per year", "Pay per year"),
    HOUR("per hour", "Pay per hour");

    private final String phrase;
    private final String axis;

    PayUnit(String phrase, String axis) {
        this.phrase = phrase;
        this.axis = axis;
    }

    public String phrase() {
        return phrase;
    }

    /** The axis title: "Pay per year". */
    public String axis() {
        return axis;
    }

    /** "$62,400" per year, "$19.63" per hour. */
    String money(BigDecimal amount) {
        return this == YEAR ? Text.dollars(amount.setScale(0, RoundingMode.HALF_UP)) : Text.dollars(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** "$62,400 – $75,837"; one amount when both are equal. */
    String range(Band.Range r) {
        String min = money(r.min());
        String max = money(r.max());
        return min.equals(max) ? min : min + " – " + max;
    }

    /** A tick label: "$60k" per year, "$20" or "$17.50" per hour. */
    String tick(double value) {
        if (this == YEAR) {
            return value >= 1000 ? "$" + Text.number(value / 1000) + "k" : "$" + Text.number(value);
        }
        return value == Math.rint(value) ? "$" + Text.number(value) : Text.dollars(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
