package org.jobspecs.spec;

import java.time.LocalDate;
import org.jobspecs.problem.Location;

/**
 * A row of {@code data/units.csv}. MOU fields are set for units, resolution fields for groups.
 *
 * @param workBasis its {@code pay_basis}: whether its classes are full time (the default), part time or paid by the hour
 */
public record UnitRow(Location location, String id, String name, UnitKind kind, String mouTitle,
                      LocalDate mouStart, LocalDate mouEnd, Document mouDocument,
                      String resolutionTitle, Document resolutionDocument, WorkBasis workBasis) {

    /** A full-time unit's row (no {@code pay_basis}). */
    public UnitRow(Location location, String id, String name, UnitKind kind, String mouTitle, LocalDate mouStart, LocalDate mouEnd,
                   Document mouDocument, String resolutionTitle, Document resolutionDocument) {
        this(location, id, name, kind, mouTitle, mouStart, mouEnd, mouDocument, resolutionTitle, resolutionDocument, WorkBasis.FULL_TIME);
    }
}
