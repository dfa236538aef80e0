package org.jobspecs.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jobspecs.output.LiveOutput;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.PageRenderer;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SiteSearch;
import org.jobspecs.site.ClassView;
import org.jobspecs.site.Page;
import org.jobspecs.site.SitePlan;

/**
 * Keeps the search export of a live build's output up to date on a thread of its own: indexing
 * thousands of classes takes seconds, and an edited page should not wait for it. The export is a
 * pure function of the class pages' views, so it is made again only when one of them changed. When
 * plans arrive faster than they are indexed, only the latest one is; and an export waits until
 * rebuilds have paused for {@link #SETTLE_MILLIS}, so that a burst of saves is indexed once, after it,
 * instead of competing with its rebuilds for the processor.
 */
final class SearchUpdates implements AutoCloseable {

    /** A good rebuild's plan and the renderer of its files. */
    private record Job(SitePlan plan, PageRenderer renderer) { }

    static final long SETTLE_MILLIS = 500;

    private final LiveOutput output;
    private final Consumer<SearchReport> listener;
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private volatile long lastUpdate;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "jobspecs-search");
        t.setDaemon(true);
        return t;
    });

    /** The class views the files on disk were made from; null before the first export. */
    private List<Object> indexed;

    SearchUpdates(LiveOutput output, Consumer<SearchReport> listener) {
        this.output = output;
        this.listener = listener;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Brings the export up to date with a good rebuild's plan, later. */
    void update(SitePlan plan, PageRenderer renderer) {
        pending.set(new Job(plan, renderer));
        lastUpdate = System.nanoTime();
        thread.schedule(this::exportWhenSettled, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes the update asked for last, now, and waits until it is written. */
    void await() {
        try {
            thread.submit(this::exportLatest).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void exportWhenSettled() {
        long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastUpdate);
        if (quiet < SETTLE_MILLIS && !thread.isShutdown()) {
            thread.schedule(this::exportWhenSettled, SETTLE_MILLIS - quiet, TimeUnit.MILLISECONDS);
        } else {
            exportLatest();
        }
    }

    private void exportLatest() {
        Job job = pending.getAndSet(null);
        if (job == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            List<Object> views = job.plan().pages().stream().map(Page::view).filter(v -> v instanceof ClassView).toList();
            if (!views.equals(indexed)) {
                List<RenderedPage> files = job.renderer().render(SiteSearch.export(job.plan()), new Problems());
                Map<String, byte[]> contents = new HashMap<>();
                files.forEach(f -> contents.put(f.output(), f.bytes()));
                LiveOutput.Changes changes = output.update("search", contents.keySet(), contents);
                indexed = views;
                listener.accept(new SearchReport(changes.written().size() + changes.deleted().size(),
                        (System.nanoTime() - start) / 1_000_000, ""));
            }
            output.deleteUnclaimed();
        } catch (RuntimeException e) {
            listener.accept(new SearchReport(0, (System.nanoTime() - start) / 1_000_000, e.toString()));
        }
    }

    /** Drops the updates not begun, and waits for the one being written. */
    @Override
    public void close() {
        pending.set(null);
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
