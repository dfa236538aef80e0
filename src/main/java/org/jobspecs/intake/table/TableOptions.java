package org.jobspecs.intake.table;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to import a table.
 *
 * @param data      the site's data folder (classes.csv, units.csv, series.csv, schedules.csv, pay.csv)
 * @param force     overwrite existing rows
 * @param dryRun    write nothing
 * @param map       {@code --map}: field → header name
 * @param schedule  {@code --schedule ID}: the file is a salary schedule with this id (null: a class list)
 * @param effective {@code --effective YYYY-MM-DD}, or null
 * @param title     {@code --title}, the schedule's title, or null
 * @param adoptedBy {@code --adopted-by}, or null
 * @param document  {@code --document URL}, or null
 */
public record TableOptions(Path data, boolean force, boolean dryRun, Map<String, String> map, String schedule, String effective,
        String title, String adoptedBy, String document) {

    public TableOptions {
        map = Map.copyOf(map);
    }

    /** A class-list import. */
    public static TableOptions classes(Path data, boolean force, boolean dryRun, Map<String, String> map) {
        return new TableOptions(data, force, dryRun, map, null, null, null, null, null);
    }
}
