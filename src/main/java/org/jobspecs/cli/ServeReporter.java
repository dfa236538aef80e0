package org.jobspecs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobspecs.build.LiveReport;
import org.jobspecs.build.SearchReport;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.serve.LiveSite;

/**
 * Prints what {@code serve} does: after each rebuild its errors (file:line: message — fix), the
 * notices it did not print before, and one summary line with the time and the pages rendered; and
 * a line when the search index has been brought up to date.
 */
final class ServeReporter implements LiveSite.Listener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Path target;
    private final ReadNotices read;
    private final Set<Problem> printed = new HashSet<>();
    private LiveReport first;

    ServeReporter(PrintWriter out, PrintWriter err, Path target, ReadNotices read) {
        this.out = out;
        this.err = err;
        this.target = target;
        this.read = read;
    }

    @Override
    public synchronized void rebuilt(LiveReport report, Set<Path> touched) {
        for (Problem p : report.problems()) {
            if (p.severity() == Severity.ERROR || !printed.contains(p) && !read.isRead(p)) {
                err.println(p.format());
            }
        }
        printed.clear();
        printed.addAll(report.problems());
        if (first == null) {
            first = report;
            out.println("built " + target + ": " + report.classes() + " classes, " + report.summary());
        } else {
            out.println("rebuilt (" + names(touched) + "): " + report.summary());
        }
        if (!report.written()) {
            err.println("Not updated: the last good pages stay served. Correct the errors above and save again.");
        }
        out.flush();
        err.flush();
    }

    @Override
    public synchronized void searchUpdated(SearchReport report) {
        (report.failure().isEmpty() ? out : err).println(report.summary());
        out.flush();
        err.flush();
    }

    /** Whether the first build wrote nothing and found no page to write: no site to serve. */
    synchronized boolean nothingBuilt() {
        return first != null && !first.written() && first.pages() == 0;
    }

    private static String names(Set<Path> touched) {
        List<String> names = touched.stream().map(p -> p.getFileName().toString()).sorted().toList();
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
