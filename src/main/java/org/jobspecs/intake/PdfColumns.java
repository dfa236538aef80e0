package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's body lines in reading order. A page is read as two columns when a vertical gutter
 * near its middle is crossed by no line except lines spanning the top (a title over both columns),
 * at least {@link #MIN_SIDE_BY_SIDE} lines have text on both sides of it, and both sides hold
 * running text (three words or more a line on average, so a table is not taken for columns). Then
 * the spanning lines come first, the left column next and the right column last, each its own
 * {@link PdfFrame}; otherwise the page is one frame read top to bottom. Stateless.
 */
final class PdfColumns {

    static final int MIN_SIDE_BY_SIDE = 3;

    private PdfColumns() { }

    /** The page's frames, in reading order, each line's {@link PdfLine#frame} set; returns the lines in reading order. */
    static List<PdfLine> order(int page, List<PdfLine> lines, List<PdfFrame> frames) {
        float gutter = gutter(lines);
        if (Float.isNaN(gutter)) {
            PdfFrame whole = new PdfFrame(page, false, 0, 0);
            frames.add(whole);
            lines.forEach(l -> l.frame = whole);
            return lines;
        }
        List<PdfLine> spanning = new ArrayList<>();
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : lines) {
            if (crosses(line, gutter)) {
                spanning.add(line);
                continue;
            }
            List<PdfWord> l = line.words.stream().filter(w -> w.x1() <= gutter).toList();
            List<PdfWord> r = line.words.stream().filter(w -> w.x0() >= gutter).toList();
            if (!l.isEmpty()) {
                left.add(r.isEmpty() ? line : line.slice(l));
            }
            if (!r.isEmpty()) {
                right.add(l.isEmpty() ? line : line.slice(r));
            }
        }
        List<PdfLine> ordered = new ArrayList<>();
        if (!spanning.isEmpty()) {
            PdfFrame top = new PdfFrame(page, false, 0, 0);
            frames.add(top);
            spanning.forEach(l -> l.frame = top);
            ordered.addAll(spanning);
        }
        for (List<PdfLine> column : List.of(left, right)) {
            PdfFrame frame = new PdfFrame(page, true, (float) column.stream().mapToDouble(PdfLine::x0).min().orElse(0),
                    (float) column.stream().mapToDouble(PdfLine::x1).max().orElse(0));
            frames.add(frame);
            column.forEach(l -> l.frame = frame);
            ordered.addAll(column);
        }
        return ordered;
    }

    /** The x of a column gutter, or NaN when the page is not in two columns. */
    private static float gutter(List<PdfLine> lines) {
        if (lines.size() < 2 * MIN_SIDE_BY_SIDE) {
            return Float.NaN;
        }
        float min = (float) lines.stream().mapToDouble(PdfLine::x0).min().orElse(0);
        float max = (float) lines.stream().mapToDouble(PdfLine::x1).max().orElse(0);
        float best = Float.NaN;
        int bestCount = MIN_SIDE_BY_SIDE - 1;
        for (float x = min + 0.3f * (max - min); x <= min + 0.7f * (max - min); x += 1f) {
            int count = sideBySide(lines, x);
            if (count > bestCount) {
                best = x;
                bestCount = count;
            }
        }
        return best;
    }

    /** How many lines have text on both sides of x, or -1 when x is crossed below the top or a side is not prose. */
    private static int sideBySide(List<PdfLine> lines, float x) {
        int count = 0;
        int leftWords = 0;
        int rightWords = 0;
        int leftLines = 0;
        int rightLines = 0;
        for (PdfLine line : lines) {
            if (crosses(line, x)) {
                if (count > 0) {
                    return -1;
                }
                continue;
            }
            int l = (int) line.words.stream().filter(w -> w.x1() <= x).count();
            int r = line.wordCount() - l;
            leftWords += l;
            rightWords += r;
            leftLines += l > 0 ? 1 : 0;
            rightLines += r > 0 ? 1 : 0;
            count += l > 0 && r > 0 ? 1 : 0;
        }
        boolean prose = leftWords >= 3 * leftLines && rightWords >= 3 * rightLines;
        return prose ? count : -1;
    }

    /** A word of the line spans x, or two words on either side of x are closer than a chunk gap. */
    private static boolean crosses(PdfLine line, float x) {
        PdfWord previous = null;
        for (PdfWord word : line.words) {
            if (word.x0() < x && word.x1() > x) {
                return true;
            }
            if (previous != null && previous.x1() <= x && word.x0() >= x
                    && word.x0() - previous.x1() < PdfLine.CHUNK_GAP * line.size) {
                return true;
            }
            previous = word;
        }
        return false;
    }
}
