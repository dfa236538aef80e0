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
        assertTrue(publisher.publish(staging, folder -> true));
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

    /** Issue 15 (bug): a heap-exhausted build's exit abandoned the staging while the build went on and swapped in what was left of it. */
    @Test
    void issue15AnAbandonedStagingIsNeverPublished() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.swapIn(publisher.stage(List.of(new RenderedPage("index.html", "old".getBytes())), f -> { }));
        Staging staging = publisher.open();
        staging.write(new RenderedPage("index.html", "new".getBytes()));
        publisher.abandon(staging);
        staging.write(new RenderedPage("late.html", "late".getBytes()));
        assertFalse(publisher.publish(staging, folder -> true));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("late.html")));
        assertFalse(Files.exists(staging.folder()), "the staging folder is removed");
    }

    @Test
    void issue15AnAbandonWhilePublishingWaitsForTheSwapAndLeavesTheSite() throws Exception {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        Staging staging = publisher.open();
        staging.write(new RenderedPage("index.html", "new".getBytes()));
        java.util.concurrent.CountDownLatch publishing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean sawSite = new java.util.concurrent.atomic.AtomicBoolean();
        Thread exiting = new Thread(() -> {
            try {
                publishing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publisher.abandon(staging);
            sawSite.set(Files.exists(out.resolve("index.html")));
        });
        exiting.start();
        assertTrue(publisher.publish(staging, folder -> {
            publishing.countDown();
            try {
                Thread.sleep(200); // the abandon is under way meanwhile, and must wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }));
        exiting.join();
        assertTrue(sawSite.get(), "the abandon returned only once the site was in place");
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(Publisher.MARKER)));
    }

    @Test
    void issue15AStagingThatCannotBeCompletedIsDiscarded() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        Staging staging = publisher.open();
        staging.write(new RenderedPage("index.html", "new".getBytes()));
        assertFalse(publisher.publish(staging, folder -> false));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(staging.folder()));
    }

    /**
     * Issue 15 (bug, seen in CI): a build that ran out of heap left its staging folder beside the
     * output. Render threads still writing as the staging was removed made it again (each class page
     * makes its own sub-folder, and with it every missing parent).
     */
    @Test
    void issue15AStagingAbandonedWhilePagesAreStillBeingWrittenIsGoneForGood() throws Exception {
        for (int trial = 0; trial < 20; trial++) {
            Path out = dir.resolve("public" + trial);
            Publisher publisher = new Publisher(out);
            Staging staging = publisher.open();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(4);
            List<Thread> writers = new java.util.ArrayList<>();
            java.util.Queue<Throwable> failed = new java.util.concurrent.ConcurrentLinkedQueue<>();
            for (int w = 0; w < 4; w++) {
                Thread writer = new Thread(() -> {
                    writing.countDown();
                    for (int i = 0; i < 400; i++) {
                        staging.write(new RenderedPage("classes/" + next.incrementAndGet() + "/index.html", new byte[64 * 1024]));
                    }
                });
                writer.setUncaughtExceptionHandler((t, e) -> failed.add(e));
                writers.add(writer);
                writer.start();
            }
            writing.await();
            Thread.sleep(trial % 5); // the writers are under way, at different points from trial to trial
            publisher.abandon(staging);
            for (Thread writer : writers) {
                writer.join();
            }
            assertFalse(Files.exists(staging.folder()), "trial " + trial + ": the staging folder stays removed");
            assertFalse(Files.exists(out), "trial " + trial);
            assertEquals(List.of(), List.copyOf(failed), "trial " + trial + ": a page being written as the staging closed is not cut off");
        }
    }
}
