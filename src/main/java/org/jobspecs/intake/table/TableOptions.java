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
 * @param openings  {@code --openings}: the file is a job board's export of postings, for {@code data/openings.csv} (issue 13)
 * @param link      {@code --link URL}: a posting's address with {@code {id}} where its posting id goes, for an export
 *                  without a link column; or null
 */
public record TableOptions(Path data, boolean force, boolean dryRun, Map<String, String> map, String schedule, String effective,
        String title, String adoptedBy, String document, boolean openings, String link) {

    public TableOptions {
        map = Map.copyOf(map);
    }

    public TableOptions(Path data, boolean force, boolean dryRun, Map<String, String> map, String schedule, String effective,
                        String title, String adoptedBy, String document) {
        this(data, force, dryRun, map, schedule, effective, title, adoptedBy, document, false, null);
    }

    /** A job board's export of postings (issue 13). */
    public static TableOptions openings(Path data, boolean dryRun, Map<String, String> map, String link) {
        return new TableOptions(data, false, dryRun, map, null, null, null, null, null, true, link);
    }

    /** A class-list import. */
    public static TableOptions classes(Path data, boolean force, boolean dryRun, Map<String, String> map) {
        return new TableOptions(data, force, dryRun, map, null, null, null, null, null);
    }
}
