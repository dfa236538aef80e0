package org.jobspecs.spec;

import java.time.LocalDate;
import org.jobspecs.problem.Location;

/** A row of {@code data/schedules.csv}: one adopted salary schedule. */
public record ScheduleRow(Location location, String id, String title, LocalDate effective,
                          String adoptedBy, Document document) { }
