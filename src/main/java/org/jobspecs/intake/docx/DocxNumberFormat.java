package org.jobspecs.intake.docx;

import org.jobspecs.intake.Numbering;

/**
 * Writes one list counter the way Word displays it for a level's {@code w:numFmt}: decimal,
 * letters (a … z, aa … zz, as Word repeats them), Roman numerals, bullets and "none". Formats
 * Word has but a job spec will not use (ordinal words, Asian digits) fall back to decimal.
 */
final class DocxNumberFormat {

    /** What every bullet level is shown as, whatever symbol font character the document uses. */
    static final String BULLET = "•";

    private DocxNumberFormat() { }

    /** The counter {@code n} in the format {@code numFmt} (a {@code w:numFmt} value; null = decimal). */
    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "bullet" -> BULLET;
            case "none" -> "";
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperRoman" -> roman(n).toUpperCase(java.util.Locale.ROOT);
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: 1 → a, 26 → z, 27 → aa, 28 → bb, 53 → aaa. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        return Numbering.roman(n).toLowerCase(java.util.Locale.ROOT);
    }
}
