package org.jobspecs.browser;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.net.InetAddress;
import java.util.Set;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.LiveReport;
import org.jobspecs.build.SearchReport;
import org.jobspecs.serve.LiveSite;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.serve.StaticServer;
import org.jobspecs.testing.FixtureSite;

/**
 * The demo site as the browser tests see it: built once per JVM (lazily, on first use) into a
 * temporary folder and served on the loopback address by {@link StaticServer}. The server is
 * stopped and the folder deleted when the JVM exits.
 */
public final class BrowserSite {

    /** The build date of the demo site under test, so "the schedule in force" never depends on today. */
    public static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    /** Starts {@code serve}'s live site over {@code site} into {@code out}, on a free loopback port, reporting nowhere. */
    public static LiveSite serveQuietly(Path site, Path out) throws IOException {
        return LiveSite.start(new BuildOptions(site, out, DATE), InetAddress.getLoopbackAddress(), 0, new LiveSite.Listener() {
            @Override
            public void rebuilt(LiveReport report, Set<Path> touched) {
            }

            @Override
            public void searchUpdated(SearchReport report) {
            }
        });
    }

    private static Path root;
    private static Path out;
    private static StaticServer server;

    private BrowserSite() {
    }

    /** The built site's folder. */
    public static synchronized Path dir() {
        start();
        return out;
    }

    /** The site's address, {@code http://127.0.0.1:PORT/}. */
    public static synchronized String url() {
        start();
        return server.url();
    }

    /**
     * The public address the site is built for ({@code site.host} in jbake.properties, without a
     * trailing slash), or null. Pages served at any address (the 404 page) load their stylesheet and
     * images from it; {@link Browser} answers such requests from the local server.
     */
    public static String siteHost() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(FixtureSite.PROJECT.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String host = properties.getProperty("site.host", "").trim();
        return host.isEmpty() ? null : host.replaceAll("/+$", "");
    }

    /** The address of a path inside the site, e.g. {@code url("classes/7565/")}. */
    public static String url(String path) {
        return url() + path;
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            root = Files.createTempDirectory("jobspecs-browser-");
            out = root.resolve("public");
            BuildReport report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, DATE));
            if (!report.published()) {
                throw new IllegalStateException("the demo site did not build: " + report.problems());
            }
            server = new StaticServer(out, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StaticServer started = server;
        Path folder = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            deleteTree(folder);
        }, "jobspecs-browser-site-stop"));
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary folder
        }
    }
}
