package org.jobspecs.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Opening;
import org.jobspecs.spec.RegisterEntry;

/**
 * The checks of {@code data/openings.csv} against the catalog (issue 13): each posting names a
 * class of the register ("did you mean …?" for a typo), a current one, and is listed once. Dates,
 * links and empty cells are checked as the file is read.
 */
final class OpeningsCheck {

    private OpeningsCheck() {
    }

    /**
     * @param register the register's rows by {@link ClassCode#key()}
     * @param classes  the published classes (a class left out for an error of its own, or a draft, shows no posting)
     */
    static Hiring check(Optional<List<Opening>> rows, Map<String, RegisterEntry> register, SortedMap<ClassCode, JobClass> classes,
                        Problems problems) {
        if (rows.isEmpty()) {
            return Hiring.NONE;
        }
        List<String> codes = register.values().stream().map(r -> r.code().value()).toList();
        Map<String, Opening> seen = new HashMap<>();
        SortedMap<ClassCode, List<Opening>> byClass = new TreeMap<>();
        for (Opening o : rows.get()) {
            RegisterEntry entry = register.get(o.code().key());
            if (entry == null) {
                problems.error(o.location(), "posting \"" + o.title() + "\" names class " + o.code() + ", which is not in data/classes.csv",
                        CatalogBuilder.oneOf(o.code().value(), codes, "correct the code, or add the class to data/classes.csv"));
                continue;
            }
            Opening first = seen.putIfAbsent(entry.code().key() + "\u0000" + o.link(), o);
            if (first != null) {
                problems.error(o.location(), "the posting " + o.link() + " for class " + entry.code() + " is already listed on line "
                        + first.location().line(), "keep one row per posting: delete this row");
                continue;
            }
            JobClass c = classes.get(entry.code());
            if (c == null) {
                continue; // a draft, or a class with an error of its own (reported already): it has no page to show the posting
            }
            if (c.abolished()) {
                problems.error(o.location(), "posting \"" + o.title() + "\" is for class " + c.code() + ", which is abolished",
                        "give the code of the class the posting hires into, or delete the row");
                continue;
            }
            byClass.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(o);
        }
        byClass.replaceAll((code, list) -> List.copyOf(list));
        return new Hiring(true, byClass);
    }
}
