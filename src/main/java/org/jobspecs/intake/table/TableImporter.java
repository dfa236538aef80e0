package org.jobspecs.intake.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jobspecs.intake.table.xlsx.XlsxGrids;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * Imports the agency's tables: a class list into {@code data/classes.csv}, or (with
 * {@code --schedule ID}) a salary schedule into {@code data/schedules.csv} and {@code data/pay.csv}.
 * Reads {@code .xlsx} workbooks (every sheet) and {@code .csv} files.
 */
public final class TableImporter {

    private TableImporter() {
    }

    /** Whether import reads a file as a table rather than a document. */
    public static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    public static TableResult run(Path file, TableOptions options) {
        String name = file.toString().replace('\\', '/');
        String kind = options.schedule() != null ? "salary schedule" : "class list";
        List<Grid> grids;
        try {
            byte[] bytes = Files.readAllBytes(file);
            grids = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxGrids.read(bytes) : List.of(Grid.csv(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return new TableResult(name, kind, List.of(), List.of(), List.of(new Problem(Location.file(name), Severity.ERROR,
                    "cannot read the table: " + e.getMessage(), "check the path, and that it is an .xlsx workbook or a .csv file")));
        }
        String unknown = options.map().get("?");
        if (unknown != null) {
            return new TableResult(name, kind, List.of(), List.of(), List.of(new Problem(Location.file(name), Severity.ERROR,
                    "--map " + unknown + " is not field=Header", "write e.g. --map code=JobCode,title=\"Job Title\"")));
        }
        return options.schedule() != null ? PayImport.run(name, grids, options) : ClassListImport.run(name, grids, options);
    }
}
