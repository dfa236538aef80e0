package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobspecs.problem.Location;

/**
 * One row of the class register, with its values typed.
 *
 * @param raw the row's cells as written, for comparison with the fields a spec source repeats
 */
public record RegisterEntry(Location location, ClassCode code, String title, String department,
                            String unit, String flsa, String series, Integer level, ClassStatus status,
                            LocalDate statusDate, List<String> formerTitles, List<ClassCode> formerCodes,
                            String openings, Map<RegisterField, String> raw) { }
