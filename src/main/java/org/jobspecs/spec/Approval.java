package org.jobspecs.spec;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval of a spec: the body that approved it, as written in the source ("CSB"), and the date.
 */
public record Approval(String body, LocalDate date) {
    public Approval {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
    }
}
