package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: {@code jobspecs init} writes a new agency's site that builds at once, with the demo's own templates and assets. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void initWritesASiteThatBuildsWithNoErrorsOrNotices() throws IOException {
        Path site = dir.resolve("new-site");
        MainTest.Run init = MainTest.run("init", site.toString(), "--agency", "City of Example", "--location", "Example, CA");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().startsWith("wrote "), init.out());
        for (String file : List.of("jbake.properties", "README.md", ".gitignore", "content/1001-office-assistant.md", "data/classes.csv",
                "data/schedules.csv", "data/pay.csv", "data/units.csv", "data/benefits.csv", "data/series.csv")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        for (String csv : List.of("classes", "schedules", "pay", "units", "benefits", "series")) {
            List<String> lines = Files.readAllLines(site.resolve("data/" + csv + ".csv"));
            assertEquals(2, lines.size(), csv + ".csv: a header row and one example row");
        }
        assertEquals(List.of("target/"), Files.readAllLines(site.resolve(".gitignore")));

        MainTest.Run built = MainTest.run("build", "--source", site.toString(), "--out", site.resolve("target/public").toString(),
                "--date", "2025-11-01");
        assertEquals(0, built.code(), built.err());
        assertTrue(built.out().contains(": 1 class, ") && built.out().contains(" 0 errors, 0 notices "), built.out());
        assertTrue(built.err().isEmpty(), built.err());
        String page = Files.readString(site.resolve("target/public/classes/1001/index.html"));
        assertTrue(page.contains("Office Assistant"), "the example class has its page");
        assertTrue(page.contains("City of Example"), "the page names the agency");
    }

    @Test
    void theTemplatesAndAssetsAreTheProjectsOwnByteForByte() {
        Path site = dir.resolve("s");
        assertEquals(0, MainTest.run("init", site.toString(), "--agency", "City of Example").code());
        for (String folder : List.of("templates", "assets")) {
            Map<String, byte[]> project = FixtureSite.snapshot(FixtureSite.PROJECT.resolve(folder));
            Map<String, byte[]> written = FixtureSite.snapshot(site.resolve(folder));
            assertFalse(project.isEmpty());
            assertEquals(project.keySet(), written.keySet(), folder + "/ has the project's files");
            project.forEach((name, bytes) -> assertArrayEquals(bytes, written.get(name), folder + "/" + name));
        }
    }

    @Test
    void theAgencyAndLocationReadBackFromJbakeProperties() throws IOException {
        Path site = dir.resolve("s");
        String agency = " Town of O'Brien \\ Lake: #1 = best";
        assertEquals(0, MainTest.run("init", site.toString(), "--agency", agency, "--location", "Lake, MN").code());
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        assertEquals(agency.strip(), properties.getProperty("site.agency"));
        assertEquals(agency.strip() + " Class Specifications", properties.getProperty("site.title"));
        assertEquals("Lake, MN", properties.getProperty("site.location"));
        assertTrue(Files.readString(site.resolve("README.md")).startsWith("# " + agency.strip() + " class specifications\n"));
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndTouchesNothing() throws IOException {
        Path site = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        MainTest.Run r = MainTest.run("init", site.toString(), "--agency", "City of Example");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith(site + " is not empty (it has notes.txt): name a new or empty folder"), r.err());
        assertEquals(List.of(site.resolve("notes.txt")), Files.list(site).toList());

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        r = MainTest.run("init", file.toString(), "--agency", "City of Example");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith(file + " is a file, not a folder"), r.err());

        assertEquals(ExitCode.USAGE, MainTest.run("init", dir.resolve("x").toString()).code(), "--agency is required");
        assertEquals(ExitCode.USAGE, MainTest.run("init", dir.resolve("y").toString(), "--agency", " ").code());
        assertFalse(Files.exists(dir.resolve("y")));
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path site = Files.createDirectories(dir.resolve("empty"));
        MainTest.Run r = MainTest.run("init", site.toString(), "--agency", "City of Example");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(site.resolve("templates/class.ftl")));
    }
}
