package org.jobspecs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs in {@code mvn verify} after the site plugin's stage-deploy (execution
 * {@code publish-public-site}, phase pre-integration-test) has copied the public site
 * ({@code target/public}, built at package) to {@code jobspecs.publish.url}: checks that it arrived
 * whole — the same files under the same relative paths, byte for byte, and nothing else.
 *
 * <p>The deploy only adds and replaces files. A file at the target that the site no longer has (a
 * page left from an earlier publish) fails this test, so a stale page never stays online unnoticed.
 * Only {@code file:} targets can be read from here; for others the test is skipped.
 */
class PublishedSiteIT {

    private static Path source;
    private static Path target;
    /** Why the publish cannot be checked here, or null. */
    private static String skipped;

    @BeforeAll
    static void locate() {
        String dir = System.getProperty("jobspecs.public.dir");
        String url = System.getProperty("jobspecs.publish.url");
        if (Boolean.getBoolean("jobspecs.publish.skip")) {
            skipped = "publishing is skipped (jobspecs.publish.skip)";
        } else if (dir == null || url == null) {
            skipped = "run by mvn verify (failsafe), which passes jobspecs.public.dir and jobspecs.publish.url";
        } else if (!url.regionMatches(true, 0, "file:", 0, 5)) {
            skipped = "cannot read " + url + " from here; only file: targets are checked";
        } else {
            source = Path.of(dir);
            target = fileUrlToPath(url);
        }
    }

    /**
     * Skips each test rather than the whole class, so that failsafe records the skips (with none
     * run, it writes no summary and its verify goal would read an earlier run's).
     */
    @BeforeEach
    void publishedHere() {
        assumeTrue(skipped == null, skipped);
        assertTrue(Files.isDirectory(source), "the public site was not built: " + source);
        assertTrue(Files.isDirectory(target), "nothing was published to " + target);
    }

    @Test
    void everyFileArrivedWithTheSameBytesAndNothingElseIsThere() throws IOException {
        Set<String> built = relativeFiles(source);
        Set<String> published = relativeFiles(target);
        assertTrue(built.size() > 10, "the public site has only " + built.size() + " files: " + built);

        Set<String> missing = new TreeSet<>(built);
        missing.removeAll(published);
        Set<String> extra = new TreeSet<>(published);
        extra.removeAll(built);
        List<String> differing = new ArrayList<>();
        for (String rel : built) {
            if (published.contains(rel) && Files.mismatch(source.resolve(rel), target.resolve(rel)) != -1) {
                differing.add(rel);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty() || !differing.isEmpty()) {
            fail("the publish at " + target + " is not the public site at " + source + ":"
                    + (missing.isEmpty() ? "" : "\n  missing there (" + missing.size() + "): " + first(missing))
                    + (differing.isEmpty() ? "" : "\n  different bytes (" + differing.size() + "): " + first(differing))
                    + (extra.isEmpty() ? "" : "\n  not in the site (" + extra.size() + "; the deploy never deletes — "
                            + "remove them at the target, or publish to an empty folder): " + first(extra)));
        }
        assertEquals(built.size(), published.size(), "file count");
    }

    @Test
    void theSeedClassPageIsPublished() throws IOException {
        Path page = target.resolve("classes").resolve("7565").resolve("index.html");
        assertTrue(Files.isRegularFile(page), "missing " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("Lead Customer Service Representative"), "the published 7565 page does not name its class");
        assertTrue(Files.isRegularFile(target.resolve("index.html")), "the published site has no home page");
    }

    private static Set<String> relativeFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> out = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(f -> out.add(root.relativize(f).toString().replace('\\', '/')));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Iterable<String> items) {
        List<String> shown = new ArrayList<>();
        for (String s : items) {
            if (shown.size() == 10) {
                shown.add("…");
                break;
            }
            shown.add(s);
        }
        return String.join(", ", shown);
    }

    /**
     * The folder a {@code file:} URL names, read as Maven's file wagon reads it: {@code file:///srv/www},
     * {@code file://localhost/srv/www}, {@code file:///C:/www} and {@code file://C:\www} all work, and
     * {@code %xx} escapes are decoded.
     */
    static Path fileUrlToPath(String url) {
        String rest = url.substring("file:".length());
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            if (rest.toLowerCase(Locale.ROOT).startsWith("localhost/")) {
                rest = rest.substring("localhost".length());
            }
        }
        if (rest.matches("/[A-Za-z]:.*")) {
            rest = rest.substring(1);
        }
        return Path.of(percentDecode(rest));
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = s.indexOf('%', i + 1);
                end = end < 0 ? s.length() : end;
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
