package org.jobspecs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.search.SiteSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Builds the site; replaces the output folder only when the build succeeds.")
final class BuildCommand implements PrintingCommand {

    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: target/public)")
    Path out;

    @Option(names = "--timings", paramLabel = "FORMAT",
            description = "also print the summary's figures as one line of JSON (FORMAT: json), for benchmarks")
    String timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (timings != null && !timings.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--timings takes json, not " + timings);
        }
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Builds, printing to the given streams (also used without picocli: {@link PlainLine}); {@code timings} is null or json. */
    @Override
    public int run(PrintWriter stdout, PrintWriter stderr) {
        Path target = out != null ? out : Path.of("target", "public");
        SiteSearch.prepareInBackground();
        BuildReport report;
        // The heap watch and the build's own OutOfMemoryError may both see the heap run out: told once.
        AtomicBoolean told = new AtomicBoolean();
        try (HeapWatch watch = HeapWatch.start(exhausted -> {
            if (told.compareAndSet(false, true)) {
                stderr.println(OutOfMemory.message(target, exhausted.maxBytes(),
                        "after " + exhausted.fullCollections() + " full collections the heap was still "
                                + OutOfMemory.megabytes(exhausted.usedBytes()) + " full, and the build had all but stopped"));
                stderr.flush();
            }
            System.exit(ExitCode.OUT_OF_MEMORY); // the staging folder is discarded on the way out
        })) {
            report = SiteBuild.run(new BuildOptions(source.source, target, source.asOf()));
        } catch (RuntimeException | OutOfMemoryError e) {
            if (!OutOfMemory.causedBy(e)) {
                throw e;
            }
            if (told.compareAndSet(false, true)) {
                stderr.println(OutOfMemory.message(target, Runtime.getRuntime().maxMemory(), "Java could not make room for more"));
            }
            return ExitCode.OUT_OF_MEMORY;
        }
        if (told.get()) {
            // The heap watch gave up on the build as it ended: the run is exiting and publishes nothing,
            // so no "built" line (seen at 100,000 classes in 1 GB, printed after the out-of-memory message).
            return ExitCode.OUT_OF_MEMORY;
        }
        int code = Reporter.print(report, ReadNotices.in(source.source), stdout, stderr, "built " + target);
        if (timings != null) {
            stdout.println(report.timingsJson());
        }
        return code;
    }
}
