package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a live build (serve) reads the history folder as a build does: its problems are a check's. */
class LiveVersionsTest {

    @TempDir
    Path dir;

    @Test
    void editsOfTheHistoryFolderAreReadAndReportedAsACheckReportsThem() throws Exception {
        Path site = FixtureSite.demo(dir);
        try (LiveBuild live = new LiveBuild(new BuildOptions(site, dir.resolve("served"), FixtureSite.DATE), search -> { })) {
            LiveReport first = live.rebuildAll();
            assertTrue(first.written(), first.problems()::toString);
            assertEquals(check(site).problems(), first.problems());

            Path version = site.resolve("content/history/2145/2015-06-10.md");
            Files.createDirectories(version.getParent());
            Files.writeString(version, "approved.by=CSB\nnot a header line\n~~~~~~\n\n## Definition\n\nText.\n");
            LiveReport broken = live.rebuild(Set.of(version.toAbsolutePath().normalize(), version.getParent().toAbsolutePath().normalize()));
            assertFalse(broken.written());
            Problem error = broken.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
            assertEquals("content/history/2145/2015-06-10.md:2: error: malformed header line \"not a header line\" — "
                    + "write it as key=value, or end the header with a line '~~~~~~' before the text", error.format());
            assertEquals(check(site).problems(), broken.problems());

            Files.writeString(version, "approved.by=CSB\n~~~~~~\n\n## Definition\n\nSupervises accounting work.\n");
            LiveReport fixed = live.rebuild(Set.of(version.toAbsolutePath().normalize()));
            assertTrue(fixed.written(), fixed.problems()::toString);
            assertEquals(check(site).problems(), fixed.problems());
            assertEquals(first.classes(), fixed.classes(), "a history file is no class of its own");
        }
    }

    private static BuildReport check(Path site) {
        return SiteBuild.run(new BuildOptions(site, null, FixtureSite.DATE));
    }
}
