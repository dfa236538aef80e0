package org.jobspecs.intake.pdf;

/**
 * A region text flows through: a whole page, or one column of a two-column page. Holds its page,
 * its left and right text edges (used to compare indentation across a page or column break and
 * to tell a full line from a short one) and whether it is a column.
 */
final class PdfFrame {

    final int page;
    final boolean column;
    float left;
    float right;

    PdfFrame(int page, boolean column, float left, float right) {
        this.page = page;
        this.column = column;
        this.left = left;
        this.right = right;
    }

    float width() {
        return Math.max(1, right - left);
    }
}
