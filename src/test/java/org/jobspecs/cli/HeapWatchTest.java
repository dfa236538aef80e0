package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jobspecs.demo.DemoCatalogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a build whose Java heap is too small for its catalog ends soon, says so and what to
 * do, and leaves the output folder as it was (before, 100,000 classes with {@code -Xmx1g} ran full
 * collections back to back for minutes without an end).
 */
class HeapWatchTest {

    private static final long MB = 1 << 20;

    /** Full collections back to back, each leaving the heap nearly full: the fifth in a row gives up. */
    @Test
    void issue15BackToBackFullCollectionsOfAFullHeapAreExhaustion() {
        HeapWatch.Verdict verdict = new HeapWatch.Verdict();
        long t = 20_000;
        assertFalse(verdict.afterFullCollection(t, t + 860, 897 * MB, 989 * MB), "the first: nothing to compare with");
        t += 960;
        for (int i = 1; i < HeapWatch.Verdict.IN_A_ROW; i++, t += 980) {
            assertFalse(verdict.afterFullCollection(t, t + 880, (900 + i) * MB, 989 * MB), "collection " + i);
        }
        assertTrue(verdict.afterFullCollection(t, t + 890, 932 * MB, 989 * MB));
    }

    /** A build near its limit that works between its full collections, or whose collections free room, goes on. */
    @Test
    void issue15ABuildThatStillWorksIsLeftAlone() {
        HeapWatch.Verdict working = new HeapWatch.Verdict();
        long t = 0;
        for (int i = 0; i < 20; i++, t += 3_000) {
            assertFalse(working.afterFullCollection(t, t + 900, 950 * MB, 989 * MB), "a full heap, 2 s of work between");
        }
        HeapWatch.Verdict freeing = new HeapWatch.Verdict();
        t = 0;
        for (int i = 0; i < 20; i++, t += 1_000) {
            assertFalse(freeing.afterFullCollection(t, t + 900, 800 * MB, 989 * MB), "back to back, but a fifth of the heap freed");
        }
        HeapWatch.Verdict interrupted = new HeapWatch.Verdict();
        t = 0;
        for (int i = 0; i < 20; i++, t += 1_000) {
            long used = i % 4 == 3 ? 700 * MB : 950 * MB; // every fourth frees room: never five in a row
            assertFalse(interrupted.afterFullCollection(t, t + 900, used, 989 * MB), "collection " + i);
        }
    }

    @Test
    void issue15AnOutOfMemoryErrorIsFoundUnderTheExceptionsThatCarryIt() {
        assertTrue(OutOfMemory.causedBy(new CompletionException(new RuntimeException(new OutOfMemoryError("Java heap space")))));
        assertTrue(OutOfMemory.causedBy(new OutOfMemoryError()));
        assertFalse(OutOfMemory.causedBy(new CompletionException(new UncheckedIOException(new IOException("disk full")))));
    }

    @Test
    void issue15TheMessageSaysWhatHappenedThatTheOutputIsUnchangedAndWhatToDo() {
        String message = OutOfMemory.message(Path.of("public"), 989 * MB, "Java could not make room for more");
        assertTrue(message.startsWith("out of memory: the build needs more than the 989 MB of Java heap it was given (Java could not make room for more)."), message);
        assertTrue(message.contains("The output folder public is unchanged."), message);
        assertTrue(message.contains("JAVA_OPTS=-Xmx2g ./jobspecs build"), message);
        assertTrue(OutOfMemory.message(Path.of("public"), 3 * 1024 * MB, "x").contains("-Xmx6g"), "twice the heap given");
    }

    /**
     * The whole way, in a Java process of its own with a heap far too small for 2,000 classes: exit
     * code 4, the message, the previous output untouched and no staging folder left beside it.
     */
    @Test
    void issue15ABuildOutOfHeapEndsWithExitCode4AndLeavesTheOutputAsItWas(@TempDir Path tmp) throws Exception {
        Path catalog = tmp.resolve("catalog");
        new DemoCatalogWriter(2000, 42).write(catalog, Path.of("."));
        Path out = tmp.resolve("sites").resolve("public");
        assertEquals(0, Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "build", "--source", ".", "--out", out.toString()), "the previous output: the demo site");
        List<String> before = listing(out);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", catalog.toString(), "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ended");
        assertEquals(ExitCode.OUT_OF_MEMORY, process.exitValue(), printed);
        assertTrue(printed.contains("out of memory: the build needs more than the "), printed);
        // Bug (issue 15): the heap watch and the build's own OutOfMemoryError could both print the message.
        assertEquals(1, printed.split("out of memory: ", -1).length - 1, "the message once: " + printed);
        assertTrue(printed.contains("The output folder " + out + " is unchanged."), printed);
        assertEquals(before, listing(out), "the output folder as it was");
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertEquals(List.of(out), beside.toList(), "no staging folder left beside it");
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }
}
