package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;

/**
 * Decides whether a line is a heading and which canonical section it names: by the site's alias
 * table, for combined headings ("Classification Purpose and Distinguishing Characteristics") by
 * splitting them into names the table knows, and otherwise by its shape. A line that names a
 * known section is always a heading; a short upper-case line is a section heading under its own
 * name; a short title-case line is a candidate that the {@link SpecAssembler} takes as a heading
 * when body text follows it; a short line ending in a colon is a sub-heading.
 */
final class HeadingRules {

    /**
     * What a line is, as a heading, and why, in words for {@code import --explain}.
     *
     * @param named the line names a known section (canonical, or one of {@link SectionAliases#OTHER_SECTIONS}),
     *              rather than only looking like a heading
     */
    record Match(Type type, List<SectionKind> kinds, boolean named, String why) { }

    enum Type {
        /** A section heading. */
        SECTION,
        /** A heading inside a section. */
        SUBHEADING,
        /** Shaped like a heading (short, title case, no end punctuation): a heading when body text follows. */
        CANDIDATE,
        NONE
    }

    private static final Pattern SPLIT = Pattern.compile("(?i)\\s+(?:and/or|and|or|&)\\s+|\\s*/\\s*|,\\s*(?:(?:and|or|&)\\s+)?");
    private static final Pattern DECORATION = Pattern.compile("^[=*#~_]{2,}\\s*|\\s*[=*#~_]{2,}$");
    /** A name followed by an explanation: "Person Specification – Competences", "Values: what we expect". */
    private static final Pattern LEAD = Pattern.compile("\\s+[-–—]\\s+|:\\s+");
    /** A long number: a position or posting number, which headings do not carry. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;?!,]\\s*$");
    private static final Pattern SMALL_WORD = Pattern.compile("(?i)a|an|and|as|at|by|for|in|of|on|or|the|to|with|&|-|–");
    static final Match NONE = new Match(Type.NONE, List.of(), false, "");

    private final SectionAliases aliases;
    private final TitleCase titleCase;

    HeadingRules(SectionAliases aliases, TitleCase titleCase) {
        this.aliases = aliases;
        this.titleCase = titleCase;
    }

    /** The canonical sections a heading text names: one, several for a combined heading, or none. */
    List<SectionKind> kinds(String heading) {
        String h = COMMENT.matcher(undecorated(heading).replaceAll(":$", "").strip()).replaceFirst("").replaceAll(":$", "").strip();
        if (h.isEmpty()) {
            return List.of();
        }
        Optional<SectionKind> whole = aliases.forHeading(h);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        String[] lead = LEAD.split(h, 2);
        if (lead.length == 2 && aliases.forHeading(lead[0]).isPresent()) {
            return List.of(aliases.forHeading(lead[0]).get()); // "PERSON SPECIFICATION - COMPETENCES/SKILLS REQUIRED"
        }
        String[] words = h.split("\\s+");
        // "A and B", "A / B", "A, B and C": every part must be a known name
        List<SectionKind> kinds = new ArrayList<>();
        String[] parts = SPLIT.split(h);
        for (String part : parts) {
            Optional<SectionKind> k = part.isBlank() ? Optional.empty() : aliases.forHeading(part);
            if (k.isEmpty()) {
                return words.length > 1 ? splitAtAnd(words) : List.of();
            }
            if (!kinds.contains(k.get())) {
                kinds.add(k.get());
            }
        }
        return parts.length > 1 ? kinds : List.of(); // "Certification/Registration": parts naming one section name it
    }

    /** Tries each "and" as the joint: "Knowledge and Skills and Abilities" style names with "and" inside one part. */
    private List<SectionKind> splitAtAnd(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase("and") || words[i].equals("&")) {
                Optional<SectionKind> left = aliases.forHeading(String.join(" ", Arrays.copyOfRange(words, 0, i)));
                Optional<SectionKind> right = aliases.forHeading(String.join(" ", Arrays.copyOfRange(words, i + 1, words.length)));
                if (left.isPresent() && right.isPresent() && left.get() != right.get()) {
                    return List.of(left.get(), right.get());
                }
            }
        }
        return List.of();
    }

    /**
     * Whether a line names a known section, canonical or one agencies commonly write (see
     * {@link SectionAliases#OTHER_SECTIONS}): such a line is a heading wherever it stands.
     */
    boolean namesSection(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 90 || SENTENCE_END.matcher(t).matches() || t.split("\\s+").length > 10) {
            return false;
        }
        return !kinds(t).isEmpty() || aliases.namesSection(t.replaceAll(":$", ""));
    }

    /** A heading's comment in parentheses: "Education (Screening Criteria)", "DIRECT SUPERVISION (i.e., …)". */
    private static final Pattern COMMENT = Pattern.compile("\\s*\\([^()]{2,200}\\)\\s*$");

    /** What a plain paragraph line is, judging by its text alone; a comment in parentheses at its end and decoration aside. */
    Match classify(String text) {
        String whole = undecorated(text);
        String t = COMMENT.matcher(whole).replaceFirst("");
        if (t.isEmpty() || t.length() > 90) {
            return NONE;
        }
        int words = t.split("\\s+").length;
        boolean sentence = SENTENCE_END.matcher(t).matches();
        if (!sentence && words <= 10) {
            List<SectionKind> kinds = kinds(t);
            if (!kinds.isEmpty()) {
                return new Match(Type.SECTION, kinds, true, "names " + kinds.get(0).title()
                        + (kinds.size() > 1 ? " (a combined heading)" : ""));
            }
            if (aliases.namesSection(t.replaceAll(":$", ""))) {
                return new Match(Type.SECTION, List.of(), true, "a section agencies write; kept under its own name");
            }
        }
        if (words <= 8 && isUpperCase(t) && !sentence && !LONG_NUMBER.matcher(t).find()) {
            return new Match(Type.SECTION, List.of(), false, "a short upper-case line; kept under its own name");
        }
        if (words <= 6 && t.endsWith(":") && Character.isUpperCase(t.charAt(0))) {
            return new Match(Type.SUBHEADING, List.of(), false, "a short line ending in a colon");
        }
        if (words <= 8 && !sentence && !t.endsWith(":") && isTitleCase(t)) {
            return new Match(Type.CANDIDATE, List.of(), false, "a short title-case line followed by body text; kept under its own name");
        }
        if (words <= 4 && !sentence && !t.endsWith(":") && Character.isUpperCase(t.charAt(0)) && t.indexOf(':') < 0) {
            return new Match(Type.CANDIDATE, List.of(), false, "a line of a few words followed by body text; kept under its own name");
        }
        return NONE;
    }

    /** A heading without the decoration a text export puts around it: "=== JOB DESCRIPTION ===" → "JOB DESCRIPTION". */
    static String undecorated(String text) {
        return DECORATION.matcher(text.strip()).replaceAll("").strip();
    }

    /** Title case: starts with a capital letter, and so does every word but the small joining ones; no colon inside. */
    static boolean isTitleCase(String text) {
        if (text.indexOf(':') >= 0 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String word : text.split("\\s+")) {
            String w = word.replaceAll("^[(\"'“]+|[)\"'”]+$", "");
            if (w.isEmpty() || SMALL_WORD.matcher(w).matches()) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 1 && text.chars().anyMatch(Character::isLowerCase);
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

    /** "LEAD CUSTOMER SERVICE REPRESENTATIVE" → "Lead Customer Service Representative"; "HVAC TECHNICIAN" → "HVAC Technician". */
    String titleCase(String text) {
        return titleCase.apply(text);
    }
}
