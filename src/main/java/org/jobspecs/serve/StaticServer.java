package org.jobspecs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on 127.0.0.1, as a static host would: {@code /classes/7565/} serves
 * {@code classes/7565/index.html}, a folder without a trailing slash redirects to it, a missing file
 * gets the site's {@code 404.html} with status 404. Requests that would leave the folder get 404.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;

    /** Starts serving {@code root} on 127.0.0.1 at {@code port} (0: any free port). */
    public StaticServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "jobspecs-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes());
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            send(exchange, 200, type(file), Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes());
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "Not found\n".getBytes();
        send(exchange, 404, Files.isRegularFile(page) ? TYPES.get("html") : TYPES.get("txt"), body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
