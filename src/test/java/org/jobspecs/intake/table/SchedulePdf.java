package org.jobspecs.intake.table;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds adopted salary schedule PDFs for the tests, as a word processor or a report writer sets
 * them: text at positions measured from the top of the page, amounts right-aligned in their
 * columns, Helvetica (bold for titles and headers).
 */
final class SchedulePdf {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A column: its left edge, or its right edge when the column is right-aligned. */
    record Col(float x, boolean right) {
        static Col left(float x) {
            return new Col(x, false);
        }

        static Col right(float x) {
            return new Col(x, true);
        }
    }

    private record Text(float x, float y, float size, boolean bold, String text) {
    }

    private final PDRectangle size;
    private final List<List<Text>> pages = new ArrayList<>();

    SchedulePdf(boolean landscape) {
        this.size = landscape ? new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth()) : PDRectangle.LETTER;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    SchedulePdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    SchedulePdf text(float x, float y, float size, boolean bold, String text) {
        pages.get(pages.size() - 1).add(new Text(x, y, size, bold, text));
        return this;
    }

    /** A line centred on the page. */
    SchedulePdf centred(float y, float size, boolean bold, String text) {
        return text((width() - width(text, size, bold)) / 2, y, size, bold, text);
    }

    /** A table row: each cell in its column (empty cells left out). */
    SchedulePdf row(float y, float size, boolean bold, List<Col> cols, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isEmpty()) {
                continue;
            }
            Col c = cols.get(i);
            text(c.right() ? c.x() - width(cells[i], size, bold) : c.x(), y, size, bold, cells[i]);
        }
        return this;
    }

    static float width(String text, float size, boolean bold) {
        try {
            return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        cs.beginText();
                        cs.setFont(t.bold() ? BOLD : REGULAR, t.size());
                        cs.newLineAtOffset(t.x(), size.getHeight() - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: one page showing a picture of a schedule, no text layer. */
    static byte[] scanned() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, 50, 0xFFFFFF);
            }
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(picture, 50, 400, 500, 250);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
