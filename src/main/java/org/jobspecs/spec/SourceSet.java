package org.jobspecs.spec;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a source folder, before it is joined and checked as a whole.
 *
 * @param openings the rows of {@code data/openings.csv}; empty when the site has no such file
 */
public record SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                        List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits,
                        List<SeriesRow> series, Optional<List<Opening>> openings) {

    /** Sources without {@code data/openings.csv}. */
    public SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                     List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits, List<SeriesRow> series) {
        this(specs, register, schedules, pay, units, benefits, series, Optional.empty());
    }
}
