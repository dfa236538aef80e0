package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone who made tracked changes in the document a spec was imported from, with the date of their
 * changes where the document keeps one. A native source lists them in its {@code revisions} header:
 * {@code revisions=Pat Lee (2025-09-12); Sam Roe}.
 *
 * @param name the name as the document gives it, e.g. "Pat Lee" or "Lee, Pat (HR)"
 * @param date the date of the changes, or {@code null} when the document keeps none
 */
public record Reviser(String name, LocalDate date) {

    /** A trailing "(…)" with a digit in it: read back as the date, so a name may not end with one. */
    private static final Pattern TRAILING_DATE_LIKE = Pattern.compile(".*\\([^()]*\\d[^()]*\\)\\s*");

    /**
     * @throws IllegalArgumentException when the name could not be written in a {@code revisions}
     *                                  header and read back the same: blank, with a ';' or a line
     *                                  break, or ending in parentheses holding a digit
     */
    public Reviser {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.contains(";") || name.contains("\n") || name.contains("\r")
                || TRAILING_DATE_LIKE.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" cannot be written as the name in a revisions entry");
        }
    }

    /** The entry as a {@code revisions} header writes it: "Pat Lee (2025-09-12)", or "Sam Roe" without a date. */
    public String entry() {
        return date == null ? name : name + " (" + date + ")";
    }

    /** The value of a {@code revisions} header: the entries separated by "; ". */
    public static String headerValue(List<Reviser> revisers) {
        return revisers.stream().map(Reviser::entry).collect(Collectors.joining("; "));
    }
}
