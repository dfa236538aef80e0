package org.jobspecs.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a problem is: a path relative to the source folder, written with forward slashes, and a
 * 1-based line number (0 when the problem concerns the whole file).
 */
public record Location(String path, int line) implements Comparable<Location> {

    private static final Comparator<Location> ORDER =
            Comparator.comparing(Location::path).thenComparingInt(Location::line);

    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** A location for a whole file. */
    public static Location file(String path) {
        return new Location(path, 0);
    }

    /** The 1-based line of a character offset in a text. */
    public static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The same file at another line. */
    public Location atLine(int otherLine) {
        return new Location(path, otherLine);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }
}
