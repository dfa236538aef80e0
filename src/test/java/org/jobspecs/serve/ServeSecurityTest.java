package org.jobspecs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server gives nothing outside its folder, whatever the request line says (sent over a raw
 * socket, so that no client library tidies the path first), and listens on the loopback address
 * unless told otherwise.
 */
class ServeSecurityTest {

    static final String SECRET = "the secret outside the site";

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void folders() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("classes/7565"));
        Files.writeString(site.resolve("classes/7565/index.html"), "<h1>7565</h1>");
        Files.writeString(site.resolve("404.html"), "<p>not here</p>");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createDirectories(dir.resolve("private"));
        Files.writeString(dir.resolve("private/index.html"), SECRET);
        Files.createSymbolicLink(site.resolve("linked.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked-folder"), dir.resolve("private"));
    }

    /** The status line and body of a raw GET of {@code target}. */
    static String get(StaticServer server, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/classes/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
            "/classes/%2E%2E/%2E%2E/secret.txt", "/..%5csecret.txt", "/linked.txt", "/linked-folder/", "/linked-folder/index.html",
            "//secret.txt", "/%2f" + "tmp", "/%00", "/classes/7565/..%2f..%2f..%2fsecret.txt"})
    void nothingOutsideTheFolderIsServed(String target) throws IOException {
        try (StaticServer server = new StaticServer(site, 0)) {
            String response = get(server, target);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), target + " → " + response);
            assertFalse(response.contains(SECRET), target + " → " + response);
        }
    }

    @Test
    void anAbsolutePathOutsideTheFolderIsNotServed() throws IOException {
        try (StaticServer server = new StaticServer(site, 0)) {
            String response = get(server, "/" + dir.resolve("secret.txt").toAbsolutePath().toString().replaceFirst("^/", "%2f"));
            assertTrue(response.startsWith("HTTP/1.1 404"), response);
            assertFalse(response.contains(SECRET), response);
            String absoluteForm = get(server, "file://" + dir.resolve("secret.txt").toAbsolutePath());
            assertFalse(absoluteForm.contains(SECRET), absoluteForm);
        }
    }

    @Test
    void filesInsideTheFolderAreServedAndFoldersRedirectWithinTheSite() throws IOException {
        try (StaticServer server = new StaticServer(site, 0)) {
            assertTrue(get(server, "/classes/7565/").startsWith("HTTP/1.1 200"));
            assertTrue(get(server, "/classes/%37565/").startsWith("HTTP/1.1 200"));
            String redirect = get(server, "/%2Fclasses");
            assertTrue(redirect.startsWith("HTTP/1.1 301"), redirect);
            assertTrue(redirect.contains("Location: /classes/\r\n"), "never a //host address: " + redirect);
        }
    }

    @Test
    void listensOnTheLoopbackAddressUnlessToldOtherwise() throws IOException {
        try (StaticServer server = new StaticServer(site, 0)) {
            assertTrue(server.loopback());
            assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        }
        try (StaticServer server = new StaticServer(site, InetAddress.getByName("0.0.0.0"), 0, null)) {
            assertFalse(server.loopback());
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
        }
    }
}
