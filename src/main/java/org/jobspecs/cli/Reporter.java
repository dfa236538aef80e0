package org.jobspecs.cli;

import java.io.PrintWriter;
import org.jobspecs.build.BuildReport;
import org.jobspecs.problem.Problem;

/** Prints a build report: every problem, one per line, then the summary line. */
final class Reporter {

    private Reporter() {
    }

    static int print(BuildReport report, PrintWriter out, PrintWriter err, String verb) {
        for (Problem p : report.problems()) {
            err.println(p.format());
        }
        out.println(verb + ": " + report.summary());
        if (report.errors() > 0) {
            err.println("Nothing was published: correct the errors above and run again.");
            return ExitCode.CONTENT_ERRORS;
        }
        return ExitCode.OK;
    }
}
