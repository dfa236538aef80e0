package org.jobspecs.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs named steps and records how long each took. */
final class Steps {

    private final List<StepTime> times = new ArrayList<>();

    <T> T run(String name, Supplier<T> step) {
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            times.add(new StepTime(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    List<StepTime> times() {
        return List.copyOf(times);
    }
}
