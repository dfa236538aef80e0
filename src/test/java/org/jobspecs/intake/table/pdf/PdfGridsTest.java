package org.jobspecs.intake.table.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.intake.table.pdf.PdfGrids.Chunk;
import org.jobspecs.intake.table.pdf.PdfGrids.Line;
import org.junit.jupiter.api.Test;

/** Issue 12: how a PDF salary schedule's lines are cut into cells and placed in the header's columns. */
class PdfGridsTest {

    private static Line line(float y, Chunk... words) {
        return new Line(1, 1, y, 9, List.of(words));
    }

    @Test
    void wordsApartByLessThanTheCellGapStayOneCell() {
        Line l = line(100, new Chunk("Senior", 100, 126), new Chunk("Clerk", 129, 150), new Chunk("Monthly", 230, 262));
        assertEquals(List.of("Senior Clerk", "Monthly"), l.chunks().stream().map(Chunk::text).toList());
    }

    @Test
    void aCurrencySignAtTheCellsLeftEdgeGoesWithItsAmount() {
        Line l = line(100, new Chunk("Monthly", 230, 262), new Chunk("$", 300, 305), new Chunk("3,400.00", 395, 430));
        List<Chunk> chunks = l.chunks();
        assertEquals(List.of("Monthly", "$3,400.00"), chunks.stream().map(Chunk::text).toList());
        assertEquals(395, chunks.get(1).x0(), "the amount's place decides its column, not the sign's");
    }

    @Test
    void aCellGoesToTheColumnItOverlapsMostElseTheNearest() {
        List<Chunk> header = List.of(new Chunk("Code", 40, 60), new Chunk("Title", 100, 120), new Chunk("A", 354, 360), new Chunk("B", 409, 415));
        assertEquals(1, PdfGrids.column(new Chunk("Senior Clerk", 100, 150), header));
        assertEquals(2, PdfGrids.column(new Chunk("3,400.00", 325, 360), header), "right-aligned under a narrow header");
        assertEquals(3, PdfGrids.column(new Chunk("3,570.00", 380, 414), header));
        assertEquals(1, PdfGrids.column(new Chunk("Office", 130, 160), header), "no overlap: the nearest");
    }

    @Test
    void aHeaderNamesACodeColumnAndTwoAmountColumns() {
        assertTrue(PdfGrids.isHeader(List.of(new Chunk("Class Code", 0, 1), new Chunk("Title", 2, 3), new Chunk("Minimum", 4, 5), new Chunk("Maximum", 6, 7))));
        assertFalse(PdfGrids.isHeader(List.of(new Chunk("Title", 2, 3), new Chunk("Minimum", 4, 5), new Chunk("Maximum", 6, 7))), "no code column");
        assertFalse(PdfGrids.isHeader(List.of(new Chunk("Code", 0, 1), new Chunk("Title", 2, 3), new Chunk("Department", 4, 5))), "no amounts");
    }

    @Test
    void aHeaderOnTwoLinesIsReadAsOne() {
        Line upper = line(110, new Chunk("Class", 40, 60), new Chunk("Time", 230, 250), new Chunk("Step", 325, 340));
        Line lower = line(120, new Chunk("Code", 40, 58), new Chunk("Title", 85, 100), new Chunk("Base", 230, 248), new Chunk("1", 335, 340));
        assertTrue(PdfGrids.stacked(upper, lower));
        assertEquals(List.of("Class Code", "Title", "Time Base", "Step 1"), PdfGrids.merged(upper, lower).stream().map(Chunk::text).toList());
        Line data = line(136, new Chunk("1001", 40, 58), new Chunk("Clerk", 85, 100), new Chunk("Hourly", 230, 255), new Chunk("19.62", 320, 340));
        assertFalse(PdfGrids.stacked(lower, data), "a row with a code and amounts is no header line");
    }
}
