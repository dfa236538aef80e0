package org.jobspecs.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.UnitRow;

/**
 * Values that a spreadsheet would run as a formula (CSV injection, OWASP): a cell beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. The open-data
 * {@code classes.csv} writes such a value with a leading {@code '} so that a spreadsheet shows it as
 * text ({@link #neutralised}); the build reports each one found in a source as a notice, since a
 * title or department rarely means to begin so.
 */
public final class SpreadsheetFormulas {

    private SpreadsheetFormulas() {
    }

    /** Whether a spreadsheet opening the value in a CSV cell would read it as a formula. */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The value as a CSV cell may hold it: prefixed with a single quote when it is {@link #formulaLike}. */
    public static String neutralised(String value) {
        return formulaLike(value) ? "'" + value : value;
    }

    /** A notice for each register and unit value that {@code classes.csv} writes and that begins like a formula. */
    static void report(List<RegisterEntry> register, List<UnitRow> units, Problems problems) {
        for (RegisterEntry row : register) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("code", row.code().value());
            cells.put("title", row.title());
            cells.put("department", row.department());
            cells.put("unit", row.unit());
            cells.put("flsa", row.flsa());
            cells.put("series", row.series());
            cells.forEach((column, value) -> notice(row.location(), column + " of class " + row.code().value(), value, problems));
        }
        for (UnitRow unit : units) {
            notice(unit.location(), "name of unit " + unit.id(), unit.name(), problems);
            notice(unit.location(), "unit id", unit.id(), problems);
        }
    }

    private static void notice(org.jobspecs.problem.Location where, String what, String value, Problems problems) {
        if (formulaLike(value)) {
            problems.notice(where, "the " + what + " \"" + printable(value) + "\" begins with "
                            + describe(value.charAt(0)) + ", which a spreadsheet runs as a formula; classes.csv writes it with a leading '",
                    "remove the leading " + describe(value.charAt(0)) + " if it is not meant (a title or name rarely begins so)");
        }
    }

    private static String describe(char c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> "'" + c + "'";
        };
    }

    private static String printable(String value) {
        String v = value.replace("\t", "\\t").replace("\r", "\\r");
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}
