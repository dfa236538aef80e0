package org.jobspecs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jobspecs.source.CsvRecords;

/**
 * The class register ({@code data/classes.csv}) as import edits it: a row is added for a new
 * class with the fields found; an existing row is changed only when forced. Unit names found in
 * documents become unit ids when {@code data/units.csv} knows them. Rows keep their order;
 * new ones are appended.
 */
final class Register {

    static final List<String> COLUMNS = List.of("code", "title", "department", "unit", "flsa", "series", "level",
            "status", "status_date", "former_titles", "former_codes", "openings");

    private final Path file;
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, String> unitIds;
    private boolean changed;

    private Register(Path file, List<String> columns, List<List<String>> rows, Map<String, String> unitIds) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.unitIds = unitIds;
    }

    static Register load(Path file, Path units) {
        List<List<String>> records = read(file);
        List<String> columns = records.isEmpty() ? COLUMNS : records.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> rows = records.isEmpty() ? new ArrayList<>() : new ArrayList<>(records.subList(1, records.size()));
        Map<String, String> ids = new HashMap<>();
        List<List<String>> unitRows = read(units);
        if (!unitRows.isEmpty()) {
            int id = unitRows.get(0).indexOf("id");
            int name = unitRows.get(0).indexOf("name");
            for (List<String> row : unitRows.subList(1, unitRows.size())) {
                if (id >= 0 && id < row.size()) {
                    ids.put(key(row.get(id)), row.get(id));
                    if (name >= 0 && name < row.size()) {
                        ids.put(key(row.get(name)), row.get(id));
                    }
                }
            }
        }
        return new Register(file, columns, rows, ids);
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

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Adds or (when forced) updates the row of a spec; returns what was done, for the report. */
    String apply(ImportedSpec spec, boolean force) {
        Map<String, String> values = new HashMap<>(spec.register());
        values.put("code", spec.code());
        values.put("title", spec.title());
        String note = "";
        if (values.containsKey("unit")) {
            String id = unitIds.get(key(values.get("unit")));
            if (id != null) {
                values.put("unit", id);
            } else {
                note = "; unit \"" + values.get("unit") + "\" is not in data/units.csv: add it there or correct the row";
            }
        }
        if (values.containsKey("series")) {
            series(values.get("series"), spec.title().replaceAll("\\s+\\S+$", "") + " series");
        }
        int codeColumn = columns.indexOf("code");
        for (List<String> row : rows) {
            if (codeColumn >= 0 && codeColumn < row.size() && row.get(codeColumn).strip().equals(spec.code())) {
                if (!force) {
                    return "row " + spec.code() + " exists: kept (use --force to update it from the document)" + note;
                }
                for (Map.Entry<String, String> e : values.entrySet()) {
                    int c = columns.indexOf(e.getKey());
                    if (c >= 0) {
                        while (row.size() <= c) {
                            row.add("");
                        }
                        row.set(c, e.getValue());
                    }
                }
                changed = true;
                return "row " + spec.code() + " updated" + note;
            }
        }
        values.putIfAbsent("status", "current");
        List<String> missing = java.util.stream.Stream.of("department", "unit", "flsa")
                .filter(c -> columns.contains(c) && values.getOrDefault(c, "").isBlank()).toList();
        if (!missing.isEmpty()) {
            note += "; the document gives no " + String.join(", ", missing) + ": fill them in before building";
        }
        List<String> row = new ArrayList<>();
        for (String column : columns) {
            row.add(values.getOrDefault(column, ""));
        }
        rows.add(row);
        changed = true;
        return "row " + spec.code() + " added" + note;
    }

    /** Adds a series row ({@code data/series.csv}) for a series import created, unless it exists. */
    private void series(String id, String title) {
        Path seriesFile = file.toAbsolutePath().getParent().resolve("series.csv");
        List<List<String>> records = read(seriesFile);
        if (records.stream().skip(1).anyMatch(r -> !r.isEmpty() && r.get(0).strip().equals(id)) || pendingSeries.containsKey(id)) {
            return;
        }
        pendingSeries.put(id, title);
    }

    private final Map<String, String> pendingSeries = new java.util.LinkedHashMap<>();

    void save() {
        if (!pendingSeries.isEmpty()) {
            Path seriesFile = file.toAbsolutePath().getParent().resolve("series.csv");
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
        if (!changed) {
            return;
        }
        StringBuilder sb = new StringBuilder(CsvRecords.line(columns));
        rows.forEach(r -> sb.append(CsvRecords.line(r)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
