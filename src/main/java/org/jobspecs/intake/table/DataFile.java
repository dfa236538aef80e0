package org.jobspecs.intake.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jobspecs.source.CsvRecords;

/** A data file ({@code data/*.csv}) as the table import edits it: its columns and rows, appended to or updated. */
final class DataFile {

    final Path file;
    final List<String> columns;
    final List<List<String>> rows;

    private DataFile(Path file, List<String> columns, List<List<String>> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    static DataFile load(Path file, List<String> defaultColumns) {
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

    String get(List<String> row, String column) {
        int c = columns.indexOf(column);
        return c >= 0 && c < row.size() ? row.get(c).strip() : "";
    }

    void set(List<String> row, String column, String value) {
        int c = columns.indexOf(column);
        if (c < 0) {
            return;
        }
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }

    List<String> newRow() {
        List<String> row = new ArrayList<>();
        columns.forEach(c -> row.add(""));
        rows.add(row);
        return row;
    }

    void save() {
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
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
