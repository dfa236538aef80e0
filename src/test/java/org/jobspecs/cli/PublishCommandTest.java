package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 6: {@code jobspecs publish --to DIR [--from DIR] [--dry-run]}. A class removed from
 * the sources disappears from the destination at the next publish; a dry run lists it and writes
 * nothing; a file the publish did not write stays and is reported; a damaged manifest is refused.
 */
class PublishCommandTest {

    @TempDir
    Path dir;

    private MainTest.Run build(Path site, Path out) {
        MainTest.Run r = MainTest.run("build", "--source", site.toString(), "--out", out.toString(), "--date", "2025-11-01");
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void aRemovedClassDisappearsFromTheDestinationAndADryRunShowsItFirst() throws IOException {
        Path site = FixtureSite.copy("minimal", dir);
        Path out = dir.resolve("out");
        Path www = dir.resolve("www");
        build(site, out);
        MainTest.Run first = MainTest.run("publish", "--from", out.toString(), "--to", www.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().matches("(?s)published \\S+out to \\S+www: \\d+ added, 0 replaced, 0 deleted, 0 unchanged, 0 kept in \\d+ ms\n"),
                first.out());
        assertTrue(Files.isRegularFile(www.resolve("classes/0900/index.html")));
        Files.writeString(www.resolve("google1234.html"), "google-site-verification: google1234.html\n");

        Files.delete(site.resolve("content/0900-typist.md"));
        Path register = site.resolve("data/classes.csv");
        Files.writeString(register, Files.readString(register).replaceFirst("0900,Typist[^\n]*\n", ""));
        build(site, out);

        Map<String, byte[]> before = FixtureSite.snapshot(www);
        MainTest.Run dry = MainTest.run("publish", "--from", out.toString(), "--to", www.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("delete   classes/0900/index.html\n"), dry.out());
        assertTrue(dry.out().contains("keep     google1234.html (not in the site, and not written by jobspecs publish)\n"), dry.out());
        assertTrue(dry.out().contains("replace  archive/index.html\n"), "the archive lost the abolished typist: " + dry.out());
        assertTrue(dry.out().contains(" to delete, ") && dry.out().endsWith("(dry run: nothing was written)\n"), dry.out());
        assertEquals(before.keySet(), FixtureSite.snapshot(www).keySet(), "a dry run writes nothing");

        MainTest.Run second = MainTest.run("publish", "--from", out.toString(), "--to", "file://" + www.toAbsolutePath());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("delete   classes/0900/index.html\n"), second.out());
        assertFalse(Files.exists(www.resolve("classes/0900")), "the removed class's page is gone from the destination");
        assertTrue(Files.exists(www.resolve("google1234.html")), "a file publish did not write stays");
        Map<String, byte[]> built = FixtureSite.snapshot(out);
        Map<String, byte[]> published = FixtureSite.snapshot(www);
        published.remove(".jobspecs-published");
        published.remove("google1234.html");
        assertEquals(built.keySet(), published.keySet());
        built.forEach((rel, bytes) -> assertTrue(java.util.Arrays.equals(bytes, published.get(rel)), rel));
    }

    @Test
    void problemsAreListedWithWhatToDo() throws IOException {
        MainTest.Run none = MainTest.run("publish", "--from", dir.resolve("no-site").toString(), "--to", dir.resolve("www").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("error: the built site is not there (no such folder) — build it first with ./jobspecs build"), none.err());
        assertTrue(none.err().endsWith("Nothing was written. Correct the problems above and run again.\n"), none.err());

        Path site = FixtureSite.copy("minimal", dir);
        Path out = dir.resolve("out");
        build(site, out);
        Path www = dir.resolve("www");
        assertEquals(0, MainTest.run("publish", "--from", out.toString(), "--to", www.toString()).code());
        Files.writeString(www.resolve(".jobspecs-published"), "garbage\n");
        MainTest.Run damaged = MainTest.run("publish", "--from", out.toString(), "--to", www.toString());
        assertEquals(1, damaged.code());
        assertTrue(damaged.err().startsWith(www.resolve(".jobspecs-published") + ":1: error: the publish manifest is damaged"), damaged.err());

        assertEquals(2, MainTest.run("publish", "--from", out.toString()).code(), "--to is required");
        MainTest.Run remote = MainTest.run("publish", "--from", out.toString(), "--to", "scp://host/www");
        assertEquals(2, remote.code());
        assertTrue(remote.err().contains("-Djobspecs.publish.url=scp://host/www"), remote.err());
    }
}
