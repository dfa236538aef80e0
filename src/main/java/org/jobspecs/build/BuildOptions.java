package org.jobspecs.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to build.
 *
 * @param source the source folder (with jbake.properties)
 * @param out    the output folder, or null to check only and write nothing
 * @param asOf   the build date: which salary schedules are in force, which MOUs have expired
 */
public record BuildOptions(Path source, Path out, LocalDate asOf) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    public boolean writes() {
        return out != null;
    }
}
