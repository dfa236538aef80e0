package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.cli.MainTest.Run;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 11: the seed's fifteen notices were printed on every build, so a new one did not stand
 * out. Once read they can be marked ({@code check --mark-notices-read}); later runs count them and
 * print only notices that are not on the list. Errors are always printed.
 */
class ReadNoticesTest {

    private static final String CLERK = "content/1001-clerk.md";
    private static final String KNOWLEDGE = "Knowledge of office practices.";

    @TempDir
    Path dir;

    private Path site;

    private List<String> noticeLines(Run run) {
        return run.err().lines().filter(l -> l.contains(": notice: ")).toList();
    }

    private Run check() {
        return MainTest.run("check", "--source", site.toString(), "--date", "2025-11-01");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), () -> file + " holds " + from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void markedNoticesAreCountedNotRepeatedAndANewOneStandsOut() throws IOException {
        site = FixtureSite.copy("minimal", dir);
        replace(CLERK, KNOWLEDGE, "Knowledge of <b>office</b> practices.");
        replace("data/units.csv", "2023-07-01,2026-06-30", "2023-07-01,2025-06-30");

        Run first = check();
        assertEquals(0, first.code(), first.err());
        assertEquals(3, noticeLines(first).size(), first.err());

        Run mark = MainTest.run("check", "--source", site.toString(), "--date", "2025-11-01", "--mark-notices-read");
        assertEquals(0, mark.code(), mark.err());
        assertEquals(3, noticeLines(mark).size(), "marking prints what it marks: " + mark.err());
        assertTrue(mark.out().contains("marked 3 notices as read in "), mark.out());
        List<String> file = Files.readAllLines(site.resolve("notices-read.txt"), StandardCharsets.UTF_8);
        assertTrue(file.contains("data/units.csv: the MOU of General Employees Association expired on 2025-06-30; it is shown as expired"),
                file::toString);
        assertTrue(file.stream().noneMatch(l -> l.matches("^[^#].*:\\d+:.*")), "entries carry no line numbers: " + file);

        Run quiet = check();
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals(List.of(), noticeLines(quiet));
        assertTrue(quiet.out().contains(", 3 notices in ") && quiet.out().endsWith("(3 notices already read, listed in notices-read.txt)\n"),
                quiet.out());

        // Lines moved by an edit above the read notices: still read. A new notice: printed, alone.
        replace(CLERK, "## Definition", "## Definition\n\nA new first paragraph.\n\nA <i>second</i> one.");
        Run next = check();
        assertEquals(0, next.code(), next.err());
        List<String> shown = noticeLines(next);
        assertEquals(2, shown.size(), next.err());
        assertTrue(shown.stream().allMatch(l -> l.startsWith(CLERK + ":12: notice: raw HTML \"</i>\"")
                || l.startsWith(CLERK + ":12: notice: raw HTML \"<i>\"")), shown::toString);
        assertTrue(next.out().contains("(3 notices already read, listed in notices-read.txt)"), next.out());

        // Errors are never silenced.
        replace(CLERK, "code=1001", "code=1001\ntitel=Clerk");
        Run broken = check();
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("unknown metadata key \"titel\""), broken.err());
    }

    @Test
    void withoutTheFileEveryNoticeIsPrinted() {
        site = FixtureSite.copy("minimal", dir);
        Run run = check();
        assertFalse(Files.exists(site.resolve("notices-read.txt")));
        assertFalse(run.out().contains("already read"), run.out());
    }
}
