package org.jobspecs.problem;

import java.util.Objects;

/**
 * One problem: where it is, how serious, what is wrong and what to do.
 *
 * @param message what is wrong, quoting the offending value
 * @param fix     what the person maintaining the site should do; empty when nothing is needed
 */
public record Problem(Location location, Severity severity, String message, String fix) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    /**
     * The report line: {@code path:line: error: message — fix}, or {@code path: error: message — fix}
     * when the problem concerns the whole file (no line to cite, such as a key absent from a file).
     */
    public String format() {
        StringBuilder line = new StringBuilder()
                .append(location).append(": ")
                .append(severity.label()).append(": ").append(message);
        if (!fix.isEmpty()) {
            line.append(" — ").append(fix);
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
