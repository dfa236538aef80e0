package org.jobspecs.intake.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The flow of {@link PdfBuilder}: places lines top to bottom between the margins, in one column or
 * several, moving to the next column or a new page when the next line would pass the bottom
 * margin, and remembers what goes on each page. Positions are measured from the top-left corner
 * of the page, baselines for y. Holds the pages laid out so far, the column in use and the
 * baseline of the last line placed.
 */
final class PdfBuilderLayout {

    /** One piece of text to draw. */
    record Run(float x, float y, String text, PDFont font, float size) { }

    /** A page: text runs, or for a scanned page the lines its image shows. */
    static final class Page {
        final List<Run> runs = new ArrayList<>();
        final List<String> scan;

        Page(List<String> scan) {
            this.scan = scan;
        }

        boolean isScanned() {
            return scan != null;
        }
    }

    /** The space between two columns. */
    static final float GUTTER = 24;

    final float width;
    final float height;
    final float margin;
    final List<Page> pages = new ArrayList<>();
    private Page page;
    private float y;
    private boolean atTop = true;
    private int columns = 1;
    private int column;

    PdfBuilderLayout(float width, float height, float margin) {
        this.width = width;
        this.height = height;
        this.margin = margin;
    }

    /** The width of a column (the text width when the page has one column). */
    float textWidth() {
        return (width - 2 * margin - (columns - 1) * GUTTER) / columns;
    }

    /** From the next page on, lays text out in {@code count} columns. */
    void columns(int count) {
        pageBreak();
        columns = count;
    }

    /**
     * Places wrapped lines. Horizontal positions are offsets from the left edge of the column.
     *
     * @param firstX      where the first line starts; later lines start at {@code x}
     * @param spaceBefore extra space above the first line (none at the top of a column)
     * @param keepLines   move to the next column or page unless this many lines fit below the first
     * @param breakAfter  move to the next column or page after this many lines (0: only when it is full)
     * @param label       drawn at {@code labelX} on the first line in {@code labelFont}, or null
     */
    void place(List<List<PdfBuilderText.Word>> lines, float firstX, float x, float size, float leading,
               float spaceBefore, int keepLines, int breakAfter, String label, float labelX, PDFont labelFont) {
        if (!atTop && y + spaceBefore + leading * (1 + keepLines) > height - margin) {
            nextColumn();
        }
        for (int i = 0; i < lines.size(); i++) {
            advance(size, leading, i == 0 ? spaceBefore : 0);
            if (i == 0 && label != null) {
                page.runs.add(new Run(left() + labelX, y, label, labelFont, size));
            }
            drawLine(lines.get(i), left() + (i == 0 ? firstX : x), size);
            if (i + 1 == breakAfter && i + 1 < lines.size()) {
                nextColumn();
            }
        }
    }

    /** Places one row of cells, each starting at its column's offset. */
    void row(List<String> cells, float[] columnX, PDFont font, float size, float leading, float spaceBefore) {
        advance(size, leading, spaceBefore);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                page.runs.add(new Run(left() + columnX[c], y, cells.get(c), font, size));
            }
        }
    }

    /** Adds a page showing only an image of these lines; the flow continues on a new page. */
    void scanned(List<String> lines) {
        pages.add(new Page(List.copyOf(lines)));
        page = null;
        atTop = true;
    }

    /** Ends the current page, unless nothing is on it yet. */
    void pageBreak() {
        if (page != null && !page.runs.isEmpty()) {
            page = null;
            atTop = true;
        }
    }

    private float left() {
        return margin + column * (textWidth() + GUTTER);
    }

    private void advance(float size, float leading, float spaceBefore) {
        if (!atTop && y + spaceBefore + leading > height - margin) {
            nextColumn();
        }
        if (page == null) {
            page = new Page(null);
            pages.add(page);
            column = 0;
        }
        y = atTop ? margin + size : y + spaceBefore + leading;
        atTop = false;
    }

    /** Moves the flow to the top of the next column, or of a new page after the last column. */
    private void nextColumn() {
        if (column + 1 < columns && page != null) {
            column++;
        } else {
            page = null;
        }
        atTop = true;
    }

    /** Draws the words, one run per stretch of words in the same font. */
    private void drawLine(List<PdfBuilderText.Word> words, float x, float size) {
        float cursor = x;
        StringBuilder run = new StringBuilder();
        PDFont font = null;
        float runX = x;
        for (int w = 0; w < words.size(); w++) {
            for (PdfBuilderText.Piece piece : words.get(w).pieces()) {
                boolean spaced = w > 0 && piece == words.get(w).pieces().get(0);
                if (piece.font() == font) {
                    run.append(spaced ? " " : "").append(piece.text());
                } else {
                    if (font != null) {
                        page.runs.add(new Run(runX, y, run.toString(), font, size));
                    }
                    runX = cursor + (spaced ? PdfBuilderText.width(" ", font, size) : 0);
                    run.setLength(0);
                    run.append(piece.text());
                    font = piece.font();
                }
                cursor = runX + PdfBuilderText.width(run.toString(), font, size);
            }
        }
        if (font != null) {
            page.runs.add(new Run(runX, y, run.toString(), font, size));
        }
    }
}
