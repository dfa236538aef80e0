package org.jobspecs.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line each key of a properties file is set on, so that a problem with a setting can name its
 * line ({@code jbake.properties:12}). JBake's configuration keeps values, not lines.
 */
final class PropertyLines {

    private final Map<String, Integer> lines;

    private PropertyLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of a properties file; none when it cannot be read (its values are read elsewhere). */
    static PropertyLines of(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PropertyLines(Map.of());
        }
    }

    static PropertyLines parse(List<String> text) {
        Map<String, Integer> lines = new HashMap<>();
        boolean continued = false;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).stripLeading();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            lines.putIfAbsent(key(line), i + 1);
        }
        return new PropertyLines(Map.copyOf(lines));
    }

    /** The 1-based line that sets {@code key}, or 0 (the whole file) when none does. */
    int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    private static String key(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
