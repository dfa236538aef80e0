package org.jobspecs.intake.pdf;

import java.util.Arrays;
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
 * frames: the leftmost line start over all of them and the {@link #rightEdge}.
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
        List<PdfLine> whole = lines.stream().filter(l -> !l.frame.column).toList();
        float left = (float) whole.stream().mapToDouble(PdfLine::x0).min().orElse(0);
        float right = rightEdge(whole);
        whole.forEach(line -> {
            line.frame.left = left;
            line.frame.right = right;
        });
    }

    /**
     * The right edge of running text: the line end that a tenth of the lines reach or pass, so
     * that one line running into the margin (a long address, a wide table row) does not move it.
     */
    static float rightEdge(List<PdfLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] ends = new float[lines.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = lines.get(i).x1();
        }
        Arrays.sort(ends);
        return ends[ends.length - 1 - ends.length / 10];
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
