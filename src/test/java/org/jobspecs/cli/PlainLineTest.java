package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 15: a plain build or check line is read without picocli, to the same values picocli reads. */
class PlainLineTest {

    /** The fields picocli sets for the line, as text (its command object, after parseArgs). */
    static String picocli(String... args) {
        CommandLine cli = new CommandLine(new Main());
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return fields(parsed.subcommand().commandSpec().userObject());
    }

    static String fields(Object command) {
        if (command instanceof BuildCommand b) {
            return "build source=" + b.source.source + " date=" + b.source.date + " out=" + b.out + " timings=" + b.timings;
        }
        CheckCommand c = (CheckCommand) command;
        return "check source=" + c.source.source + " date=" + c.source.date + " markRead=" + c.markRead;
    }

    @Test
    void readsWhatPicocliReads() {
        List<String[]> lines = List.of(
                new String[] {"build"},
                new String[] {"build", "--source", "site", "--out", "/tmp/x y", "--date", "2026-01-01", "--timings", "json"},
                new String[] {"build", "--timings=json", "--date=2024-02-29", "--out=o", "--source=a=b"},
                new String[] {"build", "--out", "public"},
                new String[] {"check"},
                new String[] {"check", "--mark-notices-read", "--source", "s", "--date", "2025-11-01"},
                new String[] {"check", "--date=2025-11-01", "--source=."});
        for (String[] line : lines) {
            Callable<Integer> plain = PlainLine.read(line);
            assertNotNull(plain, String.join(" ", line));
            assertEquals(picocli(line), fields(plain), String.join(" ", line));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"serve"},
                new String[] {"build", "--help"},
                new String[] {"build", "-h"},
                new String[] {"build", "--out"},
                new String[] {"build", "--out", "a", "--out", "b"},
                new String[] {"build", "--out", "--date"},
                new String[] {"build", "--out", ""},
                new String[] {"build", "@args.txt"},
                new String[] {"build", "--out", "@args.txt"},
                new String[] {"build", "--date", "yesterday"},
                new String[] {"build", "--date", "2025-02-29"},
                new String[] {"build", "--timings", "csv"},
                new String[] {"build", "--mark-notices-read"},
                new String[] {"build", "extra"},
                new String[] {"build", "--", "--out", "x"},
                new String[] {"check", "--out", "x"},
                new String[] {"check", "--mark-notices-read=true"},
                new String[] {"check", "--timings", "json"},
                new String[] {"--version"});
        for (String[] line : lines) {
            assertNull(PlainLine.read(line), String.join(" ", line));
        }
    }

    @Test
    void aMistakeStillGetsPicocliMessage() {
        MainTest.Run r = MainTest.run("build", "--date", "yesterday");
        assertEquals(2, r.code());
        assertEquals(true, r.err().startsWith("Invalid value for option '--date'"), r.err());
        r = MainTest.run("build", "--timings", "csv");
        assertEquals(2, r.code());
        assertEquals(true, r.err().startsWith("--timings takes json, not csv"), r.err());
    }
}
