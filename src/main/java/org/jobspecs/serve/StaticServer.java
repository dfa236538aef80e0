package org.jobspecs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP, as a static host would: {@code /classes/7565/} serves
 * {@code classes/7565/index.html}, a folder without a trailing slash redirects to it, a missing file
 * gets the site's {@code 404.html} with status 404. Only regular files inside the folder are served:
 * a path with a {@code ..} segment (encoded or not), or one whose real path (symbolic links
 * followed) leaves the folder, gets 404. Binds to the loopback address unless given another. With
 * {@link LiveReload}, HTML responses carry its script and {@code /_jobspecs/} is its.
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
    private final LiveReload live;
    private final HttpServer server;
    private final ExecutorService threads;

    /** Starts serving {@code root} on 127.0.0.1 at {@code port} (0: any free port). */
    public StaticServer(Path root, int port) throws IOException {
        this(root, InetAddress.getLoopbackAddress(), port, null);
    }

    /**
     * Starts serving {@code root} on {@code host} at {@code port} (0: any free port).
     *
     * @param live the live reload to add to pages, or null
     */
    public StaticServer(Path root, InetAddress host, int port, LiveReload live) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        // A thread per request at a time: a page's event stream holds one while the page is open.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "jobspecs-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether only this machine can reach the server. */
    public boolean loopback() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    /** The address to open in a browser (on this machine, when the server listens on every address). */
    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return "http://" + host + ":" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes());
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (live != null && path.startsWith(LiveReload.PREFIX) && live.handle(exchange, path)) {
                return;
            }
            Path file = inside(path);
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", folderAddress(file));
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = inside(path + "index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            sendFile(exchange, 200, file);
        } catch (IllegalArgumentException e) { // a malformed address, or an InvalidPathException
            send(exchange, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes());
        }
    }

    /**
     * The file a decoded request path names, or null when it is not inside the folder: a {@code ..}
     * segment, a NUL, or a real path outside the folder's real path (a symbolic link leading out).
     */
    private Path inside(String path) throws IOException {
        String relative = path.replaceFirst("^/+", "");
        if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0
                || Arrays.asList(relative.split("/")).contains("..")) {
            return null;
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath()) ? null : file;
    }

    /** The address of a folder of the site, with its trailing slash (always one leading slash: never "//host"). */
    private String folderAddress(Path folder) {
        String relative = root.relativize(folder).toString().replace('\\', '/');
        try {
            return new URI(null, null, "/" + relative + (relative.isEmpty() ? "" : "/"), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page) && page.toRealPath().startsWith(root.toRealPath())) {
            sendFile(exchange, 404, page);
        } else if (live != null) { // no site yet (its first build failed): a page the problems can show over
            send(exchange, 404, TYPES.get("html"), live.inject(
                    "<!DOCTYPE html>\n<html lang=\"en\"><title>Not found</title><body><p>Not found.</p></body></html>\n".getBytes()));
        } else {
            send(exchange, 404, TYPES.get("txt"), "Not found\n".getBytes());
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = type(file);
        byte[] body = Files.readAllBytes(file);
        send(exchange, status, type, live != null && type.startsWith("text/html") ? live.inject(body) : body);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
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
        if (live != null) {
            live.close();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
