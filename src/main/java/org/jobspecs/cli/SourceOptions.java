package org.jobspecs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a source folder. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "the site's source folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the day whose salary schedules are in force (default: today)")
    LocalDate date;

    LocalDate asOf() {
        return date != null ? date : LocalDate.now();
    }
}
