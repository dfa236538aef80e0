package org.jobspecs.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.LiveBuild;
import org.jobspecs.build.LiveReport;
import org.jobspecs.build.SearchReport;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * What {@code jobspecs serve} runs: a {@link LiveBuild} of a source folder, a {@link StaticServer} of
 * its output folder with {@link LiveReload}, and a {@link SourceWatcher} of its sources. Each burst of
 * changes rebuilds; a good rebuild that changed files (or follows a broken one) reloads every open page, a broken one shows its errors over them
 * (the last good files stay served). What happens is told to a {@link Listener}; nothing is printed here.
 */
public final class LiveSite implements AutoCloseable {

    /** Plans of the unchanged sources after the first build ({@link LiveBuild#warmUp}): enough for the optimising compiler. */
    static final int WARM_UP = 6;

    /** Told about every rebuild and search export (the command line prints them). */
    public interface Listener {

        /** @param touched the changed paths that caused the rebuild (empty for the first) */
        void rebuilt(LiveReport report, Set<Path> touched);

        void searchUpdated(SearchReport report);
    }

    private final Path source;
    private final Listener listener;
    private final LiveReload reload = new LiveReload();
    private final LiveBuild build;
    private final StaticServer server;
    private final SourceWatcher watcher;

    private LiveSite(BuildOptions options, InetAddress host, int port, Listener listener) throws IOException {
        this.source = options.source().toAbsolutePath().normalize();
        this.listener = listener;
        this.build = new LiveBuild(options, listener::searchUpdated);
        this.server = new StaticServer(options.out(), host, port, reload);
        try {
            this.watcher = new SourceWatcher(this::changed);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Binds the server (so that a port in use is known before the build), watches the sources (so
     * that no save during the first build goes unseen), builds, and warms up on a thread of its own.
     *
     * @param options what to build and where: {@code out} is updated in place
     */
    public static LiveSite start(BuildOptions options, InetAddress host, int port, Listener listener) throws IOException {
        LiveSite site = new LiveSite(options, host, port, listener);
        site.watch();
        site.changed(Set.of(), true);
        Thread warmUp = new Thread(() -> site.build.warmUp(WARM_UP), "jobspecs-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return site;
    }

    public String url() {
        return server.url();
    }

    /** How many live-reload event streams are open (one per browser showing the site). */
    public int liveStreams() {
        return reload.streams();
    }

    /** Whether only this machine can reach the site. */
    public boolean loopback() {
        return server.loopback();
    }

    /** Waits until the search export of the last good rebuild is written. */
    public void awaitSearch() {
        build.awaitSearch();
    }

    /** @param lost whether changes may have gone unseen: every source file is looked at */
    private void changed(Set<Path> touched, boolean lost) {
        LiveReport report;
        try {
            report = lost ? build.rebuildAll() : build.rebuild(touched);
        } catch (RuntimeException e) {
            Problem bug = new Problem(Location.file(source.toString()), Severity.ERROR, "internal error: " + e,
                    "this is a bug in jobspecs, not in your content; please report it");
            report = new LiveReport(List.of(bug), false, 0, 0, 0, List.of(), List.of(), List.of(), 0);
        }
        if (!report.written()) {
            reload.failed(report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        } else if (!report.changed().isEmpty() || reload.showsProblems()) {
            reload.reloaded();
        }
        listener.rebuilt(report, touched);
        watch(); // the configuration may name other folders now
    }

    private void watch() {
        watcher.watch(build.sourceFolders(), List.of(source.resolve("jbake.properties")));
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        build.close();
    }
}
