package org.jobspecs.spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pay range in US dollars for one time base: either steps (ascending) or a minimum and maximum.
 * When steps are given, minimum and maximum are the first and last step.
 */
public record Pay(TimeBase timeBase, BigDecimal minimum, BigDecimal maximum, List<BigDecimal> steps) {
    public Pay {
        steps = List.copyOf(steps);
    }
}
