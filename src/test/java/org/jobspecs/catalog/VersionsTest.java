package org.jobspecs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;
import org.junit.jupiter.api.Test;

/** Issue 14: a class's earlier versions from its redline, its history files and git, and the checks on them. */
class VersionsTest {

    private static final ClassCode CODE = new ClassCode("2141");
    private static final LocalDate NOW = LocalDate.of(2025, 4, 9);
    private static final LocalDate Y2017 = LocalDate.of(2017, 10, 11);
    private static final LocalDate Y2006 = LocalDate.of(2006, 3, 8);

    private final Problems problems = new Problems();
    private final List<VersionSource> read = new ArrayList<>();

    private static List<Section> text(Inline... words) {
        return List.of(new Section(null, List.of(new Inline.Text("Definition")), List.of(new Block.Paragraph(List.of(words), 3)), 2));
    }

    private static Inline t(String s) {
        return new Inline.Text(s);
    }

    private static SpecSource spec(List<Section> sections, Approval... history) {
        return new SpecSource(Location.file("content/2141-accountant.md"), Map.of(), new Approval("CSB", NOW), List.of(history),
                List.of(), sections, false);
    }

    private VersionSource file(String code, String name, String body, String words) {
        Location at = Location.file("content/history/" + code + "/" + name);
        return new VersionSource(at, code, new Approval(body, LocalDate.parse(name.substring(0, 10))), text(t(words)),
                VersionOrigin.HISTORY, at.path());
    }

    private List<SpecVersion> versions(SpecSource spec) {
        return new Versions(read, List.of(CODE, new ClassCode("2143")), problems).of(CODE, spec);
    }

    private List<String> messages(Severity severity) {
        return problems.sorted().stream().filter(p -> p.severity() == severity).map(p -> p.location() + " " + p.message() + " / " + p.fix()).toList();
    }

