package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: in a live build (serve), an edit to one class's earlier version rewrites that class's
 * version pages, and no other class's.
 */
class LiveVersionPagesTest {

    @TempDir
    Path dir;

    @Test
    void anEditedVersionRewritesItsOwnClassesVersionPagesOnly() throws Exception {
        Path site = FixtureSite.demo(dir);
        Path out = dir.resolve("served");
        try (LiveBuild live = new LiveBuild(new BuildOptions(site, out, FixtureSite.DATE), search -> { })) {
            LiveReport first = live.rebuildAll();
            assertTrue(first.written(), first.problems()::toString);
            Path version = site.resolve("content/history/7563/2009-07-01.md");
            Files.writeString(version, Files.readString(version).replace("performs a variety of customer account services",
                    "performs varied customer account services"));
            LiveReport edited = live.rebuild(Set.of(version.toAbsolutePath().normalize()));
            assertTrue(edited.written(), edited.problems()::toString);
            List<String> versionPages = edited.rendered().stream().filter(p -> p.contains("/versions/")).sorted().toList();
            assertTrue(versionPages.containsAll(List.of("classes/7563/versions/2009-07-01/index.html",
                    "classes/7563/versions/2019-03-12/changes/index.html", "classes/7563/versions/index.html")),
                    "the edited version, the changes it feeds and the list's summary: " + versionPages);
            assertTrue(versionPages.stream().allMatch(p -> p.startsWith("classes/7563/")), "no other class's version pages: " + versionPages);
            String changes = FixtureSite.read(out.resolve("classes/7563/versions/2019-03-12/changes/index.html"));
            assertTrue(changes.contains("<del><span class=\"redline-label\">deleted:</span> varied</del>"), "the new text is compared");
        }
    }
}
