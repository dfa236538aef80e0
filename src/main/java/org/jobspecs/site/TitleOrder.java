package org.jobspecs.site;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jobspecs.spec.JobClass;

/**
 * The order of the A–Z lists: by title regardless of case, then by class code. Each title is
 * lower-cased once, not twice per comparison (issue 15: a schedule page sorts every class it lists,
 * and the comparisons' lower-casing was most of the cost).
 */
final class TitleOrder {

    private record Keyed(String key, JobClass jobClass) { }

    private static final Comparator<Keyed> BY_KEY = Comparator.comparing(Keyed::key)
            .thenComparing(k -> k.jobClass().code());

    private TitleOrder() {
    }

    /** The classes by lower-cased title, then by code (what sorting with that comparator gives). */
    static List<JobClass> sorted(Collection<JobClass> classes) {
        Keyed[] keyed = new Keyed[classes.size()];
        int i = 0;
        for (JobClass c : classes) {
            keyed[i++] = new Keyed(c.title().toLowerCase(Locale.ROOT), c);
        }
        Arrays.sort(keyed, BY_KEY);
        JobClass[] out = new JobClass[keyed.length];
        for (i = 0; i < keyed.length; i++) {
            out[i] = keyed[i].jobClass();
        }
        return Arrays.asList(out);
    }
}
