package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A job class as published: its register facts joined with its specification.
 *
 * @param seriesId  the class series, or {@code null}
 * @param level     its level in the series (1 = entry), or {@code null}
 * @param statusDate the date abolished, or {@code null} for a current class
 * @param openings  a link to current openings, or {@code null}
 * @param approval  the current approval, or {@code null} when neither source nor register gives one
 * @param history   earlier approvals, newest first
 * @param revisers  who made the tracked changes of the document the spec was imported from, and when
 * @param source    the spec source file, relative to the source folder
 * @param versions  earlier approved versions of the spec, newest first (issue 14); empty when none is known
 */
public record JobClass(ClassCode code, String title, String department, String unitId, String flsa,
                       String seriesId, Integer level, ClassStatus status, LocalDate statusDate,
                       List<String> formerTitles, List<ClassCode> formerCodes, String openings,
                       Approval approval, List<Approval> history, List<Reviser> revisers, List<Section> sections,
                       String source, List<SpecVersion> versions) {

    public JobClass {
        versions = List.copyOf(versions);
    }

    public boolean abolished() {
        return status == ClassStatus.ABOLISHED;
    }

    public Optional<String> series() {
        return Optional.ofNullable(seriesId);
    }
}
