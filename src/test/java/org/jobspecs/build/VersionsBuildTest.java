package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: sites with history files and redlines build, and their catalog holds the versions. */
class VersionsBuildTest {

    @TempDir
    Path dir;

    /** The catalog as the build reads it (load, parse, catalog). */
    private static Catalog catalog(Path site, Problems problems) {
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(config.source(), config.contentFolder(), config.dataFolder(), config.agency(),
                config.sectionAliases(), config.versionsFromGit());
        var sources = reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems)
                .withVersions(reader.readVersions(reader.historyFiles(), problems));
        return new CatalogBuilder(FixtureSite.DATE, problems).build(sources);
    }

    private static Map<LocalDate, VersionOrigin> versions(JobClass c) {
        java.util.Map<LocalDate, VersionOrigin> m = new java.util.LinkedHashMap<>();
        c.versions().forEach(v -> m.put(v.approval().date(), v.origin()));
        return m;
    }

    @Test
    void theDemoSiteHasTheSeeds2009VersionAndEarlierVersionsOfOtherClasses() {
        Path site = FixtureSite.demo(dir);
        Problems problems = new Problems();
        Catalog catalog = catalog(site, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        JobClass seed = catalog.classes().get(new ClassCode("7565"));
        assertEquals(Map.of(LocalDate.of(2009, 7, 1), VersionOrigin.REDLINE), versions(seed));
        assertEquals("CSB", seed.versions().get(0).approval().body());

        assertEquals(List.of(LocalDate.of(2017, 10, 11), LocalDate.of(2006, 3, 8)),
                List.copyOf(versions(catalog.classes().get(new ClassCode("2141"))).keySet()), "newest first");
        assertEquals(List.of(VersionOrigin.REDLINE, VersionOrigin.HISTORY),
                List.copyOf(versions(catalog.classes().get(new ClassCode("2141"))).values()));
        long fromHistory = catalog.classes().values().stream()
                .filter(c -> c.versions().stream().anyMatch(v -> v.origin() == VersionOrigin.HISTORY)).count();
        assertTrue(fromHistory >= 3, "at least three classes have versions from content/history/: " + fromHistory);
        for (JobClass c : catalog.classes().values()) {
            for (SpecVersion v : c.versions()) {
                assertTrue(c.history().stream().anyMatch(a -> a.date().equals(v.approval().date())), c.code() + " " + v.approval());
                assertFalse(v.sections().isEmpty());
            }
        }
        // The history files are not classes of their own: the build publishes the same classes.
        BuildReport report = SiteBuild.run(new BuildOptions(site, dir.resolve("out"), FixtureSite.DATE));
        assertEquals(List.of(), report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        assertEquals(catalog.classes().size(), report.classes());
    }

    @Test
    void aMalformedVersionIsAnErrorAndThePreviousOutputStaysIntact() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Path out = dir.resolve("out");
        BuildReport first = SiteBuild.run(new BuildOptions(site, out, FixtureSite.DATE));
        assertTrue(first.published(), first.problems().toString());
        Map<String, byte[]> before = FixtureSite.snapshot(out);

        Files.createDirectories(site.resolve("content/history/1001"));
        Files.writeString(site.resolve("content/history/1001/2015-06-01.md"), "approved.by=CSB\nnot a header line\n~~~~~~\n\n## Definition\n\nText.\n");
        Files.writeString(site.resolve("content/history/1001/2012-01-01.md"), "approved.by=CSB\n~~~~~~\n\n## Definition\n\nText.\n");
        Files.createDirectories(site.resolve("content/history/1010"));
        Files.writeString(site.resolve("content/history/1010/2015-06-01.md"), "approved.by=CSB\n~~~~~~\n\n## Definition\n\nText.\n");
        BuildReport second = SiteBuild.run(new BuildOptions(site, out, FixtureSite.DATE));
        assertFalse(second.published());
        List<String> errors = second.problems().stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::format).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/history/1001/2012-01-01.md: error: class 1001 has no approval on 2012-01-01"), errors.get(0));
        assertTrue(errors.get(1).startsWith("content/history/1001/2015-06-01.md:2: error: malformed header line"), errors.get(1));
        assertTrue(errors.get(2).startsWith("content/history/1010/2015-06-01.md: error: earlier version of class 1010, which is not in the class register"
                + " — did you mean \"1001\"?"), errors.get(2));
        Map<String, byte[]> after = FixtureSite.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
    }

    @Test
    void versionsDoNotChangeWhatTwoBuildsWrite() {
        Path site = FixtureSite.demo(dir);
        SiteBuild.run(new BuildOptions(site, dir.resolve("a"), FixtureSite.DATE));
        SiteBuild.run(new BuildOptions(site, dir.resolve("b"), FixtureSite.DATE));
        Map<String, byte[]> a = FixtureSite.snapshot(dir.resolve("a"));
        Map<String, byte[]> b = FixtureSite.snapshot(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k));
    }

    /** Issue 14: demo-catalog --versions gives a third of the classes two or three earlier versions, and they build. */
    @Test
    void aDemoCatalogWithVersionsBuildsAndAThirdOfItsClassesHaveTwoOrThree() throws Exception {
        Path plain = dir.resolve("plain");
        Path with = dir.resolve("with");
        new org.jobspecs.demo.DemoCatalogWriter(150, 42).write(plain, FixtureSite.PROJECT);
        new org.jobspecs.demo.DemoCatalogWriter(150, 42).withVersions().write(with, FixtureSite.PROJECT);
        Problems problems = new Problems();
        Catalog catalog = catalog(with, problems);
        assertFalse(problems.hasErrors(), problems.sorted().stream().limit(5).toList().toString());
        assertEquals(0, problems.sorted().size(), problems.sorted().stream().limit(5).toList().toString());
        List<JobClass> withVersions = catalog.classes().values().stream()
                .filter(c -> c.versions().stream().anyMatch(v -> v.origin() == VersionOrigin.HISTORY)).toList();
        double share = withVersions.size() / (double) catalog.classes().size();
        assertTrue(share > 0.25 && share < 0.42, "a third: " + share);
        assertTrue(withVersions.stream().allMatch(c -> c.versions().size() == 2 || c.versions().size() == 3));
        // The others have none, or one when their spec carries a redline (5 % of the demo's specs).
        assertTrue(catalog.classes().values().stream().filter(c -> !withVersions.contains(c))
                .allMatch(c -> c.versions().isEmpty() || c.versions().size() == 1 && c.versions().get(0).origin() == VersionOrigin.REDLINE));
        // Each earlier version differs from the text after it by a small change.
        for (JobClass c : withVersions) {
            String later = org.jobspecs.spec.PlainText.of(c.sections());
            for (SpecVersion v : c.versions()) {
                String earlier = org.jobspecs.spec.PlainText.of(v.sections());
                assertFalse(earlier.equals(later), c.code() + " " + v.approval().date());
                later = earlier;
            }
        }
        // Without versions, the same catalog as before; with them, only the specs' histories differ.
        Map<String, byte[]> a = FixtureSite.snapshot(plain);
        Map<String, byte[]> b = FixtureSite.snapshot(with);
        assertTrue(b.keySet().containsAll(a.keySet()));
        for (String file : a.keySet()) {
            String x = new String(a.get(file), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^history=.*\\n", "");
            String y = new String(b.get(file), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^history=.*\\n", "");
            assertEquals(x, y, file);
        }
        new org.jobspecs.demo.DemoCatalogWriter(150, 42).withVersions().write(dir.resolve("again"), FixtureSite.PROJECT);
        Map<String, byte[]> again = FixtureSite.snapshot(dir.resolve("again"));
        assertEquals(b.keySet(), again.keySet());
        for (String file : b.keySet()) {
            assertTrue(java.util.Arrays.equals(b.get(file), again.get(file)), "deterministic: " + file);
        }
    }
}
