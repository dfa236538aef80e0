package org.jobspecs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobspecs.render.RenderedPage;

/**
 * A new folder beside the output folder that a build writes file by file as its pages are rendered,
 * so that no page's bytes wait in memory for the end of the build. {@link Publisher#open} makes it;
 * {@link Publisher#swapIn} puts it in place of the output folder, or {@link Publisher#discard}
 * removes it (a build with errors): until then the output folder is untouched.
 */
public final class Staging {

    private final Path folder;
    /** The sub-folders made so far (each made once, by the first file that needs it). */
    private final Map<String, Boolean> made = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Staging(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes one file; thread-safe. Nothing once {@link #close closed}. */
    public void write(RenderedPage page) {
        if (closed) {
            return;
        }
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

    /** Takes no more files (the run is ending: {@link Publisher#abandon}). */
    void close() {
        closed = true;
    }
}
