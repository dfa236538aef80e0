package org.jobspecs.intake.table;

import java.util.List;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * What importing one table did.
 *
 * @param file     the file as given
 * @param kind     "class list" or "salary schedule"
 * @param columns  which column became what, one line per sheet ("Sheet1 row 3: A Job Code → code, …")
 * @param actions  what was (or, on a dry run, would be) written, one line each
 * @param problems the rows it could not use (errors) and things to check (notices)
 */
public record TableResult(String file, String kind, List<String> columns, List<String> actions, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The report for a person. */
    public static String text(List<TableResult> results, boolean dryRun) {
        StringBuilder sb = new StringBuilder();
        for (TableResult r : results) {
            sb.append(r.file()).append(" (").append(r.kind()).append(")\n");
            r.columns().forEach(c -> sb.append("  columns: ").append(c).append('\n'));
            for (Problem p : r.problems()) {
                sb.append("  ").append(p.severity() == Severity.ERROR ? "error" : "notice").append(": ").append(r.file()).append(": ")
                        .append(p.message()).append(p.fix().isEmpty() ? "" : " — " + p.fix()).append('\n');
            }
            if (r.hasErrors()) {
                sb.append("  nothing written: correct the rows above (or map the columns with --map) and import again\n");
            } else {
                r.actions().forEach(a -> sb.append("  ").append(dryRun ? "would: " : "").append(a).append('\n'));
            }
        }
        long errors = results.stream().flatMap(r -> r.problems().stream()).filter(p -> p.severity() == Severity.ERROR).count();
        sb.append(results.size()).append(results.size() == 1 ? " table, " : " tables, ").append(errors).append(errors == 1 ? " error" : " errors")
                .append(dryRun ? " (dry run: nothing written)" : "").append('\n');
        return sb.toString();
    }
}
