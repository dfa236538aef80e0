package org.jobspecs.cli;

import java.io.PrintWriter;
import org.jobspecs.build.BuildReport;
import org.jobspecs.problem.Problem;

/**
 * Prints a build report: every problem, one per line (notices listed in {@code notices-read.txt}
 * counted, not repeated), then the summary line.
 */
final class Reporter {

    private Reporter() {
    }

    static int print(BuildReport report, ReadNotices read, PrintWriter out, PrintWriter err, String verb) {
        for (Problem p : report.problems()) {
            if (!read.isRead(p)) {
                err.println(p.format());
            }
        }
        long silenced = read.countRead(report.problems());
        out.println(verb + ": " + report.summary() + (silenced == 0 ? ""
                : " (" + silenced + (silenced == 1 ? " notice" : " notices") + " already read, listed in " + ReadNotices.FILE + ")"));
        if (report.errors() > 0) {
            err.println("Nothing was published: correct the errors above and run again.");
            return ExitCode.CONTENT_ERRORS;
        }
        return ExitCode.OK;
    }
}
