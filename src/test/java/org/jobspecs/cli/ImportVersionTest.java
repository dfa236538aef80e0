package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: import --version-of CODE --approved DATE writes an earlier version to content/history/. */
class ImportVersionTest {

    @TempDir
    Path dir;

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    @Test
    void anEarlierVersionIsWrittenToTheHistoryFolderAndBuildsAsAVersion() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String register = Files.readString(site.resolve("data/classes.csv"));
        Path doc = dir.resolve("clerk-2015.txt");
        Files.writeString(doc, "Clerk\nClass Code: 1001\n\nDefinition\nUnder close supervision, performs routine clerical work.\n\n"
                + "Examples of Duties\n1. Answers the telephone.\n2. Types letters.\n");
        MainTest.Run r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", doc.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        Path version = site.resolve("content/history/1001/2015-06-01.md");
        assertTrue(Files.isRegularFile(version), r.out());
        String text = Files.readString(version);
        assertTrue(text.startsWith("title=Clerk\ncode=1001\napproved=2015-06-01\n"), text);
        assertTrue(text.contains("Under close supervision, performs routine clerical work."), text);
        assertEquals(register, Files.readString(site.resolve("data/classes.csv")), "the register is left alone");
        assertFalse(Files.exists(site.resolve("content/1001-clerk.md.bak")));

        MainTest.Run check = run("check", "--source", site.toString(), "--date", "2025-11-01");
        assertEquals(0, check.code(), check.err() + check.out());
        assertTrue(check.err().contains("content/history/1001/2015-06-01.md: notice: this file replaces the version of 2015-06-01 read from "
                + "the redline of content/1001-clerk.md"), check.err());

        // An existing version is not overwritten unless told.
        Files.writeString(doc, Files.readString(doc).replace("routine ", ""));
        r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", doc.toString());
        assertTrue(r.out().contains("exists: not overwritten (use --force)"), r.out());
        assertTrue(Files.readString(version).contains("routine"));
        r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", "--force", doc.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("overwritten"), r.out());
        assertFalse(Files.readString(version).contains("routine"));
    }

    @Test
    void aWordDocumentIsImportedThroughTheIntakeAsAnEarlierVersion() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Path doc = dir.resolve("clerk-2015.docx");
        Files.write(doc, new org.jobspecs.intake.corpus.DocxBuilder().title("Clerk").paragraph("Class Code: 1001")
                .heading(1, "Definition").paragraph("Under close supervision, performs routine clerical work.")
                .heading(1, "Examples of Duties").numbered("Answers the telephone.").numbered("Types letters.").toBytes());
        MainTest.Run r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", doc.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        String text = Files.readString(site.resolve("content/history/1001/2015-06-01.md"));
        assertTrue(text.contains("code=1001\napproved=2015-06-01\n"), text);
        assertTrue(text.contains("## Definition\n\nUnder close supervision, performs routine clerical work."), text);
        assertTrue(text.contains("Types letters."), text);
        assertEquals(0, run("check", "--source", site.toString(), "--date", "2025-11-01").code());
    }

    @Test
    void aCodeOrDateTheDocumentStatesMustAgree() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Path doc = dir.resolve("clerk.txt");
        Files.writeString(doc, "Senior Clerk\nClass Code: 1002\n\nDefinition\nLeads clerical work.\n");
        MainTest.Run r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", doc.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("the document gives class code 1002, but --version-of says 1001"), r.out());
        assertFalse(Files.exists(site.resolve("content/history")));
        Files.writeString(doc, "Clerk\nClass Code: 1001\nApproved by CSB: 6/2/2015\n\nDefinition\nPerforms clerical work.\n");
        r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "2015-06-01", doc.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("the document says it was approved on 2015-06-02, but --approved says 2015-06-01"), r.out());
        assertFalse(Files.exists(site.resolve("content/history")));
    }

    @Test
    void theOptionsGoTogetherAndTakeADate() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        Path doc = dir.resolve("clerk.txt");
        Files.writeString(doc, "Clerk\nClass Code: 1001\n\nDefinition\nText.\n");
        MainTest.Run r = run("import", "--source", site.toString(), "--version-of", "1001", doc.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--version-of CODE and --approved YYYY-MM-DD go together"), r.err());
        r = run("import", "--source", site.toString(), "--version-of", "1001", "--approved", "June 2015", doc.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--approved June 2015 is not a date"), r.err());
    }
}
