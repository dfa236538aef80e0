package org.jobspecs.intake.table;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.source.CsvRecords;

/**
 * One sheet of a spreadsheet (or a whole CSV file) as text cells: row {@code i} of {@link #rows}
 * is the sheet's row {@code i + 1}, as a person sees it in Excel or a text editor.
 *
 * @param sheet  the sheet's name ("" for a CSV file or a PDF)
 * @param places where each row is in its file when rows are not numbered as a sheet's are (a PDF's
 *               "page 2 line 7"), or empty
 */
public record Grid(String sheet, List<List<String>> rows, List<String> places) {

    public Grid {
        rows = rows.stream().map(r -> (List<String>) new ArrayList<>(r.stream().map(c -> c == null ? "" : c.strip()).toList())).toList();
        places = List.copyOf(places);
        if (!places.isEmpty() && places.size() != rows.size()) {
            throw new IllegalArgumentException(places.size() + " places for " + rows.size() + " rows");
        }
    }

    /** A sheet's grid: its rows numbered as the sheet numbers them. */
    public Grid(String sheet, List<List<String>> rows) {
        this(sheet, rows, List.of());
    }

    /** A CSV file's one grid (a leading byte-order mark ignored). */
    public static Grid csv(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Grid("", CsvRecords.parse(t));
    }

    public String cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return "";
        }
        List<String> r = rows.get(row);
        return column < r.size() ? r.get(column) : "";
    }

    public boolean blank(int row) {
        return rows.get(row).stream().allMatch(String::isEmpty);
    }

    /** Where a row is, for the report: "Sheet1 row 14", "row 14" in a CSV file, "page 2 line 7" in a PDF. */
    public String where(int row) {
        if (!places.isEmpty() && row >= 0 && row < places.size()) {
            return places.get(row);
        }
        return (sheet.isEmpty() ? "" : sheet + " ") + "row " + (row + 1);
    }

    /** The non-empty cells of a row, joined. */
    public String text(int row) {
        return String.join(" ", rows.get(row).stream().filter(c -> !c.isEmpty()).toList());
    }
}
