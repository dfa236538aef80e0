package org.jobspecs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * The notices the people who keep the site have read and accepted, listed in
 * {@code notices-read.txt} in the source folder, one per line as {@code path: message} (no line
 * number, so that an edit that moves text does not bring a notice back). A read notice is counted
 * but not printed again, so that a new one stands out; errors are always printed.
 * {@code jobspecs check --mark-notices-read} writes the file from the notices of the sources as
 * they are.
 */
final class ReadNotices {

    static final String FILE = "notices-read.txt";

    private static final String HEADER = """
            # Notices already read: jobspecs counts them but does not print them again, so new ones stand out.
            # One per line, "path: message". Delete a line (or this file) to see that notice again;
            # `jobspecs check --mark-notices-read` rewrites this file from the notices the sources give now.
            """;

    private final Set<String> read;

    private ReadNotices(Set<String> read) {
        this.read = read;
    }

    static ReadNotices none() {
        return new ReadNotices(Set.of());
    }

    /** The list in {@code source}'s folder; none when there is no such file. */
    static ReadNotices in(Path source) {
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            Set<String> read = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    read.add(entry);
                }
            }
            return new ReadNotices(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    boolean isRead(Problem problem) {
        return problem.severity() == Severity.NOTICE && read.contains(entry(problem));
    }

    long countRead(Collection<Problem> problems) {
        return problems.stream().filter(this::isRead).count();
    }

    /** Writes the list of {@code problems}' notices into {@code source}'s folder; returns how many. */
    static int write(Path source, Collection<Problem> problems) {
        Set<String> entries = new TreeSet<>();
        for (Problem p : problems) {
            if (p.severity() == Severity.NOTICE) {
                entries.add(entry(p));
            }
        }
        List<String> lines = new ArrayList<>(List.of(HEADER.strip().split("\n")));
        lines.addAll(entries);
        try {
            Files.write(source.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + source.resolve(FILE), e);
        }
        return entries.size();
    }

    private static String entry(Problem p) {
        // One line per entry: a message never holds a line break, but a quoted source line could.
        return (p.location().path() + ": " + p.message()).replace('\n', ' ').replace('\r', ' ').strip();
    }
}
