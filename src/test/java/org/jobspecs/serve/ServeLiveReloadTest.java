package org.jobspecs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.LiveReport;
import org.jobspecs.build.SearchReport;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} end to end on a fixture site: the reload script is added to HTML responses only
 * (the files stay as a build writes them), and a saved edit reaches open pages through the event
 * stream: {@code reload} after a good rebuild, {@code problems} with file and line after a broken one.
 */
class ServeLiveReloadTest {

    static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;
    Path site;
    Path out;
    LiveSite live;
    final BlockingQueue<LiveReport> reports = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = FixtureSite.copy("minimal", dir);
        out = dir.resolve("out");
        live = LiveSite.start(new BuildOptions(site, out, FixtureSite.DATE), InetAddress.getLoopbackAddress(), 0, new LiveSite.Listener() {
            @Override
            public void rebuilt(LiveReport report, Set<Path> touched) {
                reports.add(report);
            }

            @Override
            public void searchUpdated(SearchReport report) {
            }
        });
        assertTrue(reports.take().written(), "the first build");
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(live.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheReloadScriptAndTheFilesDoNot() throws Exception {
        HttpResponse<String> page = get("classes/1001/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/_jobspecs/live.js\" data-generation=\"2\"></script></body>"), page.body());
        assertFalse(FixtureSite.read(out.resolve("classes/1001/index.html")).contains("_jobspecs"));
        assertTrue(get("no-such-page/").body().contains("/_jobspecs/live.js"), "the 404 page too");
        assertFalse(get("classes.json").body().contains("_jobspecs"), "only HTML");
        HttpResponse<String> script = get("_jobspecs/live.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("new EventSource('/_jobspecs/events')"));
    }

    @Test
    void aSavedEditReloadsOpenPagesAndABrokenOneShowsItsProblem() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(live.url() + "_jobspecs/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElse(""));
        Thread reader = new Thread(() -> stream.body().forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        assertEquals("2", dataOf(events, "hello"));

        Path spec = site.resolve("content/1001-clerk.md");
        String text = FixtureSite.read(spec);
        FixtureSite.write(spec, text.replace("Files records.", "Files and scans records."));
        int generation = Integer.parseInt(dataOf(events, "reload"));
        assertTrue(generation > 2, "a reload with a new generation");
        assertTrue(get("classes/1001/").body().contains("Files and scans records."));
        LiveReport edited = reports.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(edited);
        // The class page, and (issue 14) the pages of its versions that show the edited words: the current
        // version's text and changes, and the 2015 version its redline holds. No other page.
        assertEquals(java.util.List.of("classes/1001/index.html", "classes/1001/versions/2015-06-01/index.html",
                "classes/1001/versions/2024-03-14/changes/index.html", "classes/1001/versions/2024-03-14/index.html"),
                edited.rendered().stream().sorted().toList());

        FixtureSite.write(spec, text.replace("code=1001", "titel=Clerk\ncode=1001"));
        String problems = dataOf(events, "problems");
        assertTrue(problems.contains("\"file\":\"content/1001-clerk.md\",\"line\":2"), problems);
        assertTrue(problems.contains("unknown metadata key"), problems);
        assertTrue(get("classes/1001/").body().contains("Files and scans records."), "the last good page stays served");

        FixtureSite.write(spec, text);
        assertTrue(Integer.parseInt(dataOf(events, "reload")) > generation, "the next good rebuild reloads (and so removes the problems)");
    }

    /** Waits for the next event of that name and returns its data. */
    private static String dataOf(BlockingQueue<String> events, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = events.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.equals("event: " + name)) {
                String data = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(data);
                return data.substring("data: ".length());
            }
        }
        throw new AssertionError("no " + name + " event within " + TIMEOUT_SECONDS + " s");
    }
}
