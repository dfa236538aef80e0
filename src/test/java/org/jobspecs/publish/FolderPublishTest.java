package org.jobspecs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 6: publishing removes what is gone. The publish to a folder deletes the files an
 * earlier publish wrote that the site no longer has, copies only what changed, never deletes a file
 * it did not write (or one changed since it wrote it), shows it all with a dry run, refuses a damaged
 * manifest, and finishes the work when run again after an interruption.
 */
class FolderPublishTest {

    @TempDir
    Path dir;
    Path site;
    Path dest;

    @BeforeEach
    void folders() {
        site = dir.resolve("public");
        dest = dir.resolve("www");
        write(site, "index.html", "home");
        write(site, "classes/1001/index.html", "clerk");
        write(site, "classes/1002/index.html", "senior clerk");
        write(site, "css/site.css", "body{}");
    }

    static void write(Path root, String rel, String text) {
        try {
            Path file = root.resolve(rel);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file under a folder and its text. */
    static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String rel : FolderPublish.relativeFiles(root)) {
            out.put(rel, Files.readString(root.resolve(rel)));
        }
        return out;
    }

    private PublishPlan plan() {
        FolderPublish.Result result = FolderPublish.plan(site, dest);
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        return result.plan();
    }

    private PublishPlan publish() {
        PublishPlan plan = plan();
        List<Problem> problems = FolderPublish.apply(plan);
        assertTrue(problems.isEmpty(), problems::toString);
        return plan;
    }

    /** The destination holds exactly the site's files, byte for byte, and the manifest listing them. */
    private void assertDestinationIsTheSite() throws IOException {
        Map<String, String> there = contents(dest);
        String manifest = there.remove(Manifest.NAME);
        assertEquals(contents(site), there);
        assertNotNull(manifest, "the manifest is written");
        Set<String> listed = manifest.lines().skip(1).map(l -> l.substring(65)).collect(Collectors.toSet());
        assertEquals(contents(site).keySet(), listed, "the manifest lists exactly the site's files");
    }

    @Test
    void theFirstPublishCopiesEverythingAndWritesTheManifest() throws IOException {
        PublishPlan plan = publish();
        assertEquals(List.of("classes/1001/index.html", "classes/1002/index.html", "css/site.css", "index.html"), plan.added());
        assertDestinationIsTheSite();
        assertTrue(Files.readString(dest.resolve(Manifest.NAME)).startsWith(Manifest.HEADER + "\n"));
    }

    @Test
    void aRemovedPageIsDeletedAChangedOneReplacedAndTheRestLeftAlone() throws IOException {
        publish();
        Files.delete(site.resolve("classes/1002/index.html"));
        Files.delete(site.resolve("classes/1002"));
        write(site, "index.html", "new home");
        write(site, "classes/1003/index.html", "typist");
        long untouched = Files.getLastModifiedTime(dest.resolve("css/site.css")).toMillis();
        Files.setLastModifiedTime(dest.resolve("css/site.css"), java.nio.file.attribute.FileTime.fromMillis(untouched - 60_000));

        PublishPlan plan = publish();
        assertEquals(List.of("classes/1003/index.html"), plan.added());
        assertEquals(List.of("index.html"), plan.replaced());
        assertEquals(List.of("classes/1002/index.html"), plan.deleted());
        assertEquals(2, plan.unchanged());
        assertDestinationIsTheSite();
        assertFalse(Files.exists(dest.resolve("classes/1002")), "the folder left empty goes too");
        assertEquals(untouched - 60_000, Files.getLastModifiedTime(dest.resolve("css/site.css")).toMillis(), "an unchanged file is not copied again");
    }

    @Test
    void filesItDidNotWriteStayAndAreReported() throws IOException {
        write(dest, "robots.txt", "theirs");
        write(dest, "classes/1001/index.html", "an older page someone copied by hand");
        publish();
        assertEquals("theirs", Files.readString(dest.resolve("robots.txt")));
        assertEquals("clerk", Files.readString(dest.resolve("classes/1001/index.html")), "a file the site has is replaced");

        Files.delete(site.resolve("index.html"));
        PublishPlan plan = publish();
        assertEquals(List.of("robots.txt"), plan.keptForeign());
        assertEquals(List.of("index.html"), plan.deleted());
        assertTrue(plan.lines(false).contains("keep     robots.txt (not in the site, and not written by jobspecs publish)"), plan.lines(false)::toString);
        assertEquals("theirs", Files.readString(dest.resolve("robots.txt")), "never deleted");
    }

    @Test
    void aFileChangedAtTheDestinationSinceItWasPublishedIsNotDeleted() throws IOException {
        publish();
        write(dest, "classes/1002/index.html", "edited on the server");
        Files.delete(site.resolve("classes/1002/index.html"));
        PublishPlan plan = publish();
        assertEquals(List.of("classes/1002/index.html"), plan.keptChanged());
        assertTrue(plan.deleted().isEmpty());
        assertEquals("edited on the server", Files.readString(dest.resolve("classes/1002/index.html")));
        assertFalse(Files.readString(dest.resolve(Manifest.NAME)).contains("classes/1002/"), "no longer listed as written by publish");
    }

