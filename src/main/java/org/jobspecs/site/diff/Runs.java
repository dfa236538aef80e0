package org.jobspecs.site.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Two sequences as runs: stretches both have alike, and stretches that differ (a part of the older,
 * a part of the newer, either possibly empty), in order. The comparison is java-diff-utils'.
 */
final class Runs {

    /**
     * A run: {@code older[olderFrom, olderTo)} against {@code newer[newerFrom, newerTo)}; when
     * {@code same}, both stretches are alike item by item.
     */
    record Run(boolean same, int olderFrom, int olderTo, int newerFrom, int newerTo) { }

    private Runs() {
    }

    /** The runs of two sequences compared by {@code equals}. */
    static <T> List<Run> of(List<T> older, List<T> newer) {
        List<Run> runs = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<T> delta : DiffUtils.diff(older, newer).getDeltas()) {
            int os = delta.getSource().getPosition();
            int ns = delta.getTarget().getPosition();
            if (os > o) {
                runs.add(new Run(true, o, os, n, ns));
            }
            o = os + delta.getSource().size();
            n = ns + delta.getTarget().size();
            runs.add(new Run(false, os, o, ns, n));
        }
        if (o < older.size() || n < newer.size()) {
            runs.add(new Run(true, o, older.size(), n, newer.size()));
        }
        return runs;
    }
}
