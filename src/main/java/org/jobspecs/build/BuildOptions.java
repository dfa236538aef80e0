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
 * @param specHeap issue 15: the heap, in bytes, that the parsed specs may take (the sections of the
 *               specs beyond it are read again from their files each time they are needed), or
 *               {@link #AUTOMATIC} for what the heap leaves ({@link #specHeap(int)})
 */
public record BuildOptions(Path source, Path out, LocalDate asOf, long specHeap) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The parsed specs take what the heap leaves them: {@link #specHeap(int)}. */
    public static final long AUTOMATIC = -1;

    /**
     * Issue 15: the heap a build needs beside its parsed specs, per class: the catalog's other facts,
     * the similar classes' index, the search postings and the link check's scans. Measured at 100,000
     * demo classes: a live set of 1,210 MB at its peak (the end of the render step), 256 MB of it parsed
     * specs, so about 9.5 KB a class.
     */
    static final long REST_PER_CLASS = 10 * 1024;

    /** Options whose parsed specs take what the heap leaves them ({@link #AUTOMATIC}). */
    public BuildOptions(Path source, Path out, LocalDate asOf) {
        this(source, out, asOf, AUTOMATIC);
    }

    /**
     * The heap the parsed specs of a build of this many classes may take: as given, or else three
     * quarters of the heap the JVM may grow to less what the rest of the build needs
     * ({@link #REST_PER_CLASS}), and at least a sixteenth of it. A heap with room for all of them holds
     * them all (10,000 classes with any default heap; 100,000 with {@code -Xmx4g}); at 100,000 classes
     * with {@code -Xmx1g} a sixteenth, about a twentieth of them, and the others are read again (issue
     * 15: with an eighth, the build's live set ended within a tenth of the heap).
     */
    public long specHeap(int classes) {
        if (specHeap != AUTOMATIC) {
            return specHeap;
        }
        long max = Runtime.getRuntime().maxMemory();
        return Math.max(max / 16, max / 4 * 3 - classes * REST_PER_CLASS);
    }

    public boolean writes() {
        return out != null;
    }
}
