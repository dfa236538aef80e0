package org.jobspecs.intake.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jobspecs.intake.table.pdf.PdfGrids;
import org.jobspecs.intake.table.xlsx.XlsxGrids;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * Imports the agency's tables: a class list into {@code data/classes.csv}, or (with
 * {@code --schedule ID}) a salary schedule into {@code data/schedules.csv} and {@code data/pay.csv}.
 * Reads {@code .xlsx} workbooks (every sheet) and {@code .csv} files, and adopted salary schedules
 * as {@code .pdf} (with {@code --schedule}; without it a PDF is a spec document).
 */
public final class TableImporter {

    private TableImporter() {
    }

    /** Whether import reads a file as a table rather than a document. */
    public static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /** Whether import reads a file as a table: a PDF is one when it is a salary schedule ({@code --schedule}). */
    public static boolean isTable(Path file, boolean schedule) {
        return isTable(file) || schedule && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public static TableResult run(Path file, TableOptions options) {
        String name = file.toString().replace('\\', '/');
        String kind = options.openings() ? OpeningsImport.KIND : options.schedule() != null ? "salary schedule" : "class list";
        List<Grid> grids;
        try {
            byte[] bytes = Files.readAllBytes(file);
            String lower = name.toLowerCase(Locale.ROOT);
            grids = lower.endsWith(".xlsx") ? XlsxGrids.read(bytes) : lower.endsWith(".pdf") ? PdfGrids.read(bytes)
                    : List.of(Grid.csv(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                boolean scanned = PdfGrids.SCANNED.equals(e.getMessage());
                return new TableResult(name, kind, List.of(), List.of(), List.of(new Problem(Location.file(name), Severity.ERROR,
                        (scanned ? "" : "cannot read the salary schedule: ") + e.getMessage(), scanned
                                ? "run OCR on it (save it as a searchable PDF), or import the payroll office's spreadsheet of the schedule"
                                : "open it in a PDF viewer and save it again as PDF without security, or import the schedule's spreadsheet")));
            }
            return new TableResult(name, kind, List.of(), List.of(), List.of(new Problem(Location.file(name), Severity.ERROR,
                    "cannot read the table: " + e.getMessage(), "check the path, and that it is an .xlsx workbook or a .csv file")));
        }
        String unknown = options.map().get("?");
        if (unknown != null) {
            return new TableResult(name, kind, List.of(), List.of(), List.of(new Problem(Location.file(name), Severity.ERROR,
                    "--map " + unknown + " is not field=Header", "write e.g. --map code=JobCode,title=\"Job Title\"")));
        }
        if (options.openings()) {
            return OpeningsImport.run(name, grids, options);
        }
        return options.schedule() != null ? PayImport.run(name, grids, options) : ClassListImport.run(name, grids, options);
    }
}
