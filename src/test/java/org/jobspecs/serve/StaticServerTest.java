package org.jobspecs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(StaticServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFoldersAsTheirIndexAndNothingOutsideTheFolder() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("classes/7565"));
        Files.writeString(site.resolve("classes/7565/index.html"), "<h1>7565</h1>");
        Files.writeString(site.resolve("404.html"), "not here");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (StaticServer server = new StaticServer(site, 0)) {
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
            HttpResponse<String> page = get(server, "classes/7565/");
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertEquals(301, get(server, "classes/7565").statusCode());
            HttpResponse<String> missing = get(server, "classes/9999/");
            assertEquals(404, missing.statusCode());
            assertEquals("not here", missing.body());
            assertEquals(404, get(server, "..%2Fsecret.txt").statusCode());
            assertEquals(404, get(server, "%2e%2e/secret.txt").statusCode());
        }
    }
}
