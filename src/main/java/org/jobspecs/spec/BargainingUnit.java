package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;

/**
 * A bargaining unit or unrepresented employee group, with the agreement that sets its terms.
 * Units have an MOU ({@code mouTitle}, term, document); groups have a resolution instead.
 */
public record BargainingUnit(String id, String name, UnitKind kind, String mouTitle, LocalDate mouStart,
                             LocalDate mouEnd, Document mouDocument, String resolutionTitle,
                             Document resolutionDocument, List<Benefit> benefits) {

    public boolean hasMou() {
        return kind == UnitKind.UNIT;
    }

    /** Whether the MOU's term ended before {@code day}. Groups never expire. */
    public boolean expiredOn(LocalDate day) {
        return hasMou() && mouEnd != null && mouEnd.isBefore(day);
    }
}
