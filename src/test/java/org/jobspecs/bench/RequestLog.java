package org.jobspecs.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A recording pass-through in front of {@link org.jobspecs.serve.StaticServer}: every request the
 * browser makes, from the page and from its web workers alike (Pagefind searches in a worker, whose
 * fetches never show in the page's resource timing), is forwarded unchanged and logged with the
 * wall-clock time it arrived. Benchmark code, not a test.
 */
final class RequestLog implements AutoCloseable {

    /** One request: when it arrived (epoch ms), its path and query, the status and body bytes sent. */
    record Request(double receivedMillis, String path, int status, long bytes) {
    }

    private final URI upstream;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "bench-request-log");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<Request> requests = new ArrayList<>();

    /** Listens on a free loopback port and forwards to {@code upstream} ({@code http://127.0.0.1:PORT/}). */
    RequestLog(String upstream) throws IOException {
        this.upstream = URI.create(upstream);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    synchronized void clear() {
        requests.clear();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant now = Instant.now(); // microsecond resolution on Linux
        double arrived = now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
        String raw = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String path = query == null ? raw : raw + "?" + query;
        try (exchange) {
            HttpRequest forward = HttpRequest.newBuilder(upstream.resolve(path.replaceFirst("^/+", "")))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<byte[]> answer = client.send(forward, HttpResponse.BodyHandlers.ofByteArray());
            for (String header : List.of("Content-Type", "Location", "Cache-Control")) {
                answer.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().set(header, v));
            }
            byte[] body = answer.body();
            boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            synchronized (this) {
                requests.add(new Request(arrived, path, answer.statusCode(), body.length));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
