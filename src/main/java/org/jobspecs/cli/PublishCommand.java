package org.jobspecs.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jobspecs.problem.Problem;
import org.jobspecs.publish.FolderPublish;
import org.jobspecs.publish.Manifest;
import org.jobspecs.publish.PublishPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "publish", description = "Copies the built site to a folder: adds and replaces the files that changed, deletes the files "
        + "an earlier publish wrote that the site no longer has, and never touches others (it keeps a list of what it wrote in "
        + Manifest.NAME + " there).")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "the destination folder (created if missing); a file: URL also works")
    String to;

    @Option(names = "--from", paramLabel = "DIR", description = "the built site (default: target/public)")
    Path from = Path.of("target", "public");

    @Option(names = "--dry-run", description = "write nothing: list the files it would add, replace and delete, and those it would leave")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        FolderPublish.Result result = FolderPublish.plan(from, destination());
        if (result.plan() == null) {
            return failed(result.problems(), err, "Nothing was written. Correct the problems above and run again.");
        }
        PublishPlan plan = result.plan();
        if (dryRun) {
            plan.lines(true).forEach(out::println);
            out.println("would publish " + plan.from() + " to " + plan.to() + ": " + plan.counts(true) + " (dry run: nothing was written)");
            return ExitCode.OK;
        }
        List<Problem> problems = FolderPublish.apply(plan);
        if (!problems.isEmpty()) {
            return failed(problems, err, "The publish stopped part way (no file it did not write was touched, and every file there is whole): "
                    + "correct the problem above and run it again to finish.");
        }
        plan.lines(false).forEach(out::println);
        out.println("published " + plan.from() + " to " + plan.to() + ": " + plan.counts(false) + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return ExitCode.OK;
    }

    private Path destination() {
        if (to.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                return Path.of(URI.create(to));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--to " + to + " is not a file: URL this tool can read ("
                        + e.getMessage() + "); give the folder's path instead");
            }
        }
        if (to.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            throw new ParameterException(spec.commandLine(), "publish writes to folders, not to " + to
                    + "; copy to a server with mvn -B verify -Djobspecs.publish.url=" + to + " (see the guide's Publishing page, src/site/markdown/publishing.md)");
        }
        return Path.of(to);
    }

    private static int failed(List<Problem> problems, PrintWriter err, String tail) {
        problems.forEach(p -> err.println(p.format()));
        err.println(tail);
        return ExitCode.CONTENT_ERRORS;
    }
}
