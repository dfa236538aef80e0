package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applies a sequence of edits to a copy of the demo site through a live build (what {@code serve}
 * runs) and, after each, compares its output folder with a clean build of the same sources: the
 * same files, byte for byte, and the same problems.
 */
class ServeIncrementalTest {

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
    void aSequenceOfEditsEndsWhereACleanBuildDoes() throws IOException {
        LiveReport first = rebuild();
        assertTrue(first.written(), first.problems()::toString);
        assertEquals(first.pages(), first.rendered().size(), "the first rebuild renders every page");
        assertSameAsCleanBuild(first, "the first rebuild");

        Path spec = site.resolve("content/6201-recreation-leader-i.md");
        edit(spec, "Leads games, sports,", "Leads games, sports, swimming lessons,");
        LiveReport edited = rebuild(spec);
        assertEquals(List.of("classes/6201/index.html"), edited.rendered(), "an edit of duties renders the class page alone");
        assertEquals(1, edited.parsed());
        assertTrue(edited.pages() > 50);
        assertSameAsCleanBuild(edited, "an edit of a spec's duties");

        Map<String, byte[]> good = FixtureSite.snapshot(out);
        String text = FixtureSite.read(spec);
        FixtureSite.write(spec, text.replaceFirst("\ncode=", "\ntitel=Recreation\ncode="));
        LiveReport broken = rebuild(spec);
        assertFalse(broken.written());
        Problem error = broken.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("content/6201-recreation-leader-i.md", error.location().path());
        assertTrue(error.location().line() > 0, error::format);
        assertTrue(error.message().contains("titel"), error::format);
        assertEquals(check().problems(), broken.problems(), "the problems a check reports");
        live.awaitSearch();
        assertSameFiles(good, FixtureSite.snapshot(out), "a broken edit leaves the last good output");

        FixtureSite.write(spec, text);
        assertSameAsCleanBuild(rebuild(spec), "the broken spec corrected");

        Path lifeguard = site.resolve("content/6230-lifeguard.md");
        Files.delete(lifeguard);
        removeLines(site.resolve("data/classes.csv"), "6230,");
        removeLines(site.resolve("data/pay.csv"), ",6230,");
        LiveReport deleted = rebuild(lifeguard, site.resolve("data/classes.csv"), site.resolve("data/pay.csv"));
        assertTrue(deleted.changed().contains("classes/6230/index.html"), deleted.changed()::toString);
        assertFalse(Files.exists(out.resolve("classes/6230")), "no folder is left behind");
        assertSameAsCleanBuild(deleted, "a deleted spec");
        assertTrue(FixtureSite.snapshot(out.resolve("search")).values().stream()
                .noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("\"6230\"")), "no search entry of the deleted class");

        Path engineer = site.resolve("content/5340-associate-civil-engineer.md");
        Path renamed = site.resolve("content/5341-associate-civil-engineer.md");
        FixtureSite.write(renamed, FixtureSite.read(engineer).replace("code: \"5340\"", "code: \"5341\""));
        Files.delete(engineer);
        edit(site.resolve("data/classes.csv"), "\n5340,", "\n5341,");
        edit(site.resolve("data/pay.csv"), ",5340,", ",5341,");
        LiveReport recoded = rebuild(engineer, renamed, site.resolve("data/classes.csv"), site.resolve("data/pay.csv"));
        assertTrue(Files.exists(out.resolve("classes/5341/index.html")));
        assertFalse(Files.exists(out.resolve("classes/5340")), "no stale page of the old code");
        assertSameAsCleanBuild(recoded, "a renamed class code");

        Path units = site.resolve("data/units.csv");
        edit(units, "https://www.alameda.example.gov/files/mou/acea-2024-2027.pdf", "https://www.alameda.example.gov/files/mou/acea-2024-2028.pdf");
        LiveReport mou = rebuild(units);
        assertTrue(mou.rendered().contains("units/acea/index.html"), mou.rendered()::toString);
        assertSameAsCleanBuild(mou, "a unit's MOU link");

