package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 15: how much heap a build's parsed specs may take. */
class BuildOptionsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    @Test
    void issue15AGivenSpecHeapIsKept() {
        assertEquals(0, new BuildOptions(Path.of("."), null, DATE, 0).specHeap(100_000));
        assertEquals(5_000, new BuildOptions(Path.of("."), null, DATE, 5_000).specHeap(1));
    }

    @Test
    void issue15TheSpecsTakeWhatTheRestOfTheBuildLeavesAndAtLeastASixteenth() {
        long max = Runtime.getRuntime().maxMemory();
        BuildOptions automatic = new BuildOptions(Path.of("."), null, DATE);
        assertEquals(BuildOptions.AUTOMATIC, automatic.specHeap());
        assertEquals(max / 4 * 3 - 10 * BuildOptions.REST_PER_CLASS, automatic.specHeap(10));
        assertEquals(max / 16, automatic.specHeap(Integer.MAX_VALUE), "a catalog larger than the heap: a sixteenth");
        int classes = (int) (max / 2 / BuildOptions.REST_PER_CLASS);
        assertEquals(max / 4, automatic.specHeap(classes), 2 * BuildOptions.REST_PER_CLASS, "half the heap for the rest: a quarter for the specs");
    }
}
