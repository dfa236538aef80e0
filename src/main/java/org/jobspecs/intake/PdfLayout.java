package org.jobspecs.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the document's body text looks like, measured over all body lines: the body font size
 * (the size most characters are set in) and the normal line spacing: the most common baseline
 * distance between consecutive body-size lines of a frame up to 1.5 times the body size (single
 * spacing); when there is none, the most common distance if at least {@link #MIN_MEASURED} were
 * measured (a double-spaced document), else 1.2 times the body size (a document of one-line
 * paragraphs, whose distances are paragraph spacing). Also sets the text edges of whole-page
 * frames (the leftmost line start and rightmost line end over all of them).
 */
final class PdfLayout {

    static final int MIN_MEASURED = 10;

    final float bodySize;
    final float leading;

    PdfLayout(List<PdfLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (PdfLine line : lines) {
            line.words.forEach(w -> w.glyphs().forEach(g -> sizes.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum)));
        }
        bodySize = mode(sizes, 10f);
        Map<Float, Integer> single = new HashMap<>();
        Map<Float, Integer> all = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine above = lines.get(i - 1);
            PdfLine below = lines.get(i);
            float gap = below.y - above.y;
            if (above.frame == below.frame && near(above.size, bodySize) && near(below.size, bodySize)
                    && gap > 0.9f * bodySize && gap < 2.5f * bodySize) {
                float rounded = Math.round(gap * 4) / 4f;
                all.merge(rounded, 1, Integer::sum);
                if (gap <= 1.5f * bodySize) {
                    single.merge(rounded, 1, Integer::sum);
                }
            }
        }
        int measured = all.values().stream().mapToInt(Integer::intValue).sum();
        leading = !single.isEmpty() ? mode(single, 0) : measured >= MIN_MEASURED ? mode(all, 0) : 1.2f * bodySize;
        float left = Float.MAX_VALUE;
        float right = 0;
        for (PdfLine line : lines) {
            if (!line.frame.column) {
                left = Math.min(left, line.x0());
                right = Math.max(right, line.x1());
            }
        }
        for (PdfLine line : lines) {
            if (!line.frame.column) {
                line.frame.left = left;
                line.frame.right = right;
            }
        }
    }

    /** A size clearly larger than the body text (a heading's). */
    boolean larger(float size) {
        return size >= bodySize + Math.max(1.5f, 0.12f * bodySize);
    }

    private static boolean near(float size, float other) {
        return Math.abs(size - other) <= 1f;
    }

    private static float mode(Map<Float, Integer> counts, float fallback) {
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(fallback);
    }
}
