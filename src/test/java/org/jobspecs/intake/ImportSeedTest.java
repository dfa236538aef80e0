package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import issue's acceptance test: importing the seed's Word text export gives a native source
 * that builds into the same class page as the seed file itself, with every word accounted for.
 */
class ImportSeedTest {

    private static final String SEED = "content/lead-customer-service-representative-7565.txt";

    @TempDir
    Path dir;

    @Test
    void importedSeedBuildsTheSamePage() throws Exception {
        Path original = FixtureSite.demo(dir.resolve("a"));
        Path imported = FixtureSite.demo(dir.resolve("b"));
        Path seed = dir.resolve("seed.txt");
        Files.move(imported.resolve(SEED), seed);

        ImportOptions options = new ImportOptions(imported.resolve("content"), imported.resolve("data/classes.csv"),
                imported.resolve("data/units.csv"), false, false);
        DocumentResult result = new Importer(options, SectionAliases.builtIn(), "City of Alameda").run(List.of(seed)).get(0);
        assertEquals("word-text-export", result.format());
        assertEquals(List.of(), result.unaccounted(), "every word of the seed is in the source or reported as furniture");
        assertEquals("written", result.specs().get(0).action());
        assertTrue(result.specs().get(0).register().contains("exists: kept"), result.specs().get(0).register());
        assertTrue(Files.exists(imported.resolve("content/7565-lead-customer-service-representative.md")));

        BuildReport a = SiteBuild.run(new BuildOptions(original, dir.resolve("out-a"), FixtureSite.DATE));
        BuildReport b = SiteBuild.run(new BuildOptions(imported, dir.resolve("out-b"), FixtureSite.DATE));
        assertTrue(a.published() && b.published(), () -> b.problems().toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("out-a/classes/7565/index.html")),
                Files.readAllBytes(dir.resolve("out-b/classes/7565/index.html")));
    }

    @Test
    void importNeverOverwritesWithoutForceAndDryRunWritesNothing() throws Exception {
        Path site = FixtureSite.demo(dir.resolve("c"));
        Path seed = site.resolve(SEED);
        Path target = site.resolve("content/7565-lead-customer-service-representative.md");
        byte[] register = Files.readAllBytes(site.resolve("data/classes.csv"));

        ImportOptions dry = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"), false, true);
        DocumentResult planned = new Importer(dry, SectionAliases.builtIn(), "City of Alameda").run(List.of(seed)).get(0);
        assertEquals("would write", planned.specs().get(0).action());
        assertTrue(Files.notExists(target), "a dry run writes no source");

        Files.writeString(target, "kept");
        ImportOptions real = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"), false, false);
        DocumentResult kept = new Importer(real, SectionAliases.builtIn(), "City of Alameda").run(List.of(seed)).get(0);
        assertTrue(kept.specs().get(0).action().startsWith("exists"));
        assertEquals("kept", Files.readString(target));
        assertArrayEquals(register, Files.readAllBytes(site.resolve("data/classes.csv")), "an existing register row is kept");

        ImportOptions force = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"), true, false);
        DocumentResult forced = new Importer(force, SectionAliases.builtIn(), "City of Alameda").run(List.of(seed)).get(0);
        assertEquals("overwritten", forced.specs().get(0).action());
        assertTrue(Files.readString(target).startsWith("code=7565"));
    }
}
