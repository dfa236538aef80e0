package org.jobspecs.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page furniture of a Word text export: lines that belong to the printed page or the document
 * library, not to the spec. They are removed before the redline is read (some sit inside insertion
 * marks), and each removal is reported as a notice.
 */
final class Furniture {

    private record Kind(String description, Pattern pattern) { }

    private static final List<Kind> KINDS = List.of(
            new Kind("navigation row", Pattern.compile("\\s*Salary Schedule\\s+MOU\\s+Benefits\\s*")),
            new Kind("table rule", Pattern.compile("[\\s\\t]*-{3,}[-\\s\\t]*")),
            new Kind("page-turn marker", Pattern.compile("\\s*\\((?:OVER|CONTINUED|Continued|Over)\\)\\s*")),
            new Kind("page number", Pattern.compile("\\s*Page \\d+(?: of \\d+)?\\s*")),
            new Kind("revision-code line", Pattern.compile("\\s*r:\\s*[\\d/ ]+\\s*")),
            new Kind("document-library line", Pattern.compile("\\s*[A-Z]{4,}:\\s+[A-Z][A-Za-z ]* Department\\s*")),
            new Kind("intranet address", Pattern.compile("\\s*<(?:https?|file)://[^>]*>?\\s*")),
            new Kind("file path", Pattern.compile(".*(?:[A-Za-z]:\\\\|\\.docx?\\b).*")),
            new Kind("stray bullet", Pattern.compile("\\s*[•·▪◦\\-*]\\s*")),
            new Kind("empty list number", Pattern.compile("\\s*\\d+[.)]\\s*")));

    private Furniture() {
    }

    /** What kind of furniture the line is, or empty when it is content. */
    static Optional<String> kindOf(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        for (Kind kind : KINDS) {
            if (kind.pattern().matcher(line).matches()) {
                return Optional.of(kind.description());
            }
        }
        return Optional.empty();
    }
}
