package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a page's lines from its glyphs: glyphs whose baselines agree (within half a font size,
 * the larger one's for a much smaller glyph, so that a raised footnote mark or "th" stays on its line) form a line, ordered left to right, and a space
 * character or a visible gap (more than {@link #SPACE_GAP} of the font size) ends a word. A glyph a
 * producer printed twice, overlapping by more than half its width, to fake bold is kept once. Stateless.
 */
final class PdfLines {

    /** A gap wider than this fraction of the font size between two glyphs separates words. */
    static final float SPACE_GAP = 0.15f;

    private PdfLines() { }

    /** The page's lines, top to bottom. */
    static List<PdfLine> build(int page, List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
        List<PdfLine> lines = new ArrayList<>();
        List<PdfGlyph> row = new ArrayList<>();
        float refY = 0;
        float refSize = 0;
        for (PdfGlyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(glyph.y() - refY) > tolerance(refSize, glyph.size())) {
                addLine(page, row, refY, lines);
                row = new ArrayList<>();
            }
            if (row.isEmpty() || (!glyph.isSpace() && glyph.size() > refSize)) {
                refY = glyph.y();
                refSize = glyph.size();
            }
            row.add(glyph);
        }
        addLine(page, row, refY, lines);
        lines.sort(Comparator.comparingDouble((PdfLine l) -> l.y).thenComparingDouble(PdfLine::x0));
        return lines;
    }

    /**
     * How far apart two baselines may be on one line: half the smaller size, or half the larger
     * when one glyph is much smaller than the other (a raised "th" of "30th", a footnote mark).
     */
    private static float tolerance(float a, float b) {
        float small = Math.min(a, b);
        float large = Math.max(a, b);
        return 0.5f * Math.max(1f, small < 0.8f * large ? large : small);
    }

    private static void addLine(int page, List<PdfGlyph> row, float y, List<PdfLine> lines) {
        List<PdfWord> words = words(row);
        if (!words.isEmpty()) {
            lines.add(new PdfLine(page, y, words));
        }
    }

    /** Splits a row of glyphs into words at space characters and visible gaps. */
    static List<PdfWord> words(List<PdfGlyph> row) {
        List<PdfGlyph> byX = new ArrayList<>(row);
        byX.sort(Comparator.comparingDouble(PdfGlyph::x));
        List<PdfWord> words = new ArrayList<>();
        List<PdfGlyph> word = new ArrayList<>();
        boolean spaced = false;
        for (PdfGlyph glyph : byX) {
            if (glyph.isSpace()) {
                spaced = true;
                continue;
            }
            if (!word.isEmpty()) {
                PdfGlyph previous = word.get(word.size() - 1);
                if (glyph.text().equals(previous.text()) && Math.abs(glyph.x() - previous.x()) < 0.5f * Math.max(0.5f, previous.width())
                        && Math.abs(glyph.y() - previous.y()) < 1f) {
                    continue;
                }
                float gap = glyph.x() - previous.end();
                if (spaced || gap > SPACE_GAP * Math.max(glyph.size(), previous.size())) {
                    words.add(new PdfWord(word));
                    word = new ArrayList<>();
                }
            }
            spaced = false;
            word.add(glyph);
        }
        if (!word.isEmpty()) {
            words.add(new PdfWord(word));
        }
        return words;
    }
}
