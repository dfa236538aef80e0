package org.jobspecs.intake.table;

import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

final class PayImport {
    private PayImport() {
    }

    static TableResult run(String file, List<Grid> grids, TableOptions options) {
        Problems problems = new Problems();
        problems.error(Location.file(file), "salary schedules are not read yet", "");
        return new TableResult(file, "salary schedule", List.of(), List.of(), problems.sorted());
    }
}
