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

    /** An ISO date, or empty when the text is not one (wrong shape or impossible). */
    public static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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
