package org.jobspecs.cli;

/** The tool's exit codes. */
final class ExitCode {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}
