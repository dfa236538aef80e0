package org.jobspecs.intake.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The test PDF writer itself, checked with PDFBox's own plain text extraction. */
class PdfBuilderTest {

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void contentFlowsOntoNewPagesEachWithHeaderFooterAndPageNumber() throws IOException {
        PdfBuilder builder = new PdfBuilder().header("City of Example").footer("Class Spec 1234", true);
        for (int i = 1; i <= 40; i++) {
            builder.paragraph("Paragraph " + i + " describes one more duty of the fleet coordinator in plain words.");
        }
        byte[] pdf = builder.toBytes();
        int pages = builder.pageCount();
        assertTrue(pages >= 2, "pages: " + pages);
        List<String> furniture = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            furniture.addAll(List.of("City of Example", "Class Spec 1234", "Page " + page + " of " + pages));
        }
        assertEquals(furniture, builder.furniture());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(pages, document.getNumberOfPages());
            String last = pageText(document, pages);
            assertTrue(last.contains("Paragraph 40 describes"), last);
            assertTrue(last.contains("Page " + pages + " of " + pages), last);
        }
    }

    @Test
    void aSoftHyphenBreaksTheLineThereAndASplitParagraphContinuesOnTheNextPage() throws IOException {
        PdfBuilder builder = new PdfBuilder().paragraph("The coordinator is respon" + PdfBuilder.SOFT_HYPHEN + "sible for it.")
                .paragraphSplitAfter(1, "This paragraph is long enough to need a second line, so its second line goes"
                        + " onto the next page of the document as asked.");
        try (PDDocument document = Loader.loadPDF(builder.toBytes())) {
            assertEquals(2, document.getNumberOfPages());
            String first = pageText(document, 1);
            assertTrue(first.contains("respon-" + System.lineSeparator() + "sible for it."), first);
            assertTrue(pageText(document, 2).contains("as asked."));
        }
        assertTrue(builder.words().contains("responsible"));
    }

    @Test
    void aScannedPageHasAnImageAndNoText() throws IOException {
        PdfBuilder builder = new PdfBuilder().header("City of Example").paragraph("Text page.").scannedPage("SIGNED");
        try (PDDocument document = Loader.loadPDF(builder.toBytes())) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals("", pageText(document, 2).strip());
            PDPage scan = document.getPage(1);
            List<COSName> images = new ArrayList<>();
            scan.getResources().getXObjectNames().forEach(images::add);
            assertEquals(1, images.size());
        }
        assertEquals(List.of("City of Example"), builder.furniture());
    }

    @Test
    void pageSetupMustComeFirst() {
        PdfBuilder builder = new PdfBuilder().paragraph("Text.");
        assertThrows(IllegalStateException.class, () -> builder.margin(36));
    }
}
