package org.jobspecs.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Issue 15: what a build that ran out of Java heap tells the person running it. */
final class OutOfMemory {

    /**
     * Heap a build needs per 1,000 classes, with room to work: the live set measured at 100,000
     * classes peaks at about 1,210 MB (12 MB per 1,000 classes, at the end of the render step), and
     * such a build takes 226 s with {@code -Xmx1536m}; with less room the collector takes most of the time.
     */
    static final int MEGABYTES_PER_1000_CLASSES = 20;

    private OutOfMemory() {
    }

    /** Whether a failure is, or was caused by, the heap running out. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The lines to print: what happened, that the output is untouched, and what to do. */
    static String message(Path out, long maxBytes, String what) {
        long gigabytes = Math.max(2, (2 * maxBytes + (1L << 30) - 1) >> 30);
        return String.format(Locale.ROOT, "out of memory: the build needs more than the %s of Java heap it was given (%s).%n"
                + "The output folder %s is unchanged.%n"
                + "Build again with more memory, for example: JAVA_OPTS=-Xmx%dg ./jobspecs build ...%n"
                + "A build needs about %d MB of heap per 1,000 classes (100,000 classes: -Xmx2g).",
                megabytes(maxBytes), what, out, gigabytes, MEGABYTES_PER_1000_CLASSES);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
