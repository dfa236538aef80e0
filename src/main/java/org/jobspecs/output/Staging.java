package org.jobspecs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobspecs.render.RenderedPage;

/**
 * A new folder beside the output folder that a build writes file by file as its pages are rendered,
 * so that no page's bytes wait in memory for the end of the build. {@link Publisher#open} makes it;
 * {@link Publisher#publish} puts it in place of the output folder, or {@link Publisher#discard}
 * removes it (a build with errors), or {@link Publisher#abandon} (a run that is ending): until then
 * the output folder is untouched. Publishing and abandoning hold the staging's lock, so that one of
 * them happens, whole, and never both.
 */
public final class Staging {

    private final Path folder;
    /** The sub-folders made so far (each made once, by the first file that needs it). */
    private final Map<String, Boolean> made = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /** Issue 15: the files being written now; a closing staging waits for them ({@link #awaitWrites}). */
    private final AtomicInteger writing = new AtomicInteger();
    /** Issue 15: swapped in; guarded by this staging's lock, as {@link #closed} is changed under it. */
    private boolean published;

    Staging(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Writes one file; thread-safe. Nothing once {@link #close closed}; a file begun before is
     * finished, and the closing waits for it ({@link #awaitWrites}).
     */
    public void write(RenderedPage page) {
        writing.incrementAndGet(); // before the check: a close that misses this write waits for it
        try {
            if (!closed) {
                writeNow(page);
            }
        } finally {
            writing.decrementAndGet();
        }
    }

    private void writeNow(RenderedPage page) {
        String output = page.output();
        int slash = output.lastIndexOf('/');
        if (slash > 0) {
            made.computeIfAbsent(output.substring(0, slash), sub -> {
                try {
                    Files.createDirectories(folder.resolve(sub));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return Boolean.TRUE;
            });
        }
        try {
            Files.write(folder.resolve(output), page.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes no more files (the run is ending: {@link Publisher#abandon}); false, and nothing changes,
     * when it was published already. Called with this staging's lock held.
     */
    boolean close() {
        if (published) {
            return false;
        }
        closed = true;
        return true;
    }

    /**
     * Waits, after {@link #close}, for the files begun before it to be written, so that removing the
     * folder then neither cuts one off nor has it made again by one (issue 15, seen in CI: render
     * threads still writing after a build failed left the staging folder beside the output). Gives
     * up after {@code millis}.
     */
    void awaitWrites(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (writing.get() > 0 && System.nanoTime() < end) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Whether it was abandoned: it is not to be published. Called with this staging's lock held. */
    boolean closed() {
        return closed;
    }

    /** It is in place of the output folder now. Called with this staging's lock held. */
    void published() {
        published = true;
    }
}
