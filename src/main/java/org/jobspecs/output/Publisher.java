package org.jobspecs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Consumer;
import org.jobspecs.render.RenderedPage;

/**
 * Publishes a site atomically: the files are written to a fresh folder beside the output folder,
 * and only when that succeeded is the old output moved aside and the new one moved in. A build
 * that fails before {@link #swapIn} leaves the output folder exactly as it was.
 */
public final class Publisher {

    /** A file every output folder carries, so that jobspecs never replaces a folder it did not write. */
    public static final String MARKER = ".jobspecs-output";
    /** What the marker file says. */
    static final String MARKER_TEXT = "This folder was written by jobspecs; it replaces it on every build.\n";

    private final Path out;

    public Publisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Why the output folder cannot be replaced, or null when it can. */
    public String refusal(Path source) {
        Path src = source.toAbsolutePath().normalize();
        if (src.startsWith(out)) {
            return "the output folder " + out + " contains the sources";
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return out + " is a file, not a folder";
        }
        try {
            if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
                try (var entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        return out + " is not empty and was not written by jobspecs";
                    }
                }
            }
        } catch (IOException e) {
            return out + " cannot be read: " + e.getMessage();
        }
        return null;
    }

    /**
     * A new, empty staging folder beside the output folder, to write the site into file by file;
     * {@link #finish} then marks it as jobspecs' before it is swapped in.
     */
    public Staging open() {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            return new Staging(readable(Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issue 15: lets {@code complete} write the last files into a staging folder, marks it as
     * jobspecs', and swaps it in place of the output folder; returns whether it did. It does not when
     * the run abandoned the staging (the JVM is exiting: {@link #abandon}), or when {@code complete}
     * returns false (the staging is then discarded). An abandon that comes meanwhile waits for the
     * swap to end, and leaves the published folder alone.
     */
    public boolean publish(Staging staging, java.util.function.Predicate<Path> complete) {
        synchronized (staging) {
            if (staging.closed()) {
                return false;
            }
            if (!complete.test(staging.folder())) {
                discard(staging.folder());
                staging.close();
                return false;
            }
            finish(staging);
            swapIn(staging.folder());
            staging.published();
            return true;
        }
    }

    /** Writes the marker file into a staging folder whose files are all written. */
    void finish(Staging staging) {
        write(staging.folder().resolve(MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the pages into a new staging folder beside the output folder and returns it. */
    public Path stage(List<RenderedPage> pages, Consumer<Path> alsoWrite) {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            Path staging = readable(Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-"));
            // Each folder once (parents first), then the files in parallel, with no per-file folder checks.
            java.util.TreeSet<String> folders = new java.util.TreeSet<>();
            for (RenderedPage p : pages) {
                int slash = p.output().lastIndexOf('/');
                if (slash > 0) {
                    folders.add(p.output().substring(0, slash));
                }
            }
            for (String folder : folders) {
                Files.createDirectories(staging.resolve(folder));
            }
            pages.parallelStream().forEach(p -> writeNew(staging.resolve(p.output()), p.bytes()));
            write(staging.resolve(MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            alsoWrite.accept(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A temporary folder is made readable by its owner only; the published site must be readable by
     * the web server, which often runs as another user: rwxr-xr-x, as the folders inside get.
     */
    private static Path readable(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return folder;
    }

    /** Replaces the output folder with the staged one. */
    public void swapIn(Path staging) {
        try {
            if (Files.exists(out)) {
                Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
                Files.delete(old);
                move(out, old);
                move(staging, out);
                delete(old);
            } else {
                move(staging, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the staging folder of a run that is ending before its build does (Ctrl-C, a heap too
     * small, or a build thrown out by an error while its render threads may still be writing): it
     * takes no more files, the files begun are finished first, and a pass that fails anyway is
     * tried again. Never throws: the run's own error is the one to report.
     */
    public void abandon(Staging staging) {
        synchronized (staging) {
            if (!staging.close()) {
                return; // published already: the run ends after its work is done
            }
        }
        staging.awaitWrites(10_000);
        for (int pass = 1; ; pass++) {
            try {
                delete(staging.folder());
                return;
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // a file still open, or, when the heap ran out, no room for the walk: another pass
                if (pass == 10) {
                    return; // a hidden folder beside the output is left; the output itself is untouched
                }
                try {
                    Thread.sleep(20L * pass);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Removes a staging folder of a failed build. */
    public void discard(Path staging) {
        try {
            delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file into a folder that exists. */
    private static void writeNew(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
