package org.jobspecs.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run. Thread-safe, so that stages working in parallel can report
 * into one collector; {@link #sorted()} gives a deterministic order (by file, line, then text).
 */
public final class Problems {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    private final List<Problem> all = new ArrayList<>();

    public synchronized void add(Problem problem) {
        all.add(problem);
    }

    public void error(Location where, String message, String fix) {
        add(new Problem(where, Severity.ERROR, message, fix));
    }

    public void notice(Location where, String message, String fix) {
        add(new Problem(where, Severity.NOTICE, message, fix));
    }

    public synchronized void addAll(Problems other) {
        all.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public synchronized long count(Severity severity) {
        return all.stream().filter(p -> p.severity() == severity).count();
    }

    /** All problems, errors and notices together, ordered by location. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(all);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
