package org.jobspecs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jobspecs.cli.Main;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in {@code mvn verify} after {@code jobspecs publish} (execution {@code publish-public-site},
 * phase pre-integration-test) has published the public site ({@code target/public}, built at
 * package) to the folder {@code jobspecs.publish.dir}: checks that it arrived whole — the same files
 * under the same relative paths, byte for byte, and nothing else but the publish manifest — and
 * (issue 11 point 6) that a class removed from the sources disappears from the destination at the
 * next publish, while a file the publish did not write stays.
 */
class PublishedSiteIT {

    private static final String MANIFEST = ".jobspecs-published";

    private static Path source;
    private static Path target;
    /** Why the publish cannot be checked here, or null. */
    private static String skipped;

    @BeforeAll
    static void locate() {
        String dir = System.getProperty("jobspecs.public.dir");
        String to = System.getProperty("jobspecs.publish.dir");
        if (Boolean.getBoolean("jobspecs.publish.skip")) {
            skipped = "publishing is skipped (jobspecs.publish.skip)";
        } else if (dir == null || to == null) {
            skipped = "run by mvn verify (failsafe), which passes jobspecs.public.dir and jobspecs.publish.dir";
        } else {
            source = Path.of(dir);
            target = Path.of(to);
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
        assertTrue(published.remove(MANIFEST), "the publish wrote no manifest (" + MANIFEST + ") at " + target);
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
                    + (extra.isEmpty() ? "" : "\n  not in the site (" + extra.size() + "; publish deletes only the files it wrote — "
                            + "these it did not: remove them at the target if they should go): " + first(extra)));
        }
        assertEquals(built.size(), published.size(), "file count");
        List<String> listed = Files.readAllLines(target.resolve(MANIFEST), StandardCharsets.UTF_8);
        Set<String> inManifest = new TreeSet<>();
        listed.stream().skip(1).forEach(line -> inManifest.add(line.substring(65)));
        assertEquals(built, inManifest, "the manifest lists exactly the files published");
    }

    /**
     * The demo's sources without class 6230 (Lifeguard) are built and published over a copy of the
     * published folder (with its manifest, and a file someone else put there): the class's page is
     * deleted, the copy is the new build byte for byte, and the other file stays.
     */
    @Test
    void aClassRemovedFromTheSourcesDisappearsFromTheDestination(@TempDir Path dir) throws IOException {
        assertTrue(Files.isRegularFile(target.resolve("classes/6230/index.html")), "the demo publishes class 6230");
        Path www = dir.resolve("www");
        FixtureSite.copyTree(target, www);
        Files.writeString(www.resolve("google1234.html"), "google-site-verification: google1234.html\n");
        Path site = FixtureSite.demo(dir.resolve("sources"));
        Files.delete(site.resolve("content/6230-lifeguard.md"));
        for (String data : List.of("data/classes.csv", "data/pay.csv")) {
            Path file = site.resolve(data);
            Files.writeString(file, Files.readString(file).replaceAll("(?m)^(fy\\d+,)?6230,[^\n]*\n", ""));
        }
        Path out = dir.resolve("public");
        StringWriter log = new StringWriter();
        int built = Main.run(new PrintWriter(log), new PrintWriter(log), "build", "--source", site.toString(), "--out", out.toString());
        assertEquals(0, built, log::toString);
        assertFalse(Files.exists(out.resolve("classes/6230")), "the build without 6230 has no page for it");

        int published = Main.run(new PrintWriter(log), new PrintWriter(log), "publish", "--from", out.toString(), "--to", www.toString());
        assertEquals(0, published, log::toString);
        assertTrue(log.toString().contains("delete   classes/6230/index.html\n"), log::toString);
        assertFalse(Files.exists(www.resolve("classes/6230")), "the removed class's page is gone from the destination");
        assertTrue(Files.isRegularFile(www.resolve("google1234.html")), "a file the publish did not write stays");
        Set<String> there = relativeFiles(www);
        there.removeAll(Set.of(MANIFEST, "google1234.html"));
        assertEquals(relativeFiles(out), there);
        for (String rel : there) {
            assertEquals(-1, Files.mismatch(out.resolve(rel), www.resolve(rel)), rel);
        }
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
}
