package org.jobspecs.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the classes of a unit or group are worked and paid ({@code pay_basis} in {@code data/units.csv}),
 * which decides whether an annual equivalent of their pay means anything (issue 13): a full-time
 * class's hourly or monthly pay is also shown per year; a part-time or hourly-only class's is not,
 * since it is paid for the hours it works.
 */
public enum WorkBasis {
    /** Worked full time: the pay's annual equivalent (and hourly) is shown and compared. The default. */
    FULL_TIME("full-time", ""),
    /** Worked part time: pay is shown per hour, never as a year's pay. */
    PART_TIME("part-time", "part-time"),
    /** Paid only by the hour (seasonal, temporary, per diem, intermittent): pay is shown per hour. */
    HOURLY_ONLY("hourly-only", "hourly only");

    private final String word;
    private final String label;

    WorkBasis(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The value in the data file: "full-time", "part-time", "hourly-only". */
    public String word() {
        return word;
    }

    /** How pages name it beside hourly pay: "part-time", "hourly only"; empty for full time. */
    public String label() {
        return label;
    }

    /** Whether pay has a meaningful annual equivalent. */
    public boolean annual() {
        return this == FULL_TIME;
    }

    /** The words the data file may use: {@link #word()} of each. */
    public static List<String> words() {
        return java.util.Arrays.stream(values()).map(WorkBasis::word).toList();
    }

    /** The basis a cell names (case, blanks and "_" for "-" ignored; "hourly" for hourly-only); empty cells are full time. */
    public static Optional<WorkBasis> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (t.isEmpty()) {
            return Optional.of(FULL_TIME);
        }
        if (t.equals("hourly")) {
            return Optional.of(HOURLY_ONLY);
        }
        for (WorkBasis b : values()) {
            if (b.word.equals(t)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
