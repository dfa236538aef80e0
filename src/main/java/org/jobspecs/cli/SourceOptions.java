package org.jobspecs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TimeZone;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a source folder. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "the site's source folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the day whose salary schedules are in force (default: today)")
    LocalDate date;

    LocalDate asOf() {
        return date != null ? date : today(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /**
     * The day it is at {@code millis} in a time zone: {@code LocalDate.now()}'s day, by the same time
     * zone data. Issue 15: {@code LocalDate.now()} loads java.time's own copy of that data (the JDK's
     * {@code tzdb.dat}, read a second time) before the build can start: 19 ms in a cold JVM against
     * 4 ms this way.
     */
    static LocalDate today(long millis, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(millis + zone.getOffset(millis), 86_400_000L));
    }
}
