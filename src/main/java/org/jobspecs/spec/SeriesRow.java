package org.jobspecs.spec;

import org.jobspecs.problem.Location;

/** A row of {@code data/series.csv}: a class series such as Customer Service. */
public record SeriesRow(Location location, String id, String title, String summary) { }
