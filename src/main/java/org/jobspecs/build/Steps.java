package org.jobspecs.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs named steps and records how long each took, in the order they were started. A step may run
 * beside the next ones ({@link #start}); the wall-clock time of the whole build is kept apart from
 * the steps' own times, which then overlap.
 */
final class Steps {

    private final long started = System.nanoTime();
    private final List<String> names = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();

    <T> T run(String name, Supplier<T> step) {
        int slot = reserve(name);
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            record(slot, start);
        }
    }

    /** Starts a step on a thread of its own; {@code join} on the result waits for it. */
    <T> CompletableFuture<T> start(String name, Supplier<T> step) {
        int slot = reserve(name);
        long start = System.nanoTime();
        return beside(name, () -> {
            try {
                return step.get();
            } finally {
                record(slot, start);
            }
        });
    }

    /**
     * Runs work that is not a step of its own on a daemon thread (reading a file or parsing templates
     * ahead of the step that needs them); {@link #join} on the result waits for it.
     */
    static <T> CompletableFuture<T> beside(String threadName, Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "jobspecs-" + threadName);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** The result of a started step, rethrowing what it threw. */
    static <T> T join(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private synchronized int reserve(String name) {
        names.add(name);
        millis.add(0L);
        return names.size() - 1;
    }

    private synchronized void record(int slot, long start) {
        millis.set(slot, (System.nanoTime() - start) / 1_000_000);
    }

    synchronized List<StepTime> times() {
        List<StepTime> times = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            times.add(new StepTime(names.get(i), millis.get(i)));
        }
        return List.copyOf(times);
    }

    /** Wall-clock time since the build started. */
    long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
