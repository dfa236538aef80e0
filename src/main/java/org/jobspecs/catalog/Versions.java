package org.jobspecs.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Redline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;

/**
 * A class's earlier approved versions (issue 14), from three places, and the checks on them.
 *
 * <ul>
 *   <li>The current source's redline: its deletions kept and its insertions dropped give the text the
 *       change replaced, approved on the newest date of the class's history.</li>
 *   <li>Files of {@code content/history/<code>/}: each must be dated by an approval of the class's
 *       history (not the current one), one file per date, in a folder named after a class.</li>
 *   <li>Commits of the site's git history ({@code versions.from.git=true}).</li>
 * </ul>
 *
 * <p>When two places give a version of the same date, a history file wins over a git commit, which
 * wins over the redline's reconstruction: a file is what someone put there on purpose, and a commit
 * is the text as it was filed, while the redline only holds what the change touched. A history file
 * that replaces another version is reported with a notice (delete it if the other is right); a
 * commit replaces the redline's reconstruction silently.
 */
final class Versions {

    private final Problems problems;
    /** Earlier versions read from files and commits, by class key. */
    private final Map<String, List<VersionSource>> byClass;

    /**
     * Groups the versions by class and reports those of classes the register does not have.
     *
     * @param register the codes of the class register
     */
    Versions(List<VersionSource> sources, Collection<ClassCode> register, Problems problems) {
        this.problems = problems;
        this.byClass = sources.stream().collect(Collectors.groupingBy(v -> new ClassCode(v.code()).key(), HashMap::new, Collectors.toList()));
        java.util.Set<String> keys = register.stream().map(ClassCode::key).collect(Collectors.toSet());
        List<String> codes = register.stream().map(ClassCode::value).sorted().toList();
        for (Map.Entry<String, List<VersionSource>> e : new TreeMap<>(byClass).entrySet()) {
            if (keys.contains(e.getKey())) {
                continue;
            }
            for (VersionSource v : e.getValue()) {
                problems.error(v.location(), "earlier version of class " + v.code() + ", which is not in the class register",
                        advice(v, codes));
            }
        }
    }

    private static String advice(VersionSource v, List<String> codes) {
        String closest = Closest.advice(v.code(), codes);
        String move = v.origin() == VersionOrigin.HISTORY
                ? "move the file to content/history/<code>/ of its class" : "add the class to data/classes.csv";
        return closest + (closest.endsWith("?") ? " If not, " : ", or ") + move;
    }

    /** The earlier versions of one class, newest first; every problem with them reported. */
    List<SpecVersion> of(ClassCode code, SpecSource spec) {
        Map<LocalDate, SpecVersion> versions = new TreeMap<>(Comparator.reverseOrder());
        Map<LocalDate, Approval> history = new HashMap<>();
        spec.history().forEach(a -> history.putIfAbsent(a.date(), a));
        LocalDate current = spec.approval() == null ? null : spec.approval().date();
        String file = spec.location().path();

        if (Redline.anyMarks(spec.sections())) {
            List<Section> previous = Redline.sections(spec.sections(), Redline.Side.PREVIOUS);
            if (spec.history().isEmpty()) {
                problems.notice(spec.location(), "the redline holds the text the change replaced, but no earlier approval dates it",
                        "add the approval it replaced to the header (history=YYYY-MM-DD BODY) to publish that version");
            } else if (!previous.isEmpty()) {
                versions.put(spec.history().get(0).date(), new SpecVersion(spec.history().get(0), previous, VersionOrigin.REDLINE, file));
            }
        }
        List<VersionSource> read = new ArrayList<>(byClass.getOrDefault(code.key(), List.of()));
        read.sort(Comparator.comparing((VersionSource v) -> v.origin() == VersionOrigin.HISTORY).thenComparing(v -> v.location()));
        Map<LocalDate, VersionSource> files = new HashMap<>();
        for (VersionSource v : read) { // commits first, then files: a file wins
            LocalDate date = v.approval().date();
            if (v.origin() == VersionOrigin.GIT) {
                if (current != null && !date.isBefore(current)) {
                    continue; // the current text, or a later one the current source does not know yet
                }
                if (!history.containsKey(date)) {
                    problems.notice(v.location(), "the git history has class " + code + " approved on " + date + " (" + v.source()
                                    + "), which the history of " + file + " does not list",
                            "add '" + date + " " + body(v.approval(), spec) + "' to the header's history");
                }
                versions.put(date, version(v, history.get(date)));
                continue;
            }
            if (current != null && date.equals(current)) {
                problems.error(v.location(), "this file is dated " + date + ", the current approval of class " + code
                                + "; the current text is " + file,
                        "name the file after the earlier approval it holds, or delete it");
                continue;
            }
            if (!history.containsKey(date)) {
                problems.error(v.location(), "class " + code + " has no approval on " + date + " in the history of " + file,
                        "add '" + date + " " + body(v.approval(), spec) + "' to history= in " + file + ", or rename the file after "
                                + (history.isEmpty() ? "an approval you add there" : "one of: " + dates(history.keySet())));
                continue;
            }
            VersionSource first = files.putIfAbsent(date, v);
            if (first != null) {
                problems.error(v.location(), "class " + code + " already has an earlier version dated " + date + ": " + first.location().path(),
                        "keep one of the two files");
                continue;
            }
            SpecVersion replaced = versions.put(date, version(v, history.get(date)));
            if (replaced != null) {
                problems.notice(v.location(), "this file replaces the version of " + date + " read from "
                                + (replaced.origin() == VersionOrigin.REDLINE ? "the redline of " + file : replaced.source()),
                        "the file wins; delete it if the other text is right");
            }
        }
        return List.copyOf(versions.values());
    }

    /** The version, its approving body taken from the class's history when the file or commit does not say. */
    private static SpecVersion version(VersionSource v, Approval inHistory) {
        Approval approval = v.approval().body().isEmpty() && inHistory != null
                ? new Approval(inHistory.body(), v.approval().date()) : v.approval();
        return new SpecVersion(approval, v.sections(), v.origin(), v.source());
    }

    private static String body(Approval a, SpecSource spec) {
        if (!a.body().isEmpty()) {
            return a.body();
        }
        return spec.approval() != null && !spec.approval().body().isEmpty() ? spec.approval().body() : "BODY";
    }

    private static String dates(Collection<LocalDate> dates) {
        return dates.stream().sorted(Comparator.reverseOrder()).map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