    @Test
    void historyFilesAndTheRedlineGiveVersionsNewestFirst() {
        read.add(file("2141", "2006-03-08.md", "", "Performs accounting work."));
        SpecSource spec = spec(text(t("Performs "), new Inline.Deleted(List.of(t("routine "))), t("accounting work.")),
                new Approval("CSB", Y2017), new Approval("Personnel Board", Y2006));
        List<SpecVersion> versions = versions(spec);
        assertEquals(List.of(Y2017, Y2006), versions.stream().map(v -> v.approval().date()).toList());
        assertEquals(List.of(VersionOrigin.REDLINE, VersionOrigin.HISTORY), versions.stream().map(SpecVersion::origin).toList());
        assertEquals(text(t("Performs routine accounting work.")), versions.get(0).sections());
        assertEquals("Personnel Board", versions.get(1).approval().body(), "a file that does not say takes the body from the history");
        assertEquals("content/history/2141/2006-03-08.md", versions.get(1).source());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void aVersionDatedOutsideTheHistoryIsAnErrorNamingTheDatesThere() {
        read.add(file("2141", "2012-01-01.md", "CSB", "x"));
        assertTrue(versions(spec(text(t("x")), new Approval("CSB", Y2017), new Approval("CSB", Y2006))).isEmpty());
        assertEquals(List.of("content/history/2141/2012-01-01.md class 2141 has no approval on 2012-01-01 in the history of "
                + "content/2141-accountant.md / add '2012-01-01 CSB' to history= in content/2141-accountant.md, "
                + "or rename the file after one of: 2017-10-11, 2006-03-08"), messages(Severity.ERROR));
    }

    @Test
    void aVersionDatedAsTheCurrentApprovalIsAnError() {
        read.add(file("2141", "2025-04-09.md", "CSB", "x"));
        assertTrue(versions(spec(text(t("x")), new Approval("CSB", Y2017))).isEmpty());
        assertEquals(1, messages(Severity.ERROR).size());
        assertTrue(messages(Severity.ERROR).get(0).contains("the current approval of class 2141"));
    }

    @Test
    void twoFilesOfOneDateAreAnErrorNamingBoth() {
        read.add(file("2141", "2017-10-11.md", "CSB", "from markdown"));
        read.add(file("2141", "2017-10-11.txt", "CSB", "from text"));
        List<SpecVersion> versions = versions(spec(text(t("x")), new Approval("CSB", Y2017)));
        assertEquals(1, versions.size());
        assertEquals(List.of("content/history/2141/2017-10-11.txt class 2141 already has an earlier version dated 2017-10-11: "
                + "content/history/2141/2017-10-11.md / keep one of the two files"), messages(Severity.ERROR));
    }

    @Test
    void aHistoryFileWinsOverTheRedlineWithANotice() {
        read.add(file("2141", "2017-10-11.md", "CSB", "As filed."));
        List<SpecVersion> versions = versions(spec(text(t("As "), new Inline.Deleted(List.of(t("reconstructed."))),
                new Inline.Inserted(List.of(t("now.")))), new Approval("CSB", Y2017)));
        assertEquals(1, versions.size());
        assertEquals(VersionOrigin.HISTORY, versions.get(0).origin());
        assertEquals(text(t("As filed.")), versions.get(0).sections());
        assertEquals(List.of("content/history/2141/2017-10-11.md this file replaces the version of 2017-10-11 read from the redline of "
                + "content/2141-accountant.md / the file wins; delete it if the other text is right"), messages(Severity.NOTICE));
        assertTrue(messages(Severity.ERROR).isEmpty());
    }

    @Test
    void gitWinsOverTheRedlineSilentlyAndAFileWinsOverGit() {
        Location at = Location.file("content/2141-accountant.md");
        read.add(new VersionSource(at, "2141", new Approval("CSB", Y2017), text(t("From git 2017.")), VersionOrigin.GIT, "git:abc:content/2141-accountant.md"));
        read.add(new VersionSource(at, "2141", new Approval("CSB", Y2006), text(t("From git 2006.")), VersionOrigin.GIT, "git:def:content/2141-accountant.md"));
        read.add(new VersionSource(at, "2141", new Approval("CSB", NOW), text(t("Now.")), VersionOrigin.GIT, "git:123:content/2141-accountant.md"));
        read.add(file("2141", "2006-03-08.md", "CSB", "From the file."));
        List<SpecVersion> versions = versions(spec(text(t("A "), new Inline.Deleted(List.of(t("b")))),
                new Approval("CSB", Y2017), new Approval("CSB", Y2006)));
        assertEquals(List.of(VersionOrigin.GIT, VersionOrigin.HISTORY), versions.stream().map(SpecVersion::origin).toList());
        assertEquals(text(t("From git 2017.")), versions.get(0).sections());
        assertEquals(text(t("From the file.")), versions.get(1).sections());
        assertEquals(1, messages(Severity.NOTICE).size(), "only the file's win is told: " + messages(Severity.NOTICE));
        assertTrue(messages(Severity.NOTICE).get(0).contains("git:def:content/2141-accountant.md"));
    }

    @Test
    void aGitApprovalTheHistoryDoesNotListIsKeptWithANotice() {
        read.add(new VersionSource(Location.file("content/2141-accountant.md"), "2141", new Approval("CSB", LocalDate.of(2012, 5, 1)),
                text(t("2012 text.")), VersionOrigin.GIT, "git:abc:content/2141-accountant.md"));
        List<SpecVersion> versions = versions(spec(text(t("x")), new Approval("CSB", Y2017)));
        assertEquals(1, versions.size());
        assertEquals(List.of("content/2141-accountant.md the git history has class 2141 approved on 2012-05-01 "
                + "(git:abc:content/2141-accountant.md), which the history of content/2141-accountant.md does not list "
                + "/ add '2012-05-01 CSB' to the header's history"), messages(Severity.NOTICE));
    }

    @Test
    void aVersionOfAnUnknownClassIsAnErrorWithDidYouMean() {
        read.add(file("2142", "2017-10-11.md", "CSB", "x"));
        versions(spec(text(t("x")), new Approval("CSB", Y2017)));
        List<Problem> errors = problems.sorted();
        assertEquals(1, errors.size());
        assertEquals("earlier version of class 2142, which is not in the class register", errors.get(0).message());
        assertTrue(errors.get(0).fix().startsWith("did you mean \"214"), errors.get(0).fix());
        assertTrue(errors.get(0).fix().endsWith("move the file to content/history/<code>/ of its class"), errors.get(0).fix());
    }

    @Test
    void aRedlineWithNoEarlierApprovalIsToldNotGuessed() {
        assertTrue(versions(spec(text(t("A "), new Inline.Inserted(List.of(t("b")))))).isEmpty());
        assertEquals(1, messages(Severity.NOTICE).size());
        assertTrue(messages(Severity.NOTICE).get(0).contains("no earlier approval dates it"));
    }
}
