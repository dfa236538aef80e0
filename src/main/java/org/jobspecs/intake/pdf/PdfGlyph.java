package org.jobspecs.intake.pdf;

/**
 * One character as PDFBox placed it on a page: its text, where its baseline starts (measured from
 * the top-left corner of the page, in points), how wide it is and how it is set.
 *
 * @param text   the character's Unicode text (a ligature already split, e.g. "fi")
 * @param x      left edge, from the left of the page
 * @param y      baseline, from the top of the page
 * @param width  advance width
 * @param size   font size in points
 * @param bold   the font is bold by name or descriptor
 * @param italic the font is italic or oblique by name or descriptor
 */
public record PdfGlyph(String text, float x, float y, float width, float size, boolean bold, boolean italic) {

    public float end() {
        return x + width;
    }

    public boolean isSpace() {
        return text.isBlank();
    }
}
