package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;

/**
 * A bargaining unit or unrepresented employee group, with the agreement that sets its terms.
 * Units have an MOU ({@code mouTitle}, term, document); groups have a resolution instead.
 *
 * @param workBasis whether its classes are worked full time (pay shown per year too), part time or by the hour
 */
public record BargainingUnit(String id, String name, UnitKind kind, String mouTitle, LocalDate mouStart,
                             LocalDate mouEnd, Document mouDocument, String resolutionTitle,
                             Document resolutionDocument, List<Benefit> benefits, WorkBasis workBasis) {

    /** A full-time unit. */
    public BargainingUnit(String id, String name, UnitKind kind, String mouTitle, LocalDate mouStart, LocalDate mouEnd,
                          Document mouDocument, String resolutionTitle, Document resolutionDocument, List<Benefit> benefits) {
        this(id, name, kind, mouTitle, mouStart, mouEnd, mouDocument, resolutionTitle, resolutionDocument, benefits, WorkBasis.FULL_TIME);
    }

    public boolean hasMou() {
        return kind == UnitKind.UNIT;
    }

    /** Whether the MOU's term ended before {@code day}. Groups never expire. */
    public boolean expiredOn(LocalDate day) {
        return hasMou() && mouEnd != null && mouEnd.isBefore(day);
    }
}
