package org.jobspecs.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a plain {@code build} or {@code check} command line without picocli (issue 15: picocli's
 * set-up, reflection over the annotations of every command, takes ~0.1 s of a one-class build's
 * 0.4 s). Only lines picocli would read the same way: each option at most once, as {@code --name value}
 * or {@code --name=value}, with a value that converts and does not start with {@code -}; no
 * {@code @file}, no help. Anything else returns null and goes to picocli, which gives its usual
 * messages. PlainLineTest checks that both read the same values.
 */
final class PlainLine {

    private PlainLine() {
    }

    /** The command to run (a {@link BuildCommand} or {@link CheckCommand} with its fields set), or null. */
    static PrintingCommand read(String... args) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) {
            return null;
        }
        boolean build = args[0].equals("build");
        SourceOptions source = new SourceOptions();
        Path out = null;
        String timings = null;
        boolean markRead = false;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!seen.add(name)) {
                return null;
            }
            if (!build && name.equals("--mark-notices-read")) {
                if (value != null) {
                    return null;
                }
                markRead = true;
                continue;
            }
            boolean known = name.equals("--source") || name.equals("--date")
                    || build && (name.equals("--out") || name.equals("--timings"));
            if (!known) {
                return null;
            }
            if (value == null) {
                if (++i == args.length) {
                    return null;
                }
                value = args[i];
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            try {
                switch (name) {
                    case "--source" -> source.source = Path.of(value);
                    case "--date" -> source.date = LocalDate.parse(value);
                    case "--out" -> out = Path.of(value);
                    default -> {
                        if (!value.equals("json")) {
                            return null;
                        }
                        timings = value;
                    }
                }
            } catch (InvalidPathException | DateTimeParseException e) {
                return null;
            }
        }
        if (build) {
            BuildCommand command = new BuildCommand();
            command.source = source;
            command.out = out;
            command.timings = timings;
            return command;
        }
        CheckCommand command = new CheckCommand();
        command.source = source;
        command.markRead = markRead;
        return command;
    }
}
