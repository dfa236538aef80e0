package org.jobspecs.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sources write them. Data files and headers use ISO {@code YYYY-MM-DD}; Word exports
 * write "7/1/09" or "October 8, 2025". Parsing is strict: February 30 is an impossible date, not
 * March 2.
 */
public final class Dates {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final List<DateTimeFormatter> WORDS = List.of(
            formatter("MMMM d, uuuu"), formatter("MMMM d uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"));

    private Dates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    /** An ISO date, or empty when the text is not one (wrong shape or impossible). */
    public static Optional<LocalDate> iso(String text) {
        String t = text.strip();
        if (isPlainIsoShape(t)) {
            // the usual "YYYY-MM-DD" read without the formatter's machinery (issue 15): the formatter
            // reads these ten ASCII characters as these three numbers, and its strict resolving is
            // LocalDate.of's check (DatesTest compares the two)
            try {
                return Optional.of(LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(t, ISO));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a text is four ASCII digits, '-', two digits, '-', two digits. */
    static boolean isPlainIsoShape(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    /** A date as a Word export writes it: "7/1/09", "7/1/2009", "October 8, 2025" or ISO. */
    public static Optional<LocalDate> loose(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += year <= 69 ? 2000 : 1900;
            }
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : WORDS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeException e) {
                // try the next shape
            }
        }
        return iso(t);
    }
}
