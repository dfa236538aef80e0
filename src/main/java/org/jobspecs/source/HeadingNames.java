package org.jobspecs.source;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;

/**
 * What a heading's words name — its canonical section ({@link SectionAliases#forHeading}) and whether
 * it is the importer's "Unplaced" — remembered per distinct heading for one reader (issue 15: the same
 * few dozen headings recur in every spec, and naming one normalises its words with a pattern).
 * Thread-safe; remembers at most {@value #LIMIT} headings, then works the rest out each time.
 */
final class HeadingNames {

    static final int LIMIT = 10_000;

    private record Named(Optional<SectionKind> kind, boolean unplaced) { }

    private final SectionAliases aliases;
    private final ConcurrentHashMap<String, Named> named = new ConcurrentHashMap<>();

    HeadingNames(SectionAliases aliases) {
        this.aliases = aliases;
    }

    /** The canonical section a heading names. */
    Optional<SectionKind> kind(String heading) {
        return of(heading).kind();
    }

    /** Whether a heading is the importer's "Unplaced". */
    boolean isUnplaced(String heading) {
        return of(heading).unplaced();
    }

    private Named of(String heading) {
        Named n = named.get(heading);
        if (n == null) {
            n = new Named(aliases.forHeading(heading), SectionAliases.isUnplaced(heading));
            if (named.size() < LIMIT) {
                named.putIfAbsent(heading, n);
            }
        }
        return n;
    }
}
