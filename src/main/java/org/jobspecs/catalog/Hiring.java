package org.jobspecs.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Opening;

/**
 * Who is hiring (issue 13): the postings of {@code data/openings.csv} that passed the checks, by
 * class, whatever their dates. Which of them show is decided on the build date
 * ({@link Catalog#openNow}), so a posting drops out by itself once it has closed.
 *
 * @param listed  whether the site has {@code data/openings.csv} at all (then it has an "Open positions" page)
 * @param byClass each published class's postings in file order
 */
public record Hiring(boolean listed, SortedMap<ClassCode, List<Opening>> byClass) {

    /** A site without {@code data/openings.csv}. */
    public static final Hiring NONE = new Hiring(false, new TreeMap<>());

    /** The class's postings taking applications on that day. */
    public List<Opening> openOn(ClassCode code, LocalDate day) {
        List<Opening> all = byClass.get(code);
        return all == null ? List.of() : all.stream().filter(o -> o.openOn(day)).toList();
    }

    /** Every posting taking applications on that day, by class code then file order. */
    public List<Opening> openOn(LocalDate day) {
        return byClass.values().stream().flatMap(List::stream).filter(o -> o.openOn(day)).toList();
    }
}
