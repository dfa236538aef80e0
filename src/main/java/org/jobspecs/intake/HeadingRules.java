package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jobspecs.spec.SectionKind;

/**
 * Decides whether a line is a heading and which canonical section it names: by the site's alias
 * table, for combined headings ("Classification Purpose and Distinguishing Characteristics") by
 * splitting them into names the table knows, and otherwise by its shape (a short upper-case line
 * is a section heading under its own name; a short line ending in a colon is a sub-heading).
 */
final class HeadingRules {

    /** What a line is, as a heading. */
    record Match(Type type, List<SectionKind> kinds) {
        Optional<SectionKind> kind() {
            return kinds.isEmpty() ? Optional.empty() : Optional.of(kinds.get(0));
        }
    }

    enum Type { SECTION, SUBHEADING, NONE }

    private static final Pattern SPLIT = Pattern.compile("\\s+(?:and|&)\\s+|\\s*/\\s*|,\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;?!]\\s*$");

    private final Function<String, Optional<SectionKind>> aliases;

    HeadingRules(Function<String, Optional<SectionKind>> aliases) {
        this.aliases = aliases;
    }

    /** The canonical sections a heading text names: one, several for a combined heading, or none. */
    List<SectionKind> kinds(String heading) {
        String h = heading.strip().replaceAll(":$", "").strip();
        Optional<SectionKind> whole = aliases.apply(h);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        String[] words = h.split("\\s+");
        // "A and B", "A / B", "A, B and C": every part must be a known name
        List<SectionKind> kinds = new ArrayList<>();
        for (String part : SPLIT.split(h)) {
            Optional<SectionKind> k = aliases.apply(part);
            if (k.isEmpty()) {
                return words.length > 1 ? splitAtAnd(words) : List.of();
            }
            if (!kinds.contains(k.get())) {
                kinds.add(k.get());
            }
        }
        return kinds.size() > 1 ? kinds : List.of();
    }

    /** Tries each "and" as the joint: "Knowledge and Skills and Abilities" style names with "and" inside one part. */
    private List<SectionKind> splitAtAnd(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase("and") || words[i].equals("&")) {
                Optional<SectionKind> left = aliases.apply(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
                Optional<SectionKind> right = aliases.apply(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)));
                if (left.isPresent() && right.isPresent() && left.get() != right.get()) {
                    return List.of(left.get(), right.get());
                }
            }
        }
        return List.of();
    }

    /** What a plain paragraph line is, judging by its text alone. */
    Match classify(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 90) {
            return new Match(Type.NONE, List.of());
        }
        List<SectionKind> kinds = kinds(t);
        int words = t.split("\\s+").length;
        if (!kinds.isEmpty() && words <= 10 && !SENTENCE_END.matcher(t).matches()) {
            return new Match(Type.SECTION, kinds);
        }
        if (words <= 8 && isUpperCase(t) && !SENTENCE_END.matcher(t).matches()) {
            return new Match(Type.SECTION, List.of());
        }
        if (words <= 6 && t.endsWith(":") && Character.isUpperCase(t.charAt(0))) {
            return new Match(Type.SUBHEADING, List.of());
        }
        return new Match(Type.NONE, List.of());
    }

    static boolean isUpperCase(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    /** "LEAD CUSTOMER SERVICE REPRESENTATIVE" → "Lead Customer Service Representative". */
    static String titleCase(String text) {
        if (!isUpperCase(text)) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            boolean small = List.of("of", "and", "the", "for", "in", "to", "a", "an", "or").contains(word) && !sb.isEmpty();
            boolean roman = word.matches("i{1,3}|iv|v|vi{1,3}");
            sb.append(roman ? word.toUpperCase(java.util.Locale.ROOT)
                    : small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }
}
