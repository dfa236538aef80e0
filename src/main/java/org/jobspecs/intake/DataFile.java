package org.jobspecs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jobspecs.source.CsvRecords;

/**
 * A data file ({@code data/*.csv}) as the importers edit it — the document import's register rows
 * ({@link Register}) and the table import's class lists and pay: its columns (lower-cased, as the
 * header names them) and rows, appended to or updated in place, then saved whole.
 */
public final class DataFile {

    /** The class register's columns, for a {@code data/classes.csv} not written yet. */
    public static final List<String> REGISTER_COLUMNS = List.of("code", "title", "department", "unit", "flsa", "series", "level",
            "status", "status_date", "former_titles", "former_codes", "openings");

    public final Path file;
    public final List<String> columns;
    public final List<List<String>> rows;

    private DataFile(Path file, List<String> columns, List<List<String>> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    public static DataFile load(Path file, List<String> defaultColumns) {
        List<List<String>> records = List.of();
        if (Files.isRegularFile(file)) {
            try {
                records = CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> columns = records.isEmpty() ? defaultColumns : records.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> rows = new ArrayList<>();
        records.stream().skip(1).filter(r -> !(r.size() == 1 && r.get(0).isBlank())).forEach(r -> rows.add(new ArrayList<>(r)));
        return new DataFile(file, columns, rows);
    }

    public String get(List<String> row, String column) {
        int c = columns.indexOf(column);
        return c >= 0 && c < row.size() ? row.get(c).strip() : "";
    }

    public void set(List<String> row, String column, String value) {
        int c = columns.indexOf(column);
        if (c < 0) {
            return;
        }
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }

    public List<String> newRow() {
        List<String> row = new ArrayList<>();
        columns.forEach(c -> row.add(""));
        rows.add(row);
        return row;
    }

    public void save() {
        StringBuilder sb = new StringBuilder(CsvRecords.line(columns));
        rows.forEach(r -> sb.append(CsvRecords.line(r)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name compared with case and punctuation ignored. */
    public static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
