package org.jobspecs.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.Reviser;

/**
 * Reads a native header's {@code revisions}: who made the tracked changes of the document the spec
 * was imported from, and when. The value lists {@code Name (YYYY-MM-DD)} or {@code Name} entries
 * separated by {@code ;}; in YAML front matter it may also be a list of such entries or of
 * {@code {name: …, date: …}}. Entries keep their order.
 */
final class Revisers {

    static final String KEY = "revisions";
    private static final String FIX = "write each entry as 'Name (YYYY-MM-DD)' or 'Name', separated by ';', "
            + "e.g. revisions=Pat Lee (2025-09-12); Sam Roe";
    /** A name, then a parenthesised part with a digit in it: the date. */
    private static final Pattern DATED = Pattern.compile("(.*?)\\s*\\(([^()]*\\d[^()]*)\\)");

    private Revisers() {
    }

    static List<Reviser> read(Header header, Location file, Problems problems) {
        List<Reviser> revisers = new ArrayList<>();
        Field value = header.values().get(KEY);
        if (value != null) {
            for (String entry : value.value().split(";")) {
                if (!entry.isBlank()) {
                    entry(entry.strip(), file.atLine(value.line()), problems).ifPresent(revisers::add);
                }
            }
        }
        for (Map<String, Field> item : header.lists().getOrDefault(KEY, List.of())) {
            Field entry = item.get("value");
            Field name = item.get("name");
            Field date = item.get("date");
            if (entry != null) {
                entry(entry.value(), file.atLine(entry.line()), problems).ifPresent(revisers::add);
            } else if (name != null) {
                String text = date == null ? name.value() : name.value() + " (" + date.value() + ")";
                entry(text, file.atLine(date == null ? name.line() : date.line()), problems).ifPresent(revisers::add);
            } else {
                problems.error(file.atLine(header.bodyLine() - 1), "revisions entry without a name",
                        "write each entry as 'Name (YYYY-MM-DD)', 'Name' or {name: Name, date: YYYY-MM-DD}");
            }
        }
        return List.copyOf(revisers);
    }

    private static Optional<Reviser> entry(String entry, Location at, Problems problems) {
        String name = entry;
        LocalDate date = null;
        Matcher dated = DATED.matcher(entry);
        if (dated.matches()) {
            name = dated.group(1);
            Optional<LocalDate> parsed = Dates.iso(dated.group(2));
            if (parsed.isEmpty()) {
                problems.error(at, "revisions entry \"" + entry + "\" has the date \"" + dated.group(2).strip()
                        + "\", which is not a date as YYYY-MM-DD", FIX);
                return Optional.empty();
            }
            date = parsed.get();
        }
        if (name.isBlank()) {
            problems.error(at, "revisions entry \"" + entry + "\" names no one", FIX);
            return Optional.empty();
        }
        try {
            return Optional.of(new Reviser(name, date));
        } catch (IllegalArgumentException e) { // "Pat (2) (2025-09-12)": the name's "(2)" would read as a date
            problems.error(at, "revisions entry \"" + entry + "\" has a name ending in parentheses with a digit",
                    "leave the parenthesised part out of the name; " + FIX);
            return Optional.empty();
        }
    }
}
