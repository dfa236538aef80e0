package org.jobspecs.spec;

import java.util.List;

/** Everything read from a source folder, before it is joined and checked as a whole. */
public record SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                        List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits,
                        List<SeriesRow> series) { }
