package org.jobspecs.build;

import java.util.List;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * What one rebuild of a {@link LiveBuild} did.
 *
 * @param problems every problem of the site, as a build of the same sources reports them
 * @param written  whether the output folder was brought up to date (false when there were errors:
 *                 the last good output stays)
 * @param classes  published classes
 * @param pages    pages of the site (the search export and the assets not counted)
 * @param parsed   spec files parsed again
 * @param rendered output paths of the pages rendered again, in plan order
 * @param changed  output paths written or deleted (the search export follows later)
 * @param steps    time of each step
 * @param millis   wall-clock time of the rebuild
 */
public record LiveReport(List<Problem> problems, boolean written, int classes, int pages, int parsed, List<String> rendered,
                         List<String> changed, List<StepTime> steps, long millis) {

    static LiveReport failed(List<Problem> problems, Steps steps) {
        return new LiveReport(problems, false, 0, 0, 0, List.of(), List.of(), steps.times(), steps.elapsedMillis());
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long notices() {
        return problems.stream().filter(p -> p.severity() == Severity.NOTICE).count();
    }

    /** "1 of 2661 pages rendered, 1 file changed, 0 errors, 0 notices in 84 ms (config 3 ms, read 20 ms, …)". */
    public String summary() {
        return rendered.size() + " of " + pages + (pages == 1 ? " page" : " pages") + " rendered, "
                + changed.size() + (changed.size() == 1 ? " file" : " files") + " changed, "
                + errors() + (errors() == 1 ? " error, " : " errors, ") + notices() + (notices() == 1 ? " notice" : " notices")
                + " in " + millis + " ms ("
                + steps.stream().map(s -> s.step() + " " + s.millis() + " ms").collect(Collectors.joining(", ")) + ")";
    }
}