        Path layout = site.resolve("templates/layout.ftl");
        edit(layout, "<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-edited=\"yes\">");
        LiveReport template = rebuild(layout);
        assertEquals(template.pages(), template.rendered().size(), "a template edit renders every page");
        assertSameAsCleanBuild(template, "a template edit");

        Path asset = site.resolve("assets/images/badge.svg");
        FixtureSite.write(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        LiveReport added = rebuild(asset);
        assertEquals(List.of("images/badge.svg"), added.changed());
        assertSameAsCleanBuild(added, "an added asset");

        Path leader = site.resolve("content/6202-recreation-leader-ii.md");
        Path moved = site.resolve("content/recreation/6202-recreation-leader-ii.md");
        Files.createDirectories(moved.getParent());
        Files.move(leader, moved);
        FixtureSite.write(moved, FixtureSite.read(moved).replace("## Definition", "## Definition\n\nMoved into a folder."));
        LiveReport relisted = rebuild(leader, moved.getParent());
        assertEquals(List.of("classes/6202/index.html"), relisted.rendered());
        assertSameAsCleanBuild(relisted, "a spec moved into a new folder (the folder reported, as a watcher does)");

        edit(spec, "swimming lessons,", "swimming and diving lessons,");
        assertSameAsCleanBuild(live.rebuildAll(), "an edit no watcher reported, found by looking at every file");

        assertSameAsCleanBuild(rebuild(), "a rebuild without changes");
    }

    @Test
    void aTemplateErrorIsReportedWithItsLineAndNothingIsWritten() {
        assertTrue(rebuild().written());
        live.awaitSearch();
        Map<String, byte[]> good = FixtureSite.snapshot(out);
        Path template = site.resolve("templates/class.ftl");
        String text = FixtureSite.read(template);
        FixtureSite.write(template, text.replaceFirst("\\$\\{page\\.title}", "\\${page.titel}"));
        LiveReport broken = rebuild(template);
        assertFalse(broken.written());
        Problem error = broken.problems().stream().filter(p -> p.location().path().startsWith("templates/")).findFirst().orElseThrow();
        assertEquals("templates/class.ftl", error.location().path(), error::format);
        assertTrue(error.location().line() > 0, error::format);
        assertSameFiles(good, FixtureSite.snapshot(out), "the last good output stays");
        FixtureSite.write(template, text);
        assertSameAsCleanBuild(rebuild(template), "the template corrected");
    }

    private LiveReport rebuild(Path... touched) {
        return live.rebuild(Set.of(touched).stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet()));
    }

    private BuildReport check() {
        return SiteBuild.run(new BuildOptions(site, null, FixtureSite.DATE));
    }

    private void assertSameAsCleanBuild(LiveReport report, String step) {
        assertTrue(report.written(), () -> step + ": " + report.problems());
        live.awaitSearch();
        Path clean = dir.resolve("clean");
        BuildReport build = SiteBuild.run(new BuildOptions(site, clean, FixtureSite.DATE));
        assertTrue(build.published(), () -> step + ": " + build.problems());
        assertEquals(build.problems(), report.problems(), step + ": the problems a build reports");
        assertEquals(build.classes(), report.classes(), step);
        assertSameFiles(FixtureSite.snapshot(clean), FixtureSite.snapshot(out), step);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String step) {
        assertEquals(expected.keySet(), actual.keySet(), step + ": the same files");
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), step + ": the bytes of " + file);
        }
    }

    private static void edit(Path file, String from, String to) {
        String text = FixtureSite.read(file);
        assertTrue(text.contains(from), () -> file + " holds " + from);
        FixtureSite.write(file, text.replace(from, to));
    }

    private static void removeLines(Path file, String containing) {
        String text = FixtureSite.read(file);
        FixtureSite.write(file, Arrays.stream(text.split("\n", -1)).filter(l -> !l.contains(containing))
                .collect(Collectors.joining("\n")));
    }
}
