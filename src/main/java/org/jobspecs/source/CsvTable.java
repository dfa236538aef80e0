package org.jobspecs.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/**
 * A CSV data file as a spreadsheet saves it: a header row naming the columns, then one row per
 * record. Unknown columns, missing required columns, rows with the wrong number of cells and
 * unterminated quotes are errors with their line.
 */
final class CsvTable {

    /** commons-csv names the line where an unclosed quoted cell began: "(startline 12)". */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    /** One data row: its cells by column name (trimmed; empty when blank) and its line. */
    record Row(Location location, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private CsvTable() {
    }

    static List<Row> read(String text, Location file, List<String> columns, Set<String> required, Problems problems) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            int[] lineStarts = lineStarts(text);
            for (CSVRecord record : parser) {
                int line = firstNonBlankLine(text, lineStarts, lineOf(lineStarts, record.getCharacterPosition()));
                if (header == null) {
                    header = header(record, file.atLine(line), columns, required, problems);
                    if (header == null) {
                        return rows;
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.error(file.atLine(line), "row has " + record.size() + " cells but the header has " + header.size(),
                            "give every row one cell per column (" + String.join(",", header) + "); quote cells that contain commas");
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i).strip());
                }
                rows.add(new Row(file.atLine(line), cells));
            }
            if (header == null) {
                problems.error(file, "the file has no header row", "start it with the line " + String.join(",", columns));
            }
        } catch (IOException | UncheckedIOException e) {
            String message = rootMessage(e);
            Matcher start = START_LINE.matcher(message == null ? "" : message);
            int line = start.find() ? Integer.parseInt(start.group(1))
                    : rows.isEmpty() ? 1 : rows.get(rows.size() - 1).location().line() + 1;
            problems.error(file.atLine(line), "malformed CSV: a quoted cell is never closed",
                    "close every quoted cell with a double quote; quote cells that contain commas or quotes");
        }
        return rows;
    }

    private static List<String> header(CSVRecord record, Location at, List<String> columns, Set<String> required, Problems problems) {
        List<String> header = new ArrayList<>();
        boolean ok = true;
        for (String cell : record) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                problems.error(at, "unknown column \"" + cell.strip() + "\"", Closest.to(name, columns)
                        .map(c -> "did you mean \"" + c + "\"? The columns are: ").orElse("the columns are: ") + String.join(", ", columns));
                ok = false;
            }
            header.add(name);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.error(at, "required column \"" + column + "\" is missing", "add it to the header row");
                ok = false;
            }
        }
        return ok ? header : null;
    }

    /**
     * The parser reports a record at the start of the blank lines it skipped before it; the record's
     * own line is the first non-blank one from there.
     */
    private static int firstNonBlankLine(String text, int[] lineStarts, int line) {
        while (line < lineStarts.length) {
            int from = lineStarts[line - 1];
            int to = lineStarts[line];
            if (!text.substring(from, to).isBlank()) {
                break;
            }
            line++;
        }
        return line;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line of a character offset. */
    private static int lineOf(int[] lineStarts, long offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, (int) offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String rootMessage(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
