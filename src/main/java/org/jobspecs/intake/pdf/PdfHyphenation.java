package org.jobspecs.intake.pdf;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen ending a line belongs to the word or only to the line break. The hyphen
 * is dropped ("respon-" + "sible" = "responsible") unless the fragment after it starts with an
 * upper-case letter or a digit ("Pre-" + "Employment", "Class-" + "1234"), the fragment before it
 * is already hyphenated ("day-to-" + "day"), it follows "self", or the joined word is in
 * {@link #COMPOUNDS} (also with a plural s). A soft hyphen (U+00AD) is always dropped. Stateless.
 */
final class PdfHyphenation {

    /** Hyphenated words common in job class specifications, whose hyphen stays at a line break. */
    static final Set<String> COMPOUNDS = Set.of(
            "well-being", "part-time", "full-time", "on-call", "follow-up", "on-site", "off-site",
            "long-term", "short-term", "decision-making", "problem-solving", "non-exempt", "e-mail",
            "co-worker", "in-service", "multi-disciplinary", "first-line", "high-level", "entry-level");

    private PdfHyphenation() { }

    /** The text ends with a hyphen that follows a letter (a word broken at the line end). */
    static boolean brokenWord(CharSequence text) {
        int n = text.length();
        if (n < 2) {
            return false;
        }
        char last = text.charAt(n - 1);
        return (last == '-' || last == '\u00AD' || last == '\u2010') && Character.isLetter(text.charAt(n - 2));
    }

    /**
     * @param before the last word of the line, ending with its hyphen ("respon-")
     * @param after  the first word of the next line ("sible,")
     * @return whether the hyphen stays in the joined word
     */
    static boolean keepHyphen(String before, String after) {
        if (before.endsWith("\u00AD")) {
            return false;
        }
        String head = before.substring(0, before.length() - 1).replaceFirst("^[^\\p{L}\\p{N}]+", "");
        String tail = after.replaceFirst("[^\\p{L}\\p{N}]+$", "");
        if (tail.isEmpty() || head.isEmpty()) {
            return true;
        }
        char first = tail.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || head.contains("-")
                || head.equalsIgnoreCase("self")) {
            return true;
        }
        String joined = (head + "-" + tail).toLowerCase(Locale.ROOT);
        return COMPOUNDS.contains(joined) || (joined.endsWith("s") && COMPOUNDS.contains(joined.substring(0, joined.length() - 1)));
    }
}
