package org.jobspecs.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * What earlier publishes wrote at a destination: each file's path (relative, forward slashes) and
 * the SHA-256 of the bytes written. One line per file, {@code <sha256> <path>}, after a header line.
 * A path may appear with more than one hash while a publish is under way (the bytes it had and the
 * bytes it is getting), so an interrupted publish still knows the file as its own.
 */
public final class Manifest {

    /** The manifest's file name at the destination. */
    public static final String NAME = ".jobspecs-published";
    static final String HEADER = "# jobspecs publish manifest v1: the files jobspecs publish wrote here (SHA-256, path). Do not edit.";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (.+)");

    private final Map<String, Set<String>> hashes;

    Manifest(Map<String, Set<String>> hashes) {
        Map<String, Set<String>> copy = new TreeMap<>();
        hashes.forEach((path, set) -> copy.put(path, Collections.unmodifiableSet(new TreeSet<>(set))));
        this.hashes = Collections.unmodifiableMap(copy);
    }

    static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** Every path listed, with the hashes of the bytes written there. */
    Map<String, Set<String>> hashes() {
        return hashes;
    }

    /** Whether an earlier publish wrote these bytes (by hash) at this path. */
    boolean wrote(String path, String hash) {
        return hashes.getOrDefault(path, Set.of()).contains(hash);
    }

    /**
     * Reads the manifest of a destination: an empty one when there is none; null, with the reasons
     * added to {@code problems}, when it cannot be trusted.
     */
    static Manifest read(Path destination, List<Problem> problems) {
        Path file = destination.resolve(NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        String where = file.toString();
        String fix = "nothing was changed. Restore " + NAME + " from a backup of the destination, or delete it: the next publish "
                + "then deletes nothing and lists the files there that the site does not have, for you to remove by hand";
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(Location.file(where), Severity.ERROR, "the publish manifest cannot be read (" + e + ")", fix));
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            problems.add(new Problem(new Location(where, 1), Severity.ERROR,
                    "the publish manifest is damaged: its first line is not \"" + HEADER + "\"", fix));
            return null;
        }
        Map<String, Set<String>> hashes = new TreeMap<>();
        List<Problem> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = LINE.matcher(line);
            String why = !m.matches() ? "is not \"<SHA-256 in hex> <path>\""
                    : !safe(m.group(2)) ? "names a path outside the destination (" + m.group(2) + ")" : null;
            if (why != null) {
                found.add(new Problem(new Location(where, i + 1), Severity.ERROR, "the publish manifest is damaged: the line " + why, fix));
            } else {
                hashes.computeIfAbsent(m.group(2), p -> new TreeSet<>()).add(m.group(1));
            }
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return null;
        }
        return new Manifest(hashes);
    }

    /** A relative path inside the destination: no empty, "." or ".." segment, no backslash, not absolute, not the manifest. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.equals(NAME)
                || path.matches("[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The manifest's text. */
    String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        hashes.forEach((path, set) -> set.forEach(hash -> out.append(hash).append(' ').append(path).append('\n')));
        return out.toString();
    }

    /** Writes the manifest to the destination atomically: a reader sees the old one or the new one, whole. */
    void write(Path destination) throws IOException {
        Files.writeString(destination.resolve(NAME + FolderPublish.PART), text(), StandardCharsets.UTF_8);
        FolderPublish.moveInto(destination.resolve(NAME + FolderPublish.PART), destination.resolve(NAME));
    }
}
