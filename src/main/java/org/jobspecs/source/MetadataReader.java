package org.jobspecs.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.Reviser;

/**
 * Turns a native source's header into register fields, the current approval, the revision history
 * and who made the tracked changes ({@link Revisers}), and rejects keys it does not know (a typo
 * must not silently drop a value).
 */
final class MetadataReader {

    /** Header keys (normalised) that repeat a register field. */
    private static final Map<String, RegisterField> REGISTER_KEYS = Map.ofEntries(
            Map.entry("title", RegisterField.TITLE),
            Map.entry("code", RegisterField.CODE),
            Map.entry("department", RegisterField.DEPARTMENT),
            Map.entry("unit", RegisterField.UNIT),
            Map.entry("flsa", RegisterField.FLSA),
            Map.entry("series", RegisterField.SERIES),
            Map.entry("level", RegisterField.LEVEL),
            Map.entry("class.status", RegisterField.STATUS),
            Map.entry("abolished", RegisterField.STATUS_DATE),
            Map.entry("former.titles", RegisterField.FORMER_TITLES),
            Map.entry("former.codes", RegisterField.FORMER_CODES),
            Map.entry("openings", RegisterField.OPENINGS));

    static final List<String> KNOWN_KEYS = List.of("title", "code", "department", "unit", "flsa", "series", "level",
            "class.status", "abolished", "former.titles", "former.codes", "openings", "approved", "approved.by",
            "history", Revisers.KEY, "type", "status");

    record Metadata(Map<RegisterField, Field> fields, Approval approval, List<Approval> history, List<Reviser> revisers,
                    boolean draft) { }

    private MetadataReader() {
    }

    static Metadata read(Header header, Location file, Problems problems) {
        Map<RegisterField, Field> fields = new EnumMap<>(RegisterField.class);
        boolean draft = false;
        for (Map.Entry<String, Field> e : header.values().entrySet()) {
            String key = e.getKey();
            Field value = e.getValue();
            Location at = file.atLine(value.line());
            if (REGISTER_KEYS.containsKey(key)) {
                fields.put(REGISTER_KEYS.get(key), value);
            } else if (key.equals("type")) {
                if (!value.value().isEmpty() && !value.value().equals("spec")) {
                    problems.error(at, "type \"" + value.value() + "\" is not a class specification",
                            "write type=spec, or leave the line out");
                }
            } else if (key.equals("status")) {
                if (value.value().equals("draft")) {
                    draft = true;
                    problems.notice(at, "status=draft: the class is left out of the site", "set status=published to publish it");
                } else if (!value.value().equals("published") && !value.value().isEmpty()) {
                    problems.error(at, "status \"" + value.value() + "\" is neither published nor draft",
                            "JBake's status is published or draft; a class's current/abolished status is class.status");
                }
            } else if (!List.of("approved", "approved.by", "history", Revisers.KEY).contains(key)) {
                problems.error(at, "unknown metadata key \"" + key + "\"", Closest.advice(key, KNOWN_KEYS));
            }
        }
        for (String key : header.lists().keySet()) {
            if (!key.equals("history") && !key.equals(Revisers.KEY)) {
                problems.error(file.atLine(header.bodyLine() - 1), "unknown metadata list \"" + key + "\"",
                        Closest.advice(key, KNOWN_KEYS));
            }
        }
        Approval approval = approval(header, file, problems);
        List<Approval> history = history(header, file, problems);
        if (approval != null) {
            Field where = header.values().getOrDefault("history", header.values().get("approved"));
            for (Approval earlier : history) {
                if (!earlier.date().isBefore(approval.date())) {
                    problems.error(file.atLine(where.line()), "the history lists " + earlier.date()
                                    + ", which is not before the current approval " + approval.date(),
                            "list only earlier approvals in history, newest first");
                }
            }
        }
        return new Metadata(fields, approval, history, Revisers.read(header, file, problems), draft);
    }

    private static Approval approval(Header header, Location file, Problems problems) {
        Field approved = header.values().get("approved");
        Field by = header.values().get("approved.by");
        if (approved == null) {
            if (by != null) {
                problems.error(file.atLine(by.line()), "approved.by is set but approved (the date) is not",
                        "add approved=YYYY-MM-DD");
            }
            return null;
        }
        Optional<LocalDate> date = Dates.iso(approved.value());
        if (date.isEmpty()) {
            problems.error(file.atLine(approved.line()), "approved \"" + approved.value() + "\" is not a date",
                    "write the date as YYYY-MM-DD, e.g. 2025-10-08");
            return null;
        }
        return new Approval(by == null ? "" : by.value(), date.get());
    }

    private static List<Approval> history(Header header, Location file, Problems problems) {
        List<Approval> history = new ArrayList<>();
        Field line = header.values().get("history");
        if (line != null) {
            for (String item : line.value().split(";")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.strip().split("\\s+", 2);
                Optional<LocalDate> date = Dates.iso(parts[0]);
                if (date.isEmpty()) {
                    problems.error(file.atLine(line.line()), "history entry \"" + item.strip() + "\" does not start with a date",
                            "write each approval as 'YYYY-MM-DD BODY', separated by ';'");
                    continue;
                }
                history.add(new Approval(parts.length > 1 ? parts[1].strip() : "", date.get()));
            }
        }
        for (Map<String, Field> item : header.lists().getOrDefault("history", List.of())) {
            Field date = item.containsKey("date") ? item.get("date") : item.get("value");
            Field by = item.containsKey("by") ? item.get("by") : item.get("approved.by");
            Optional<LocalDate> parsed = date == null ? Optional.empty() : Dates.iso(date.value());
            if (parsed.isEmpty()) {
                problems.error(file.atLine(date == null ? header.bodyLine() - 1 : date.line()),
                        "history entry without a valid date", "write each entry as {date: YYYY-MM-DD, by: BODY}");
                continue;
            }
            history.add(new Approval(by == null ? "" : by.value(), parsed.get()));
        }
        history.sort((a, b) -> b.date().compareTo(a.date()));
        return List.copyOf(history);
    }
}
