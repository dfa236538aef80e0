package org.jobspecs.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields of the class register ({@code data/classes.csv}). A spec source may repeat any of them;
 * a value that differs from the register is an error.
 */
public enum RegisterField {
    CODE("code"),
    TITLE("title"),
    DEPARTMENT("department"),
    UNIT("unit"),
    FLSA("flsa"),
    SERIES("series"),
    LEVEL("level"),
    STATUS("status"),
    STATUS_DATE("status_date"),
    FORMER_TITLES("former_titles"),
    FORMER_CODES("former_codes"),
    OPENINGS("openings");

    private final String column;

    RegisterField(String column) {
        this.column = column;
    }

    /** The column name in {@code data/classes.csv}. */
    public String column() {
        return column;
    }

    public static Optional<RegisterField> forColumn(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (RegisterField f : values()) {
            if (f.column.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
