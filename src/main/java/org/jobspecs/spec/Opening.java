package org.jobspecs.spec;

import java.time.LocalDate;
import org.jobspecs.problem.Location;

/**
 * A row of {@code data/openings.csv}: a job posting for a class (issue 13).
 *
 * @param title  the posting's own title ("Maintenance Worker - Heating Unit"), which may differ from the class title
 * @param link   the posting on the agency's job board (http or https)
 * @param opens  the first day applications are taken
 * @param closes the last day applications are taken, or null for a continuous posting (open until filled)
 */
public record Opening(Location location, ClassCode code, String title, String link, LocalDate opens, LocalDate closes) {

    /** Whether applications are taken on that day: it has opened and has not closed (the closing day counts). */
    public boolean openOn(LocalDate day) {
        return !opens.isAfter(day) && (closes == null || !closes.isBefore(day));
    }

    public boolean continuous() {
        return closes == null;
    }
}
