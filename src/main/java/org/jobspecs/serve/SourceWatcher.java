package org.jobspecs.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's sources with the JDK's {@link WatchService}: folders with everything under
 * them (subfolders created later too), and single files (by watching their folder for their name).
 * A burst of events (an editor writing a temporary file and renaming it over the old one) is
 * gathered until the sources have been quiet for {@link #QUIET_MILLIS}, then handed over, on the
 * watcher's thread, as one set of changed paths. Editors' temporary files ({@code .swp},
 * {@code ~}, {@code .#}) are ignored. When events were lost (the system's queue overflowed), the
 * listener is told so, with the watched folders and files as the changed paths.
 */
public final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 30;
    /** A burst is handed over after this long even if it goes on. */
    static final long MAX_GATHER_MILLIS = 500;

    private final WatchService service;
    /** Told about each burst of changes, on the watcher's thread. */
    public interface Listener {

        /** @param lost whether events were lost: anything under {@code paths} may have changed */
        void changed(Set<Path> paths, boolean lost);
    }

    private final Listener onChange;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Set<Path> trees = new HashSet<>();
    private final Set<Path> files = new HashSet<>();
    private final Thread thread;

    /** @param onChange told the changed paths (absolute) after each burst */
    public SourceWatcher(Listener onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.thread = new Thread(this::run, "jobspecs-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches these folders (with everything under them) and these files, besides what it watched already. */
    public synchronized void watch(List<Path> folders, List<Path> singleFiles) {
        for (Path folder : folders) {
            Path f = folder.toAbsolutePath().normalize();
            trees.add(f);
            if (f.getParent() != null) {
                register(f.getParent()); // so a folder created (or replaced) later is seen
            }
            registerTree(f);
        }
        for (Path file : singleFiles) {
            Path f = file.toAbsolutePath().normalize();
            files.add(f);
            register(f.getParent());
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                boolean lost = collect(service.take(), changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_GATHER_MILLIS);
                for (WatchKey key; System.nanoTime() < deadline && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    lost |= collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.changed(changed, lost);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds the paths of a key's events to {@code changed}; returns whether events were lost. */
    private synchronized boolean collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.addAll(trees);
                changed.addAll(files);
                lost = true;
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (ignored(path.getFileName().toString()) || !relevant(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.forEach(changed::add); // files made before the folder was registered
                } catch (IOException | UncheckedIOException e) {
                    // gone again: the next rebuild sees that
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return lost;
    }

    /** A path under a watched folder, a watched folder itself, or a watched file. */
    private boolean relevant(Path path) {
        return files.contains(path) || trees.stream().anyMatch(path::startsWith);
    }

    /** Editors' temporary and backup files: Vim's swap files and write test, Emacs' lock and backup files. */
    static boolean ignored(String name) {
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo") || name.endsWith("~")
                || name.startsWith(".#") || name.equals("4913");
    }

    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isDirectory).forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
            // changed while walking: its events say what happened
        }
    }

    private void register(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                keys.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
