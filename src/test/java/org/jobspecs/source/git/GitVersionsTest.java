package org.jobspecs.source.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: versions from a fixture repository the test makes with JGit. */
class GitVersionsTest {

    @TempDir
    Path repo;

    private Git git;
    private int clock;

    private RevCommit commit(String path, String text, String message) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        git.add().addFilepattern(path).call();
        PersonIdent who = new PersonIdent("HR", "hr@example.test", java.time.Instant.ofEpochSecond(1_700_000_000L + 60L * clock++),
                java.time.ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static String spec(String approved, String by, String history, String definition) {
        return "title=Accountant\ncode=2141\napproved=" + approved + "\napproved.by=" + by + "\n"
                + (history.isEmpty() ? "" : "history=" + history + "\n") + "~~~~~~\n\n## Definition\n\n" + definition + "\n";
    }

    private List<VersionSource> read(Path site) {
        Problems problems = new Problems();
        List<VersionSource> versions = GitVersions.read(site, site.resolve("content"), new SpecReader("City of Alameda", SectionAliases.builtIn()), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return versions;
    }

    private static String words(VersionSource v) {
        return ((Inline.Text) ((Block.Paragraph) v.sections().get(0).blocks().get(0)).content().get(0)).text();
    }

    @Test
    void eachCommitThatChangesAnApprovalDateYieldsAVersion() throws Exception {
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit("jbake.properties", "site.title=Test\n", "site");
        RevCommit first = commit("content/2141-accountant.md", spec("2006-03-08", "CSB", "", "Performs routine accounting work."), "2006");
        commit("content/2141-accountant.md", spec("2006-03-08", "CSB", "", "Performs routine accounting  work."), "typo, same approval");
        commit("README.md", "notes", "not a spec");
        RevCommit second = commit("content/2141-accountant.md", spec("2017-10-11", "CSB", "2006-03-08 CSB",
                "Performs ~~routine~~[professional](#) accounting work."), "2017 revision");
        commit("content/history/2141/2006-03-08.md", "approved.by=CSB\n~~~~~~\n\n## Definition\n\nFiled text.\n", "a history file is not a spec");
        RevCommit third = commit("content/2141-accountant.md", spec("2025-04-09", "Civil Service Board", "2017-10-11 CSB; 2006-03-08 CSB",
                "Performs professional accounting work for the City."), "2025 revision");

        List<VersionSource> versions = read(repo);
        assertEquals(List.of(LocalDate.of(2006, 3, 8), LocalDate.of(2017, 10, 11), LocalDate.of(2025, 4, 9)),
                versions.stream().map(v -> v.approval().date()).toList(), "one per change of the approval date, oldest first");
        assertTrue(versions.stream().allMatch(v -> v.origin() == VersionOrigin.GIT && v.code().equals("2141")));
        assertEquals("git:" + first.getName() + ":content/2141-accountant.md", versions.get(0).source());
        assertEquals("git:" + second.getName() + ":content/2141-accountant.md", versions.get(1).source());
        assertEquals("git:" + third.getName() + ":content/2141-accountant.md", versions.get(2).source());
        assertEquals("Performs routine accounting work.", words(versions.get(0)), "the text at the commit that changed the date");
        assertEquals("Performs professional accounting work.", words(versions.get(1)), "its redline read as it was approved");
        assertEquals(new Approval("Civil Service Board", LocalDate.of(2025, 4, 9)), versions.get(2).approval());
    }

    @Test
    void aSourceFolderInsideTheRepositoryIsFollowedByItsClassCodeAcrossARename() throws Exception {
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit("site/content/2141.md", spec("2006-03-08", "CSB", "", "Old."), "2006");
        commit("other/content/9999.md", spec("2001-01-01", "CSB", "", "Another site's."), "not this site");
        git.rm().addFilepattern("site/content/2141.md").call();
        commit("site/content/2141-accountant.md", spec("2006-03-08", "CSB", "", "Old, renamed."), "rename");
        commit("site/content/2141-accountant.md", spec("2017-10-11", "CSB", "2006-03-08 CSB", "New."), "2017");
        List<VersionSource> versions = read(repo.resolve("site"));
        assertEquals(List.of("content/2141.md", "content/2141-accountant.md"), versions.stream().map(v -> v.location().path()).toList());
        assertEquals(List.of("Old.", "New."), versions.stream().map(GitVersionsTest::words).toList());
    }

    @Test
    void aFolderThatIsNoRepositoryIsANotice() {
        Problems problems = new Problems();
        assertTrue(GitVersions.read(repo, repo.resolve("content"), new SpecReader("", SectionAliases.builtIn()), problems).isEmpty());
        // A temporary folder may sit inside a repository of its own; only check when it does not.
        if (!new File(repo.toFile(), ".git").exists() && problems.sorted().size() == 1) {
            assertTrue(problems.sorted().get(0).message().contains("is not in a git repository"));
        }
    }

    /**
     * Issue 14: with versions.from.git off, reading a source folder loads no JGit class. The reading
     * runs in a class loader of its own, so what it loads can be told from what the tests loaded.
     */
    @Test
    void withTheOptionOffNoJGitClassIsLoaded() throws Exception {
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit("content/2141-accountant.md", spec("2017-10-11", "CSB", "2006-03-08 CSB", "Text."), "2017");
        commit("content/history/2141/2006-03-08.md", "approved.by=CSB\n~~~~~~\n\n## Definition\n\nFiled.\n", "history");
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (Isolated loader = new Isolated(urls.toArray(URL[]::new))) {
            for (boolean fromGit : new boolean[] {false, true}) {
                Class<?> readerClass = loader.loadClass(SourceFolderReader.class.getName());
                Class<?> aliases = loader.loadClass(SectionAliases.class.getName());
                Class<?> problemsClass = loader.loadClass(Problems.class.getName());
                Object reader = readerClass.getConstructor(Path.class, Path.class, Path.class, String.class, aliases, boolean.class)
                        .newInstance(repo, repo.resolve("content"), repo.resolve("data"), "", aliases.getMethod("builtIn").invoke(null), fromGit);
                Object problems = problemsClass.getConstructor().newInstance();
                List<?> files = (List<?>) readerClass.getMethod("historyFiles").invoke(reader);
                Method read = readerClass.getMethod("readVersions", List.class, problemsClass);
                List<?> versions = (List<?>) read.invoke(reader, files, problems);
                assertEquals(fromGit ? 2 : 1, versions.size());
                assertEquals(fromGit, loader.loaded("org.eclipse.jgit.lib.Repository"),
                        "JGit loaded with versions.from.git=" + fromGit);
            }
        }
    }

    /** Loads the classes itself (not from its parent), and says which it has loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
