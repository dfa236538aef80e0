package org.jobspecs.intake.table;

import org.jobspecs.intake.DataFile;
import org.jobspecs.intake.UnitIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.ClassCode;

/**
 * A class list (an HRIS export: code, title, department, unit, FLSA status, sometimes series)
 * into rows of {@code data/classes.csv}. Rows it cannot use are errors with their row numbers;
 * with any error nothing is written. Existing rows are kept unless forced.
 */
final class ClassListImport {

    static final Set<String> FIELDS = Set.of("code", "title", "department", "unit", "flsa", "series");
    static final List<String> REGISTER_COLUMNS = DataFile.REGISTER_COLUMNS;
    private static final List<String> ORDER = List.of("code", "title", "department", "unit", "flsa", "series");

    private ClassListImport() {
    }

    /** The header row of a class list in a grid: the first of its first 30 rows naming a code and a title column. */
    static Optional<Integer> headerRow(Grid grid, Map<String, String> map) {
        for (int r = 0; r < Math.min(30, grid.rows().size()); r++) {
            Map<String, Integer> found = Columns.of(grid.rows().get(r), map, FIELDS);
            if (found.containsKey("code") && found.containsKey("title")) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    record Row(String where, Map<String, String> values) {
    }

    static TableResult run(String file, List<Grid> grids, TableOptions options) {
        Problems problems = new Problems();
        Location at = Location.file(file);
        List<String> columnLines = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Grid grid : grids) {
            Optional<Integer> header = headerRow(grid, options.map());
            if (header.isEmpty()) {
                continue;
            }
            int h = header.get();
            Map<String, Integer> columns = Columns.of(grid.rows().get(h), options.map(), FIELDS);
            boolean payColumns = PayImport.amounts(grid.rows().get(h), columns, options.map()).size() >= 2;
            boolean listColumns = columns.containsKey("department") || columns.containsKey("unit") || columns.containsKey("flsa");
            if (payColumns && !listColumns) {
                problems.error(at, grid.where(h) + ": the columns are a salary schedule's (pay amounts), not a class list's",
                        "import it with --schedule ID (and --effective, --title, --document), or import the class list itself");
                return new TableResult(file, "class list", List.of(), List.of(), problems.sorted());
            }
            if (payColumns) {
                problems.notice(at, grid.where(h) + ": the pay columns of the class list are not imported",
                        "pay comes from the adopted salary schedule: import it with --schedule ID");
            }
            StringBuilder line = new StringBuilder(grid.where(h)).append(':');
            for (String f : ORDER) {
                if (columns.containsKey(f)) {
                    line.append(' ').append(letter(columns.get(f))).append(" \"").append(grid.cell(h, columns.get(f))).append("\" → ").append(f).append(',');
                }
            }
            List<String> absent = ORDER.stream().filter(f -> !columns.containsKey(f)).toList();
            line.setLength(line.length() - 1);
            if (!absent.isEmpty()) {
                line.append("; no column for ").append(String.join(", ", absent));
            }
            columnLines.add(line.toString());
            for (String f : List.of("department", "unit", "flsa")) {
                if (!columns.containsKey(f)) {
                    problems.notice(at, grid.where(h) + ": no " + f + " column; the build needs one for every class",
                            "name the column with --map " + f + "=\"Its Header\", or fill " + f + " in data/classes.csv before building");
                }
            }
            for (int r = h + 1; r < grid.rows().size(); r++) {
                if (grid.blank(r)) {
                    continue;
                }
                if (grid.rows().get(r).stream().filter(c -> !c.isEmpty()).count() == 1 && grid.cell(r, columns.get("title")).isEmpty()) {
                    problems.notice(at, grid.where(r) + ": skipped, not a class: \"" + grid.text(r) + "\"", "a heading, note or total line; nothing to do if so");
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    values.put(c.getKey(), grid.cell(r, c.getValue()));
                }
                rows.add(new Row(grid.where(r), values));
            }
        }
        if (columnLines.isEmpty()) {
            problems.error(at, "no sheet has a header row with a class code and a class title column",
                    "name the columns with --map code=\"Its Header\",title=\"Its Header\", or, for a salary schedule, give --schedule ID");
            return new TableResult(file, "class list", List.of(), List.of(), problems.sorted());
        }
        DataFile register = DataFile.load(options.data().resolve("classes.csv"), REGISTER_COLUMNS);
        UnitIds units = UnitIds.load(options.data().resolve("units.csv"));
        DataFile series = DataFile.load(options.data().resolve("series.csv"), List.of("id", "title", "summary"));
        List<String> actions = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<Row> good = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> v = row.values();
            String code = v.getOrDefault("code", "");
            String title = v.getOrDefault("title", "");
            if (code.isEmpty()) {
                problems.error(at, row.where() + ": no class code" + (title.isEmpty() ? "" : " for \"" + title + "\""),
                        "give the class its code in the sheet, or delete the row if it is not a class");
                continue;
            }
            if (!ClassCode.isSafe(code)) {
                problems.error(at, row.where() + ": class code \"" + code + "\" cannot be part of a web address",
                        "use letters, digits, '-' and '_' only, e.g. " + code.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", ""));
                continue;
            }
            String key = new ClassCode(code).key();
            if (seen.containsKey(key)) {
                problems.error(at, row.where() + ": class code " + code + " is given twice (first at " + seen.get(key) + ")",
                        "keep one row per class");
                continue;
            }
            seen.put(key, row.where());
            if (title.isEmpty()) {
                problems.error(at, row.where() + ": no title for class " + code, "give the class title in the sheet");
                continue;
            }
            boolean ok = true;
            if (!v.getOrDefault("flsa", "").isEmpty()) {
                Optional<String> flsa = flsa(v.get("flsa"));
                if (flsa.isEmpty()) {
                    problems.error(at, row.where() + ": FLSA status \"" + v.get("flsa") + "\" for class " + code + " is neither exempt nor non-exempt",
                            "write Exempt or Non-exempt (E/N, Y/N and the like are understood)");
                    ok = false;
                } else {
                    v.put("flsa", flsa.get());
                }
            }
            if (!v.getOrDefault("unit", "").isEmpty()) {
                Optional<String> id = units.id(v.get("unit"));
                if (id.isEmpty()) {
                    problems.error(at, row.where() + ": unit \"" + v.get("unit") + "\" for class " + code + " is not in data/units.csv"
                            + units.near(v.get("unit")), "add the unit to data/units.csv (its id or name), or correct the cell");
                    ok = false;
                } else {
                    v.put("unit", id.get());
                }
            }
            for (String f : List.of("department", "unit", "flsa")) {
                if (v.containsKey(f) && v.get(f).isEmpty()) {
                    problems.notice(at, row.where() + ": class " + code + " has no " + f, "fill it in data/classes.csv before building");
                }
            }
            if (ok) {
                good.add(row);
            }
        }
        Map<String, List<String>> byKey = new HashMap<>();
        for (List<String> r : register.rows) {
            if (ClassCode.isSafe(register.get(r, "code"))) {
                byKey.put(new ClassCode(register.get(r, "code")).key(), r);
            }
        }
        for (Row row : good) {
            Map<String, String> v = row.values();
            String code = v.get("code");
            if (!v.getOrDefault("series", "").isEmpty()) {
                String seriesTitle = v.get("series");
                String id = DataFile.key(seriesTitle).replace(' ', '-');
                boolean known = false;
                for (List<String> s : series.rows) {
                    if (series.get(s, "id").equals(seriesTitle) || DataFile.key(series.get(s, "title")).equals(DataFile.key(seriesTitle))
                            || series.get(s, "id").equals(id)) {
                        id = series.get(s, "id");
                        known = true;
                    }
                }
                if (!known) {
                    List<String> s = series.newRow();
                    series.set(s, "id", id);
                    series.set(s, "title", seriesTitle);
                    actions.add("series " + id + " (" + seriesTitle + ") added to data/series.csv");
                }
                v.put("series", id);
            }
            List<String> existing = byKey.get(new ClassCode(code).key());
            if (existing != null && !options.force()) {
                actions.add(row.where() + ": class " + code + " " + v.get("title") + ": row exists in data/classes.csv: kept (use --force to update it)");
                continue;
            }
            List<String> target = existing != null ? existing : register.newRow();
            for (Map.Entry<String, String> e : v.entrySet()) {
                if (!e.getValue().isEmpty() || existing == null) {
                    register.set(target, e.getKey(), e.getValue());
                }
            }
            if (existing == null) {
                register.set(target, "status", "current");
            }
            actions.add(row.where() + ": class " + code + " " + v.get("title") + " → data/classes.csv: " + (existing != null ? "updated" : "added"));
        }
        if (!problems.hasErrors() && !options.dryRun()) {
            register.save();
            if (actions.stream().anyMatch(a -> a.startsWith("series "))) {
                series.save();
            }
        }
        return new TableResult(file, "class list", columnLines, actions, problems.sorted());
    }

    /** Exempt or Non-exempt from the ways exports write it. */
    static Optional<String> flsa(String value) {
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (v) {
            case "exempt", "e", "ex", "y", "yes", "x", "true", "exemptexecutive", "exemptprofessional", "exemptadministrative" -> Optional.of("Exempt");
            case "nonexempt", "n", "ne", "no", "nonex", "false", "notexempt", "covered", "nx" -> Optional.of("Non-exempt");
            default -> v.startsWith("exempt") ? Optional.of("Exempt") : v.startsWith("nonexempt") ? Optional.of("Non-exempt") : Optional.empty();
        };
    }

    /** The spreadsheet letter of a column: 0 → A, 26 → AA. */
    static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

}
