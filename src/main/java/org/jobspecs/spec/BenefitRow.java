package org.jobspecs.spec;

import org.jobspecs.problem.Location;

/** A row of {@code data/benefits.csv}: one benefit of one unit or group. */
public record BenefitRow(Location location, String unitId, String benefit, String summary) { }
