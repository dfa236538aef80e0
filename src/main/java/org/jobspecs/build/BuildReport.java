package org.jobspecs.build;

import java.util.List;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * The outcome of a build or check.
 *
 * @param published whether the output folder was replaced (false for a check, or when there were errors)
 * @param classes   published classes
 * @param pages     files rendered (pages, redirects, sitemap, robots)
 * @param links     internal links checked
 * @param millis    wall-clock time of the whole build (steps may overlap: their times add up to more)
 */
public record BuildReport(List<Problem> problems, boolean published, int classes, int pages, long links,
                          List<StepTime> steps, long millis) {

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long notices() {
        return problems.stream().filter(p -> p.severity() == Severity.NOTICE).count();
    }

    /** "25 classes, 61 pages, 0 errors, 14 notices in 412 ms (config 20 ms, load 3 ms, …)". */
    public String summary() {
        return classes + (classes == 1 ? " class, " : " classes, ") + pages + (pages == 1 ? " page, " : " pages, ")
                + errors() + (errors() == 1 ? " error, " : " errors, ") + notices() + (notices() == 1 ? " notice" : " notices")
                + " in " + millis + " ms ("
                + steps.stream().map(s -> s.step() + " " + s.millis() + " ms").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The same figures as one line of JSON, for benchmarks: {@code {"classes":25,"pages":61,"errors":0,
     * "notices":14,"published":true,"links":900,"millis":412,"steps":{"config":20,"load":3,…}}} (step
     * names are plain words, so nothing needs escaping).
     */
    public String timingsJson() {
        return "{\"classes\":" + classes + ",\"pages\":" + pages + ",\"errors\":" + errors() + ",\"notices\":" + notices()
                + ",\"published\":" + published + ",\"links\":" + links + ",\"millis\":" + millis + ",\"steps\":{"
                + steps.stream().map(s -> "\"" + s.step() + "\":" + s.millis()).collect(Collectors.joining(",")) + "}}";
    }
}
