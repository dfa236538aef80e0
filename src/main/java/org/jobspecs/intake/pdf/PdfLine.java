package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of text on a page: its words left to right, its baseline and its dominant font size.
 * After furniture removal and column ordering it also knows its {@link #number} among the page's
 * body lines and the {@link PdfFrame} (page or column) it sits in.
 */
final class PdfLine {

    /** A gap this many times the font size splits a line into chunks (table cells, columns). */
    static final float CHUNK_GAP = 2.0f;

    final int page;
    final float y;
    final List<PdfWord> words;
    final float size;
    int number;
    PdfFrame frame;

    PdfLine(int page, float y, List<PdfWord> words) {
        this.page = page;
        this.y = y;
        this.words = List.copyOf(words);
        this.size = dominantSize(words);
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.get(words.size() - 1).x1();
    }

    /** The words joined by single spaces. */
    String text() {
        return String.join(" ", words.stream().map(PdfWord::text).toList());
    }

    int wordCount() {
        return words.size();
    }

    /** Every glyph bold (a bold heading line, a bold table header). */
    boolean allBold() {
        return words.stream().allMatch(PdfWord::bold);
    }

    /** The words split where a gap of at least {@link #CHUNK_GAP} font sizes separates them. */
    List<List<PdfWord>> chunks() {
        List<List<PdfWord>> chunks = new ArrayList<>();
        List<PdfWord> current = new ArrayList<>();
        for (PdfWord word : words) {
            if (!current.isEmpty() && word.x0() - current.get(current.size() - 1).x1() >= CHUNK_GAP * size) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(word);
        }
        chunks.add(current);
        return chunks;
    }

    /** The same line restricted to some of its words (one side of a column gutter). */
    PdfLine slice(List<PdfWord> part) {
        return new PdfLine(page, y, part);
    }

    private static float dominantSize(List<PdfWord> words) {
        Map<Float, Integer> counts = new HashMap<>();
        for (PdfWord word : words) {
            for (PdfGlyph glyph : word.glyphs()) {
                counts.merge(Math.round(glyph.size() * 2) / 2f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }

    @Override
    public String toString() {
        return "p" + page + " y" + y + " x" + x0() + ": " + text();
    }
}
