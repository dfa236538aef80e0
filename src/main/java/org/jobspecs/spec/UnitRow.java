package org.jobspecs.spec;

import java.time.LocalDate;
import org.jobspecs.problem.Location;

/** A row of {@code data/units.csv}. MOU fields are set for units, resolution fields for groups. */
public record UnitRow(Location location, String id, String name, UnitKind kind, String mouTitle,
                      LocalDate mouStart, LocalDate mouEnd, Document mouDocument,
                      String resolutionTitle, Document resolutionDocument) { }
