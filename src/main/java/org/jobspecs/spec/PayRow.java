package org.jobspecs.spec;

import org.jobspecs.problem.Location;

/** A row of {@code data/pay.csv}: one class's pay in one schedule. */
public record PayRow(Location location, String scheduleId, ClassCode code, Pay pay) { }
