package org.jobspecs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.render.RenderedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void publishingReplacesTheWholeOutputFolder() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.swapIn(publisher.stage(List.of(new RenderedPage("a/index.html", "one".getBytes())), f -> { }));
        publisher.swapIn(publisher.stage(List.of(new RenderedPage("b.html", "two".getBytes())), f -> { }));
        assertFalse(Files.exists(out.resolve("a/index.html")), "a page no longer built is gone");
        assertEquals("two", Files.readString(out.resolve("b.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList(), "no staging or old folders are left behind");
        }
    }

    @Test
    void aDiscardedStageLeavesTheOutputAsItWas() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.swapIn(publisher.stage(List.of(new RenderedPage("index.html", "old".getBytes())), f -> { }));
        publisher.discard(publisher.stage(List.of(new RenderedPage("index.html", "new".getBytes())), f -> { }));
        assertEquals("old", Files.readString(out.resolve("index.html")));
    }

    @Test
    void pagesWrittenAsTheyAreRenderedArePublishedReadableByEveryone() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        Staging staging = publisher.open();
        staging.write(new RenderedPage("classes/7565/index.html", "spec".getBytes()));
        staging.write(new RenderedPage("index.html", "home".getBytes()));
        assertFalse(Files.exists(out), "nothing is published before the swap");
        publisher.finish(staging);
        publisher.swapIn(staging.folder());
        assertEquals("spec", Files.readString(out.resolve("classes/7565/index.html")));
        assertTrue(Files.exists(out.resolve(Publisher.MARKER)));
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // A temporary folder is the owner's alone; a web server running as another user must read the site.
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void refusesAFolderItDidNotWriteOrOneHoldingTheSources() throws IOException {
        Path foreign = dir.resolve("docs");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        assertNotNull(new Publisher(foreign).refusal(dir.resolve("src")));
        assertNotNull(new Publisher(dir).refusal(dir.resolve("site")));
        assertNull(new Publisher(dir.resolve("new")).refusal(dir.resolve("site")));
        assertTrue(Files.exists(foreign.resolve("thesis.txt")));
    }
}
