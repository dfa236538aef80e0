package org.jobspecs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.source.CsvRecords;

/**
 * The class register ({@code data/classes.csv}) as import edits it: a row is added for a new
 * class with the fields found; an existing row is changed only when forced. Unit names found in
 * documents become unit ids when {@code data/units.csv} knows them. Rows keep their order;
 * new ones are appended.
 */
final class Register {

    static final List<String> COLUMNS = DataFile.REGISTER_COLUMNS;

    private final DataFile register;
    private final UnitIds units;
    private boolean changed;

    private Register(DataFile register, UnitIds units) {
        this.register = register;
        this.units = units;
    }

    static Register load(Path file, Path units) {
        return new Register(DataFile.load(file, COLUMNS), UnitIds.load(units));
    }

    private static List<List<String>> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or (when forced) updates the row of a spec; returns what was done, for the report. */
    String apply(ImportedSpec spec, boolean force) {
        Map<String, String> values = new HashMap<>(spec.register());
        values.put("code", spec.code());
        values.put("title", spec.title());
        String note = "";
        if (values.containsKey("unit")) {
            String id = units.id(values.get("unit")).orElse(null);
            if (id != null) {
                values.put("unit", id);
            } else {
                note = "; unit \"" + values.get("unit") + "\" is not in data/units.csv: add it there or correct the row";
            }
        }
        if (values.containsKey("series")) {
            series(values.get("series"), spec.title().replaceAll("\\s+\\S+$", "") + " series");
        }
        String department = values.getOrDefault("department", "");
        String spelled = spelling("department", department, spec.code());
        if (!spelled.equals(department)) {
            // The build refuses one department spelled two ways ("&" for "and", case, punctuation).
            values.put("department", spelled);
            note += "; department \"" + department + "\" written as \"" + spelled + "\", as data/classes.csv already spells it";
        }
        for (List<String> row : register.rows) {
            if (register.get(row, "code").equals(spec.code())) {
                if (!force) {
                    return "row " + spec.code() + " exists: kept (use --force to update it from the document)" + note;
                }
                values.forEach((column, value) -> register.set(row, column, value));
                changed = true;
                return "row " + spec.code() + " updated" + note;
            }
        }
        values.putIfAbsent("status", "current");
        List<String> missing = java.util.stream.Stream.of("department", "unit", "flsa")
                .filter(c -> register.columns.contains(c) && values.getOrDefault(c, "").isBlank()).toList();
        if (!missing.isEmpty()) {
            note += "; the document gives no " + String.join(", ", missing) + ": fill them in before building";
        }
        List<String> row = register.newRow();
        values.forEach((column, value) -> register.set(row, column, value));
        changed = true;
        return "row " + spec.code() + " added" + note;
    }

    /**
     * How the register's other rows spell a name that differs from {@code name} only in case, "&"
     * for "and", apostrophes or punctuation (the most rows' spelling; the first at a tie), or
     * {@code name} itself when none does.
     */
    private String spelling(String column, String name, String code) {
        if (name.isBlank() || !register.columns.contains(column)) {
            return name;
        }
        String key = org.jobspecs.problem.Closest.sameNameKey(name);
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        for (List<String> row : register.rows) {
            String other = register.get(row, column);
            if (!register.get(row, "code").equals(code) && !other.isBlank() && org.jobspecs.problem.Closest.sameNameKey(other).equals(key)) {
                rows.merge(other, 1, Integer::sum);
            }
        }
        if (rows.isEmpty() || rows.containsKey(name)) {
            return name;
        }
        return rows.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Adds a series row ({@code data/series.csv}) for a series import created, unless it exists. */
    private void series(String id, String title) {
        Path seriesFile = register.file.toAbsolutePath().getParent().resolve("series.csv");
        List<List<String>> records = read(seriesFile);
        if (records.stream().skip(1).anyMatch(r -> !r.isEmpty() && r.get(0).strip().equals(id)) || pendingSeries.containsKey(id)) {
            return;
        }
        pendingSeries.put(id, title);
    }

    private final Map<String, String> pendingSeries = new java.util.LinkedHashMap<>();

    void save() {
        if (!pendingSeries.isEmpty()) {
            Path seriesFile = register.file.toAbsolutePath().getParent().resolve("series.csv");
            StringBuilder sb = new StringBuilder();
            try {
                if (Files.isRegularFile(seriesFile)) {
                    String existing = Files.readString(seriesFile, StandardCharsets.UTF_8);
                    sb.append(existing.isEmpty() || existing.endsWith("\n") ? existing : existing + "\n");
                } else {
                    sb.append(CsvRecords.line(List.of("id", "title", "summary")));
                }
                pendingSeries.forEach((id, title) -> sb.append(CsvRecords.line(List.of(id, title, ""))));
                Files.createDirectories(seriesFile.getParent());
                Files.writeString(seriesFile, sb.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (changed) {
            register.save();
        }
    }
}
