package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph, list item or table being assembled from lines: its lines in reading order (possibly
 * across a page or column break), and for an item its label, the label's and the text's left
 * edges; for a table its cells. {@link PdfParagraphs} decides whether it is a heading and its
 * {@link #level}: a heading's level or an item's depth.
 */
final class PdfBlock {

    enum Kind { PARAGRAPH, ITEM, TABLE }

    final Kind kind;
    final List<PdfLine> lines = new ArrayList<>();
    final String label;
    final float labelX;
    final float textX;
    final List<List<String>> cells;
    boolean heading;
    int level;

    private PdfBlock(Kind kind, PdfLine first, String label, float labelX, float textX, List<List<String>> cells) {
        this.kind = kind;
        this.lines.add(first);
        this.label = label;
        this.labelX = labelX;
        this.textX = textX;
        this.cells = cells;
    }

    static PdfBlock paragraph(PdfLine first) {
        return new PdfBlock(Kind.PARAGRAPH, first, "", first.x0(), first.x0(), List.of());
    }

    static PdfBlock item(PdfLine first, String label) {
        return new PdfBlock(Kind.ITEM, first, label, first.x0(), first.words.get(1).x0(), List.of());
    }

    static PdfBlock table(PdfTables.Table table) {
        return new PdfBlock(Kind.TABLE, table.first(), "", table.first().x0(), table.first().x0(), table.cells());
    }

    PdfLine first() {
        return lines.get(0);
    }

    PdfLine last() {
        return lines.get(lines.size() - 1);
    }

    int wordCount() {
        return lines.stream().mapToInt(PdfLine::wordCount).sum();
    }
}
