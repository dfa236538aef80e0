package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page's body lines in reading order. A page is read as two columns when a vertical gutter
 * in the middle 40% of its text is crossed by no line except lines spanning the top (a title over
 * both columns), each side has at least {@link #MIN_SIDE_LINES} lines, the right column's lines
 * mostly start at one edge, and both sides hold running text (three words or more a line on
 * average, so a table is not taken for columns). Then
 * the spanning lines come first, the left column next and the right column last, each its own
 * {@link PdfFrame}; otherwise the page is one frame read top to bottom. Stateless.
 */
final class PdfColumns {

    /** Each column must have at least this many lines. */
    static final int MIN_SIDE_LINES = 3;
    /** Two words closer than this many font sizes are on one line of text, not on both sides of a gutter. */
    static final float GUTTER_GAP = 1.5f;

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
                    PdfLayout.rightEdge(column));
            frames.add(frame);
            column.forEach(l -> l.frame = frame);
            ordered.addAll(column);
        }
        return ordered;
    }

    /** The x of a column gutter (the middle of the widest-supported empty band), or NaN when the page is not in two columns. */
    private static float gutter(List<PdfLine> lines) {
        if (lines.size() < 2 * MIN_SIDE_LINES) {
            return Float.NaN;
        }
        float min = (float) lines.stream().mapToDouble(PdfLine::x0).min().orElse(0);
        float max = (float) lines.stream().mapToDouble(PdfLine::x1).max().orElse(0);
        int bestScore = MIN_SIDE_LINES - 1;
        float bandStart = Float.NaN;
        float bandEnd = Float.NaN;
        for (float x = min + 0.3f * (max - min); x <= min + 0.7f * (max - min); x += 1f) {
            int score = score(lines, x);
            if (score > bestScore) {
                bestScore = score;
                bandStart = x;
                bandEnd = x;
            } else if (score == bestScore && bandEnd == x - 1f) {
                bandEnd = x;
            }
        }
        return Float.isNaN(bandStart) ? Float.NaN : (bandStart + bandEnd) / 2;
    }

    /**
     * How well x separates two columns: the smaller of the numbers of lines with text left and
     * right of it, or -1 when a line below the top crosses it, a side is not running text, or the
     * lines right of it do not mostly start at one edge.
     */
    private static int score(List<PdfLine> lines, float x) {
        int leftWords = 0;
        int rightWords = 0;
        int leftLines = 0;
        int rightLines = 0;
        Map<Integer, Integer> rightStarts = new HashMap<>();
        for (PdfLine line : lines) {
            if (crosses(line, x)) {
                if (leftLines + rightLines > 0) {
                    return -1;
                }
                continue;
            }
            List<PdfWord> right = line.words.stream().filter(w -> w.x0() >= x).toList();
            int l = line.wordCount() - right.size();
            leftWords += l;
            rightWords += right.size();
            leftLines += l > 0 ? 1 : 0;
            if (!right.isEmpty()) {
                rightLines++;
                rightStarts.merge(Math.round(right.get(0).x0() / 3f), 1, Integer::sum);
            }
        }
        int aligned = rightStarts.values().stream().max(Integer::compare).orElse(0);
        boolean prose = leftWords >= 3 * leftLines && rightWords >= 3 * rightLines;
        return prose && 2 * aligned >= rightLines ? Math.min(leftLines, rightLines) : -1;
    }

    /** A word of the line spans x, or two words on either side of x are closer than a gutter. */
    private static boolean crosses(PdfLine line, float x) {
        PdfWord previous = null;
        for (PdfWord word : line.words) {
            if (word.x0() < x && word.x1() > x) {
                return true;
            }
            if (previous != null && previous.x1() <= x && word.x0() >= x
                    && word.x0() - previous.x1() < GUTTER_GAP * line.size) {
                return true;
            }
            previous = word;
        }
        return false;
    }
}
