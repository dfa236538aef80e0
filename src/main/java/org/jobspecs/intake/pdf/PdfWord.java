package org.jobspecs.intake.pdf;

import java.util.List;

/**
 * One word of a line: glyphs that touch each other, with no space character or visible gap
 * between them. Holds the glyphs left to right.
 */
record PdfWord(List<PdfGlyph> glyphs) {

    PdfWord {
        glyphs = List.copyOf(glyphs);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString();
    }

    float x0() {
        return glyphs.get(0).x();
    }

    float x1() {
        return glyphs.get(glyphs.size() - 1).end();
    }

    boolean bold() {
        return glyphs.stream().allMatch(PdfGlyph::bold);
    }
}