    @Test
    void aDryRunShowsEverythingAndWritesNothing() throws IOException {
        publish();
        write(dest, "robots.txt", "theirs");
        Files.delete(site.resolve("classes/1001/index.html"));
        write(site, "css/site.css", "body{margin:0}");
        write(site, "about/index.html", "about");
        Map<String, String> before = contents(dest);

        PublishPlan plan = plan();
        assertEquals(List.of("add      about/index.html", "replace  css/site.css", "delete   classes/1001/index.html",
                "keep     robots.txt (not in the site, and not written by jobspecs publish)"), plan.lines(true));
        assertEquals("1 to add, 1 to replace, 1 to delete, 2 unchanged, 1 kept", plan.counts(true));
        assertEquals(before, contents(dest), "planning writes nothing");
    }

    @Test
    void aDamagedManifestIsRefusedAndNothingChanges() throws IOException {
        publish();
        String manifest = Files.readString(dest.resolve(Manifest.NAME));
        Files.writeString(dest.resolve(Manifest.NAME), manifest.replaceFirst("\n[0-9a-f]{64} css/site.css", "\nnot a hash css/site.css")
                + "0000000000000000000000000000000000000000000000000000000000000000 ../../etc/passwd\n");
        Files.delete(site.resolve("index.html"));
        Map<String, String> before = contents(dest);

        FolderPublish.Result result = FolderPublish.plan(site, dest);
        assertNull(result.plan());
        List<String> lines = result.problems().stream().map(Problem::format).toList();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith(dest.resolve(Manifest.NAME) + ":"), lines.get(0));
        assertTrue(lines.get(0).contains("the publish manifest is damaged") && lines.get(0).contains("delete it"), lines.get(0));
        assertTrue(lines.get(1).contains("outside the destination (../../etc/passwd)"), lines.get(1));
        assertEquals(before, contents(dest));

        Files.writeString(dest.resolve(Manifest.NAME), "hello\n");
        assertTrue(FolderPublish.plan(site, dest).problems().get(0).message().contains("its first line"));
    }

    @Test
    void withoutItsManifestItDeletesNothing() throws IOException {
        publish();
        Files.delete(dest.resolve(Manifest.NAME));
        Files.delete(site.resolve("index.html"));
        PublishPlan plan = publish();
        assertTrue(plan.deleted().isEmpty());
        assertEquals(List.of("index.html"), plan.keptForeign());
        assertTrue(Files.exists(dest.resolve("index.html")));
    }

    @Test
    void runAgainAfterAnInterruptionItFinishesTheWork() throws IOException {
        write(site, "classes/1003/index.html", "typist");
        publish();
        for (FolderPublish.Stop stop : List.of(FolderPublish.Stop.AFTER_FIRST_MANIFEST, FolderPublish.Stop.AFTER_COPY, FolderPublish.Stop.AFTER_DELETE)) {
            String added = "classes/new-" + stop.ordinal() + "/index.html";
            write(site, added, "new " + stop);
            write(site, "index.html", "home " + stop);
            String gone = FolderPublish.relativeFiles(site).stream().filter(p -> p.startsWith("classes/1")).findFirst().orElseThrow();
            Files.delete(site.resolve(gone));
            write(dest, "classes/1001/index.html.jobspecs-part", "x");
            Files.createDirectories(dest.resolve("classes/1001"));
            Files.writeString(dest.resolve("classes/1001/.index.html" + FolderPublish.PART), "half a file");

            assertTrue(FolderPublish.apply(plan(), stop).isEmpty(), "interrupted " + stop);
            // The page the interrupted publish was adding is gone again before the next publish: it
            // wrote it (or was about to), so it deletes it rather than keeping it as someone else's.
            Files.delete(site.resolve(added));
            PublishPlan again = publish();
            assertFalse(Files.exists(dest.resolve(added)), stop + ": " + added + " is deleted");
            assertTrue(again.keptForeign().isEmpty() && again.keptChanged().isEmpty(), () -> stop + ": " + again.lines(false));
            assertDestinationIsTheSite();
            assertFalse(Files.exists(dest.resolve(gone)), stop + ": " + gone + " is deleted after all");
        }
    }

    @Test
    void problemsSayWhatToDo() throws IOException {
        List<Problem> missing = FolderPublish.plan(dir.resolve("nothing"), dest).problems();
        assertTrue(missing.get(0).format().contains("the built site is not there") && missing.get(0).fix().contains("./jobspecs build"), missing::toString);

        Files.writeString(dir.resolve("a-file"), "x");
        List<Problem> file = FolderPublish.plan(site, dir.resolve("a-file")).problems();
        assertTrue(file.get(0).message().contains("is a file, not a folder"), file::toString);
        List<Problem> under = FolderPublish.plan(site, dir.resolve("a-file/www")).problems();
        assertTrue(under.get(0).message().contains("cannot be created"), under::toString);

        List<Problem> inside = FolderPublish.plan(site, site.resolve("www")).problems();
        assertTrue(inside.get(0).message().contains("overlap"), inside::toString);

        write(dest, "css/site.css/old", "a folder where the site has a file");
        write(dest, "classes", "a file where the site has a folder");
        List<String> blocked = FolderPublish.plan(site, dest).problems().stream().map(Problem::message).toList();
        assertEquals(3, blocked.size(), blocked::toString);
        assertTrue(blocked.contains("the destination has a folder where the site has the file css/site.css"), blocked::toString);
    }
}
