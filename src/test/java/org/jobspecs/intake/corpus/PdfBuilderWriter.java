package org.jobspecs.intake.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the pages {@link PdfBuilderLayout} laid out into a PDF with PDFBox: each text run with
 * its standard-14 font, the running header, footer and page number on every text page, and for
 * a scanned page a grey-scale picture of its lines (drawn with java.awt, so pixels, no text).
 * Holds the furniture settings.
 */
final class PdfBuilderWriter {

    /** Font size of the header, footer and page number. */
    static final float FURNITURE_SIZE = 9;

    private final String header;
    private final String footer;
    private final String pageNumberFormat;
    private final PDFont font;

    PdfBuilderWriter(String header, String footer, String pageNumberFormat, PDFont font) {
        this.header = header;
        this.footer = footer;
        this.pageNumberFormat = pageNumberFormat;
        this.font = font;
    }

    /** The page number as printed on page {@code number} of {@code total}, or null without page numbers. */
    String pageNumber(int number, int total) {
        return pageNumberFormat == null ? null : String.format(pageNumberFormat, number, total);
    }

    /** The PDF's bytes; {@code furniture} receives each header, footer and page number written. */
    byte[] write(PdfBuilderLayout layout, List<String> furniture) {
        try (PDDocument document = new PDDocument()) {
            int total = layout.pages.size();
            for (int n = 0; n < total; n++) {
                PdfBuilderLayout.Page laid = layout.pages.get(n);
                PDPage page = new PDPage(new PDRectangle(layout.width, layout.height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (laid.isScanned()) {
                        PDImageXObject image = LosslessFactory.createFromImage(document, picture(laid.scan, layout));
                        content.drawImage(image, 0, 0, layout.width, layout.height);
                        continue;
                    }
                    for (PdfBuilderLayout.Run run : laid.runs) {
                        text(content, run.text(), run.font(), run.size(), run.x(), layout.height - run.y());
                    }
                    String number = pageNumber(n + 1, total);
                    furniture(content, header, layout.margin, layout.height - 40, furniture);
                    furniture(content, footer, layout.margin, 36, furniture);
                    furniture(content, number, number == null ? 0 : (layout.width - PdfBuilderText.width(number, font, FURNITURE_SIZE)) / 2, 22, furniture);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a furniture line (nothing when it is null) and records it. */
    private void furniture(PDPageContentStream content, String text, float x, float y, List<String> written)
            throws IOException {
        if (text != null) {
            text(content, text, font, FURNITURE_SIZE, x, y);
            written.add(text);
        }
    }

    private static void text(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A page-sized grey picture of the lines, as a scanner would deliver it. */
    private static BufferedImage picture(List<String> lines, PdfBuilderLayout layout) {
        BufferedImage image = new BufferedImage((int) layout.width, (int) layout.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 11));
            int y = (int) layout.margin + 11;
            for (String line : lines) {
                g.drawString(line, (int) layout.margin, y);
                y += 14;
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
