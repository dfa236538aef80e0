package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * An adopted salary schedule with the pay of each class on it, ordered by class code.
 *
 * @param document link to the adopted schedule document (the legal record; pages link to it)
 */
public record SalarySchedule(String id, String title, LocalDate effective, String adoptedBy,
                             Document document, SortedMap<ClassCode, Pay> pay) { }
