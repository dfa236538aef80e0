package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;
import org.jobspecs.problem.Location;

/**
 * A row of {@code data/schedules.csv}: one adopted salary schedule.
 *
 * @param revised  the dates the governing body revised the schedule after it took effect, in order
 * @param replaces the id of the schedule this one replaced, when the row names it (so that the build
 *                 can tell that a schedule replaced less than five years ago was removed); null when not given
 */
public record ScheduleRow(Location location, String id, String title, LocalDate effective,
                          String adoptedBy, Document document, List<LocalDate> revised, String replaces) {

    public ScheduleRow {
        revised = List.copyOf(revised);
    }

    /** A schedule never revised, that names no schedule it replaced. */
    public ScheduleRow(Location location, String id, String title, LocalDate effective, String adoptedBy, Document document) {
        this(location, id, title, effective, adoptedBy, document, List.of(), null);
    }
}
