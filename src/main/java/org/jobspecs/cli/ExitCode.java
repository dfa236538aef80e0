package org.jobspecs.cli;

/** The tool's exit codes. */
final class ExitCode {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** Issue 15: the Java heap was too small for the catalog ({@link HeapWatch}). */
    static final int OUT_OF_MEMORY = 4;

    private ExitCode() {
    }
}
