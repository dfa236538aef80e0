package org.jobspecs.intake.pdf;

import java.io.IOException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Tells whether a page shows an image: an image XObject in its resources (or in a form it uses,
 * a few levels deep) or an inline image in its content. Used to tell a scanned page from a blank
 * one. Stateless.
 */
final class PdfImages {

    private static final int MAX_DEPTH = 4;

    private PdfImages() { }

    static boolean hasImage(PDPage page) {
        try {
            return hasImage(page.getResources(), 0) || hasInlineImage(page);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasInlineImage(PDPage page) throws IOException {
        if (!page.hasContents()) {
            return false;
        }
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator && "BI".equals(operator.getName())) {
                return true;
            }
        }
        return false;
    }
}
