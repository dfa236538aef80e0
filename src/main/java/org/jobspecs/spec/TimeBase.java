package org.jobspecs.spec;

import java.util.Locale;
import java.util.Optional;

/** The period a pay amount is for. Pay is never shown without it. */
public enum TimeBase {
    HOURLY("hourly", "per hour", "HOUR"),
    BIWEEKLY("biweekly", "every two weeks", "WEEK"),
    MONTHLY("monthly", "per month", "MONTH"),
    ANNUAL("annual", "per year", "YEAR");

    private final String word;
    private final String phrase;
    private final String schemaUnit;

    TimeBase(String word, String phrase, String schemaUnit) {
        this.word = word;
        this.phrase = phrase;
        this.schemaUnit = schemaUnit;
    }

    /** The word used in data files and tables: "hourly", "biweekly", "monthly", "annual". */
    public String word() {
        return word;
    }

    /** How an amount reads with it: "per month". */
    public String phrase() {
        return phrase;
    }

    /** schema.org {@code unitText} for a {@code QuantitativeValue}. Biweekly has no code of its own. */
    public String schemaUnit() {
        return schemaUnit;
    }

    public static Optional<TimeBase> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (TimeBase base : values()) {
            if (base.word.equals(t)) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }
}
