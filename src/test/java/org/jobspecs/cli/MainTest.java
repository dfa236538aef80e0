package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildEndsWithOneSummaryLine() {
        Path site = FixtureSite.copy("minimal", dir);
        Run r = run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--date", "2025-11-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)built \\S+out: 3 classes, \\d+ pages, 0 errors, 0 notices in \\d+ ms \\(config \\d+ ms, load \\d+ ms, "
                + "parse \\d+ ms, catalog \\d+ ms, similar \\d+ ms, plan \\d+ ms, index \\d+ ms, render \\d+ ms, links \\d+ ms, publish \\d+ ms\\)\n"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/classes/1001/index.html")));
    }

    /** Issue 11: search says how many classes match, when it falls back to any word, corrects a typo, or only offers one. */
    @Test
    void searchSaysWhatItDid() {
        Run r = run("search", "--source", FixtureSite.PROJECT.toString(), "--date", "2026-11-28", "--limit", "2", "public works");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s) 1\\. 5901 .*\n 2\\. 5120 .*\n2 of \\d+ classes \\(--limit N for more\\)\n"), r.out());
        r = run("search", "--source", FixtureSite.PROJECT.toString(), "--date", "2026-11-28", "customer zzqxvw");
        assertTrue(r.out().startsWith("no class has every word of \"customer zzqxvw\": showing classes with any of them\n 1. "), r.out());
        r = run("search", "--source", FixtureSite.PROJECT.toString(), "--date", "2026-11-28", "custmer");
        assertTrue(r.out().startsWith("no class uses \"custmer\": showing results for \"customer\"\n"), r.out());
        r = run("search", "--source", FixtureSite.PROJECT.toString(), "--date", "2026-11-28", "billinq");
        assertEquals("no classes match\ndid you mean \"billing\"?\n", r.out());
    }

    @Test
    void checkWritesNothing() {
        Path site = FixtureSite.copy("minimal", dir);
        Run r = run("check", "--source", site.toString(), "--date", "2025-11-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("checked: 3 classes"));
        assertFalse(Files.exists(site.resolve("target")));
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run().code());
        assertEquals(2, run("build", "--date", "yesterday").code());
        assertEquals(2, run("demo-catalog", "--classes", "0", "--out", dir.resolve("x").toString()).code());
    }

    @Test
    void aFolderWithoutJbakePropertiesIsAContentError() {
        Run r = run("check", "--source", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("jbake.properties: error: there is no jbake.properties"), r.err());
    }

    /** Issue 12: import runs in a folder that has only jbake.properties and data/, as a new site has. */
    @Test
    void issue12ImportNeedsNoTemplatesOrAssets() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("jbake.properties"), "site.agency=City of Example\n");
        Path doc = dir.resolve("clerk.txt");
        Files.writeString(doc, "Account Clerk\nClass Code: 1234\n\nDefinition\nPerforms clerical accounting work.\n");
        Run r = run("import", "--source", site.toString(), doc.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertFalse(r.err().contains("which is not a folder"), r.err());
        assertTrue(Files.isRegularFile(site.resolve("content/1234-account-clerk.md")), r.out());
        assertTrue(Files.readString(site.resolve("data/classes.csv")).contains("1234,Account Clerk"), r.out());
    }

    @Test
    void demoCatalogWritesASiteThatBuildsWithoutErrors() {
        Path catalog = dir.resolve("catalog");
        System.setProperty("jobspecs.home", FixtureSite.PROJECT.toString());
        Run written = run("demo-catalog", "--classes", "40", "--seed", "7", "--out", catalog.toString());
        assertEquals(0, written.code(), written.err());
        Run built = run("build", "--source", catalog.toString(), "--out", dir.resolve("out").toString(), "--date", "2025-11-01");
        assertEquals(0, built.code(), built.err());
        assertTrue(built.out().contains(": 40 classes"), built.out());
        assertTrue(built.err().isEmpty(), built.err());
    }
}
