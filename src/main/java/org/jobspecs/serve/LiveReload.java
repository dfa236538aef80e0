package org.jobspecs.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Problem;

/**
 * Live reload for {@code serve}: the script tag added to every HTML response (never to the files),
 * the script itself ({@code /_jobspecs/live.js}) and the Server-Sent Events it listens to
 * ({@code /_jobspecs/events}). It holds the generation of the files served (one more after each good
 * rebuild) and the problems of the last rebuild when it failed. Events: {@code hello} with the
 * generation when a page connects (a page older than that reloads), {@code reload} after a good
 * rebuild, {@code problems} (JSON: file, line, message, fix of each error) after a broken one.
 *
 * <p>A browser holds one stream, not one per page (issue 11: Chromium allows six HTTP/1.1
 * connections per host, and a stream per page stalled the seventh): the script connects through a
 * shared worker ({@code /_jobspecs/live-worker.js}) that holds the stream for every open page, or,
 * without shared workers, holds its own and lets it go when the page is hidden away. A stream whose
 * page went away is noticed at the next keep-alive comment and dropped.
 */
public final class LiveReload implements AutoCloseable {

    static final String PREFIX = "/_jobspecs/";
    private static final Pattern BODY_END = Pattern.compile("(?i)</body>");
    /** Put in a stream's queue to end it (no event is empty). */
    private static final String CLOSED = "";
    /** How often an idle stream gets a comment line, so a closed page is noticed and its thread freed. */
    static final long KEEP_ALIVE_MILLIS = 5_000;
    /** The overlay lists this many problems and counts the rest. */
    private static final int SHOWN = 50;

    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final long keepAliveMillis;
    private long generation = 1;
    private String problems;

    public LiveReload() {
        this(KEEP_ALIVE_MILLIS);
    }

    /** @param keepAliveMillis how often an idle stream gets a comment line (a dead one is dropped at the latest one or two later) */
    LiveReload(long keepAliveMillis) {
        this.keepAliveMillis = keepAliveMillis;
    }

    /** How many event streams are open. */
    public int streams() {
        return clients.size();
    }

    /** A good rebuild was written: every page reloads. */
    public synchronized void reloaded() {
        generation++;
        problems = null;
        broadcast(event("reload", Long.toString(generation)));
    }

    /** A rebuild failed: every page shows these problems over itself, and the files stay as they were. */
    public synchronized void failed(List<Problem> errors) {
        problems = problemsJson(errors);
        broadcast(event("problems", problems));
    }

    /** Whether the last rebuild failed: pages show its problems. */
    public synchronized boolean showsProblems() {
        return problems != null;
    }

    /** The page with the script tag before its {@code </body>} (or at its end). */
    synchronized byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PREFIX + "live.js\" data-generation=\"" + generation + "\"></script>";
        Matcher m = BODY_END.matcher(page);
        int at = page.length();
        while (m.find()) {
            at = m.start();
        }
        return (page.substring(0, at) + tag + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Answers a request under {@link #PREFIX}; returns false when it is not one of its addresses. */
    boolean handle(HttpExchange exchange, String path) throws IOException {
        if (path.equals(PREFIX + "live.js")) {
            StaticServer.send(exchange, 200, "text/javascript; charset=utf-8", script("live.js"));
            return true;
        }
        if (path.equals(PREFIX + "live-worker.js")) {
            StaticServer.send(exchange, 200, "text/javascript; charset=utf-8", script("live-worker.js"));
            return true;
        }
        if (!path.equals(PREFIX + "events")) {
            return false;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        synchronized (this) {
            queue.add("retry: 1000\n\n" + event("hello", Long.toString(generation)) + (problems == null ? "" : event("problems", problems)));
            clients.add(queue);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            while (true) {
                String message = queue.poll(keepAliveMillis, TimeUnit.MILLISECONDS);
                if (message != null && message.equals(CLOSED)) {
                    break;
                }
                out.write((message == null ? ": keep-alive\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the page went away (or the server stops)
        } finally {
            clients.remove(queue);
        }
        return true;
    }

    private void broadcast(String message) {
        clients.forEach(q -> q.add(message));
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String problemsJson(List<Problem> errors) {
        StringBuilder json = new StringBuilder("{\"count\":").append(errors.size()).append(",\"problems\":[");
        for (int i = 0; i < Math.min(SHOWN, errors.size()); i++) {
            Problem p = errors.get(i);
            json.append(i == 0 ? "" : ",").append("{\"file\":").append(string(p.location().path()))
                    .append(",\"line\":").append(p.location().line())
                    .append(",\"severity\":").append(string(p.severity().label()))
                    .append(",\"message\":").append(string(p.message()))
                    .append(",\"fix\":").append(string(p.fix())).append('}');
        }
        return json.append("]}").toString();
    }

    /** A JSON string; everything outside printable ASCII escaped, so the event stays one line. */
    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] script(String name) {
        try (InputStream in = LiveReload.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends every event stream. */
    @Override
    public void close() {
        clients.forEach(q -> q.add(CLOSED));
    }
}
