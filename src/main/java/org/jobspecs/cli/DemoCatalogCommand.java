package org.jobspecs.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jobspecs.demo.DemoCatalogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo-catalog", description = "Writes a deterministic synthetic catalog of N classes, with the templates and assets to build it.")
final class DemoCatalogCommand implements Callable<Integer> {

    @Option(names = "--classes", required = true, paramLabel = "N", description = "how many classes")
    int classes;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed (default: 1)")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "an empty or new folder")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the day the job postings (data/openings.csv) are dated around: the day you build it (default: today)")
    java.time.LocalDate date;

    @Option(names = "--versions", description = "give a third of the classes two or three earlier versions in content/history/ (issue 14)")
    boolean versions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (classes < 1) {
            throw new ParameterException(spec.commandLine(), "--classes must be at least 1, was " + classes);
        }
        Path home = Path.of(System.getProperty("jobspecs.home", "."));
        try {
            DemoCatalogWriter writer = new DemoCatalogWriter(classes, seed, date != null ? date : java.time.LocalDate.now());
            int files = (versions ? writer.withVersions() : writer).write(out, home);
            spec.commandLine().getOut().println("wrote " + files + " files for " + classes + " classes to " + out.toAbsolutePath().normalize());
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
