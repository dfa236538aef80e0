package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §4: a live build ({@code serve}) renders again only the pages an edit of an earlier
 * version or of a spec's approval concerns, the changes page and the feeds among them only when
 * their changes changed; after each edit its output is a clean build's, byte for byte.
 */
class ServeChangesTest {

    @TempDir
    Path dir;
    Path site;
    Path out;
    LiveBuild live;

    @BeforeEach
    void start() {
        site = FixtureSite.demo(dir);
        out = dir.resolve("served");
        live = new LiveBuild(new BuildOptions(site, out, FixtureSite.DATE), search -> { });
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void anEditOfAVersionOrAnApprovalRendersItsPagesAndTheFeedsOnly() {
        LiveReport first = live.rebuild(java.util.Set.of());
        assertTrue(first.written(), first.problems()::toString);
        assertTrue(first.rendered().containsAll(List.of("changes/index.html", "changes.xml", "units/part-time/changes.xml")));

        // An earlier version's wording: its class's pages at most; what changed across the site is the same.
        Path version = site.resolve("content/history/2141/2006-03-08.md");
        edit(version, "performs professional accounting work", "performs professional accounting and auditing work");
        LiveReport worded = live.rebuild(java.util.Set.of(version));
        assertTrue(worded.rendered().stream().allMatch(p -> p.startsWith("classes/2141/")), worded.rendered()::toString);
        assertSameAsCleanBuild(worded, "an earlier version's wording");

        // A spec approved anew (Recreation Leader I, of the part-time unit): its page, the changes page, the site's
        // feed and its unit's feed; no other unit's feed, no other class.
        Path spec = site.resolve("content/6201-recreation-leader-i.md");
        edit(spec, "approved=2023-02-08", "approved=2025-10-20");
        LiveReport approved = live.rebuild(java.util.Set.of(spec));
        List<String> rendered = approved.rendered();
        assertTrue(rendered.containsAll(List.of("classes/6201/index.html", "changes/index.html", "changes.xml", "units/part-time/changes.xml")),
                rendered::toString);
        assertFalse(rendered.stream().anyMatch(p -> p.startsWith("units/") && p.endsWith("changes.xml") && !p.startsWith("units/part-time/")),
                rendered::toString);
        assertFalse(rendered.stream().anyMatch(p -> p.startsWith("classes/") && !p.startsWith("classes/6201/") && !p.equals("classes/index.html")),
                rendered::toString);
        assertTrue(FixtureSite.read(out.resolve("changes.xml")).contains("/changes/#revised-6201-2025-10-20"));
        assertSameAsCleanBuild(approved, "a new approval date");

        // A version's file renamed to a date the class never had: an error, and the last good output stays.
        Map<String, byte[]> good = FixtureSite.snapshot(out);
        Path moved = site.resolve("content/history/2141/2001-01-01.md");
        FixtureSite.write(moved, FixtureSite.read(version));
        assertTrue(version.toFile().delete());
        LiveReport wrong = live.rebuild(java.util.Set.of(version, moved));
        assertFalse(wrong.written());
        assertTrue(wrong.problems().stream().anyMatch(p -> p.format().startsWith("content/history/2141/2001-01-01.md")), wrong.problems()::toString);
        live.awaitSearch();
        assertEquals(good.keySet(), FixtureSite.snapshot(out).keySet());
        assertTrue(moved.toFile().delete());
        LiveReport gone = live.rebuild(java.util.Set.of(moved));
        assertSameAsCleanBuild(gone, "the version's file removed");
    }

    private void assertSameAsCleanBuild(LiveReport report, String step) {
        assertTrue(report.written(), () -> step + ": " + report.problems());
        live.awaitSearch();
        Path clean = dir.resolve("clean");
        BuildReport build = SiteBuild.run(new BuildOptions(site, clean, FixtureSite.DATE));
        assertTrue(build.published(), () -> step + ": " + build.problems());
        assertEquals(build.problems(), report.problems(), step + ": the problems a build reports");
        Map<String, byte[]> expected = FixtureSite.snapshot(clean);
        Map<String, byte[]> actual = FixtureSite.snapshot(out);
        assertEquals(expected.keySet(), actual.keySet(), step + ": the same files");
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), step + ": the bytes of " + f);
        }
    }

    private static void edit(Path file, String from, String to) {
        String text = FixtureSite.read(file);
        assertTrue(text.contains(from), () -> file + " holds " + from);
        FixtureSite.write(file, text.replace(from, to));
    }
}
