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
 * @param specHeap issue 15: the heap, in bytes, that the parsed specs may take; the sections of the
 *               specs beyond it are read again from their files each time they are needed
 */
public record BuildOptions(Path source, Path out, LocalDate asOf, long specHeap) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Options whose parsed specs may take a sixth of the heap the JVM may grow to (all of them up to
     * some 25,000 demo classes with the default heap of an 8 GB machine; at 100,000 classes with
     * {@code -Xmx1g} a third left too little room for the similar classes' index).
     */
    public BuildOptions(Path source, Path out, LocalDate asOf) {
        this(source, out, asOf, Runtime.getRuntime().maxMemory() / 6);
    }

    public boolean writes() {
        return out != null;
    }
}
