package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * An adopted salary schedule with the pay of each class on it, ordered by class code.
 *
 * @param document link to the adopted schedule document (the legal record; pages link to it)
 * @param revised  the dates of its revisions after it took effect, in order
 */
public record SalarySchedule(String id, String title, LocalDate effective, String adoptedBy,
                             Document document, SortedMap<ClassCode, Pay> pay, List<LocalDate> revised) {

    public SalarySchedule {
        revised = List.copyOf(revised);
    }

    /** A schedule never revised. */
    public SalarySchedule(String id, String title, LocalDate effective, String adoptedBy, Document document, SortedMap<ClassCode, Pay> pay) {
        this(id, title, effective, adoptedBy, document, pay, List.of());
    }
}
