package org.jobspecs.spec;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a source folder, before it is joined and checked as a whole.
 *
 * @param openings the rows of {@code data/openings.csv}; empty when the site has no such file
 * @param versions earlier versions read from {@code content/history/} and, when the site opts in,
 *                 from its git history (issue 14), in a stable order (by path, then commit)
 */
public record SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                        List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits,
                        List<SeriesRow> series, Optional<List<Opening>> openings, List<VersionSource> versions) {

    public SourceSet {
        versions = List.copyOf(versions);
    }

    /** Sources without earlier versions. */
    public SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                     List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits,
                     List<SeriesRow> series, Optional<List<Opening>> openings) {
        this(specs, register, schedules, pay, units, benefits, series, openings, List.of());
    }

    /** Sources without {@code data/openings.csv}. */
    public SourceSet(List<SpecSource> specs, List<RegisterEntry> register, List<ScheduleRow> schedules,
                     List<PayRow> pay, List<UnitRow> units, List<BenefitRow> benefits, List<SeriesRow> series) {
        this(specs, register, schedules, pay, units, benefits, series, Optional.empty(), List.of());
    }

    /** The same sources with these earlier versions. */
    public SourceSet withVersions(List<VersionSource> earlier) {
        return new SourceSet(specs, register, schedules, pay, units, benefits, series, openings, earlier);
    }
}
