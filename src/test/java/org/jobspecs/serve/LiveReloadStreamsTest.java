package org.jobspecs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 4: the server keeps no dead live-reload streams. A page that went away without
 * closing its stream (a crash, a dropped connection) is noticed at the next keep-alive and dropped;
 * and the shared worker that lets a browser hold one stream for all its pages is served.
 */
class LiveReloadStreamsTest {

    @TempDir
    Path dir;

    @Test
    void aStreamWhosePageWentAwayIsDropped() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><html><body><p>Hi</p></body></html>");
        LiveReload live = new LiveReload(100);
        try (StaticServer server = new StaticServer(dir, InetAddress.getLoopbackAddress(), 0, live)) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
            OutputStream out = socket.getOutputStream();
            out.write("GET /_jobspecs/events HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readUntil(in, "event: hello");
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertEquals(1, live.streams(), "the open stream is held");

            socket.close();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (live.streams() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, live.streams(), "the stream of a page that went away is dropped within a few keep-alives");
        }
    }

    @Test
    void theSharedWorkerIsServedAndThePageScriptUsesIt() throws Exception {
        LiveReload live = new LiveReload();
        try (StaticServer server = new StaticServer(dir, InetAddress.getLoopbackAddress(), 0, live)) {
            String worker = get(server, "/_jobspecs/live-worker.js");
            assertTrue(worker.startsWith("HTTP/1.1 200") && worker.contains("text/javascript"), worker);
            assertTrue(worker.contains("new EventSource('/_jobspecs/events')"), worker);
            String page = get(server, "/_jobspecs/live.js");
            assertTrue(page.contains("new SharedWorker('/_jobspecs/live-worker.js'") && page.contains("'pagehide'"), page);
        }
    }

    private static String get(StaticServer server, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        StringBuilder text = new StringBuilder();
        int b;
        while (!text.toString().contains(marker) && (b = in.read()) >= 0) {
            text.append((char) b);
        }
        return text.toString();
    }
}
