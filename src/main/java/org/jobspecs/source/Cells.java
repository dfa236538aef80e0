package org.jobspecs.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobspecs.problem.Problems;

/** Typed values from CSV cells; a bad value is an error naming the column and the value. */
final class Cells {

    private Cells() {
    }

    /** Null when the cell is empty. */
    static LocalDate date(CsvTable.Row row, String column, Problems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Dates.iso(v);
        if (date.isEmpty()) {
            problems.error(row.location(), column + " \"" + v + "\" is not a possible date",
                    "write a real date as YYYY-MM-DD, e.g. 2025-07-01");
            return null;
        }
        return date.get();
    }

    /** Null when the cell is empty. Accepts "5,432.10" and "$5432.10". */
    static BigDecimal amount(String v, CsvTable.Row row, String column, Problems problems) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v.replace("$", "").replace(",", "").strip());
            if (amount.signum() < 0) {
                problems.error(row.location(), column + " " + v + " is negative", "pay amounts are positive dollars");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.error(row.location(), column + " \"" + v + "\" is not an amount", "write dollars like 5432.10");
            return null;
        }
    }

    static List<String> list(String v) {
        List<String> items = new ArrayList<>();
        for (String item : v.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    static String orNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
