package org.jobspecs.intake.pdf;

import java.util.regex.Pattern;

/**
 * Recognises the list marker a line starts with: "1." "1)" "(1)" "a." "a)" "(a)" "iv." "(iv)"
 * "A." "A)" or a bullet ("•" "-" "–" "—" "*" "◦" "▪" "●" "·" "○" "■" "□" "➢" "►" "✓"), standing as
 * its own word and followed by text. Stateless.
 */
final class PdfListMarker {

    private static final Pattern MARKER = Pattern.compile(
            "\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-zA-Z][.)]|\\([a-zA-Z]\\)"
            + "|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\)"
            + "|[\u2022\\-\u2013\u2014*\u25E6\u25AA\u25CF\u00B7\u25CB\u25A0\u25A1\u27A2\u25BA\u2713\uF0B7]");

    private PdfListMarker() { }

    /** The marker as shown, or null when the line does not start with one followed by text. */
    static String label(PdfLine line) {
        if (line.wordCount() < 2) {
            return null;
        }
        String first = line.words.get(0).text();
        return MARKER.matcher(first).matches() ? first : null;
    }

    /** The word is a marker on its own (a table's first cell that is only "1." is a numbered line, not a cell). */
    static boolean isMarker(String word) {
        return MARKER.matcher(word).matches();
    }
}
