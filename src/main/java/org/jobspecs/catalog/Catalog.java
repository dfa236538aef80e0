package org.jobspecs.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Opening;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.Series;

/**
 * The validated catalog of one agency. Every reference in it resolves: each class's unit and
 * series exist, each pay row's class and schedule exist.
 *
 * @param asOf      the day the catalog describes (the build date): which schedule is in force
 * @param classes   all published classes by code, in code order
 * @param schedules salary schedules, oldest first
 * @param hiring    the postings of {@code data/openings.csv} (issue 13)
 */
public record Catalog(LocalDate asOf, SortedMap<ClassCode, JobClass> classes, Map<String, BargainingUnit> units,
                      Map<String, Series> series, List<SalarySchedule> schedules, Hiring hiring) {

    /** A catalog of a site without {@code data/openings.csv}. */
    public Catalog(LocalDate asOf, SortedMap<ClassCode, JobClass> classes, Map<String, BargainingUnit> units,
                   Map<String, Series> series, List<SalarySchedule> schedules) {
        this(asOf, classes, units, series, schedules, Hiring.NONE);
    }

    /** The class's postings taking applications on {@link #asOf}: opened, and not closed before it. */
    public List<Opening> openNow(ClassCode code) {
        return hiring.openOn(code, asOf);
    }

    public BargainingUnit unitOf(JobClass jobClass) {
        return units.get(jobClass.unitId());
    }

    public Optional<Series> seriesOf(JobClass jobClass) {
        return jobClass.series().map(series::get);
    }

    /** The newest schedule in force on {@link #asOf} that lists the class. */
    public Optional<SalarySchedule> scheduleInForce(ClassCode code) {
        // Newest first, stopping at the first that lists the class: pages, listings and pictures ask
        // this for every class several times, and each look-up is a search of the schedule's pay.
        for (int i = schedules.size() - 1; i >= 0; i--) {
            SalarySchedule s = schedules.get(i);
            if (!s.effective().isAfter(asOf) && s.pay().containsKey(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The first adopted schedule taking effect after {@link #asOf} that lists the class. */
    public Optional<SalarySchedule> futureSchedule(ClassCode code) {
        return schedules.stream().filter(s -> s.effective().isAfter(asOf) && s.pay().containsKey(code)).findFirst();
    }

    /** The schedule in force on {@link #asOf} for the agency as a whole (the newest that has begun). */
    public Optional<SalarySchedule> currentSchedule() {
        SalarySchedule found = null;
        for (SalarySchedule s : schedules) {
            if (!s.effective().isAfter(asOf)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
