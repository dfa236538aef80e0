package org.jobspecs.intake.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox finds, page by page, with its position and font style; it writes no
 * text itself (ordering and spacing are {@link PdfLines}' job). Holds the glyphs by 1-based page.
 */
public final class PdfGlyphCollector extends PDFTextStripper {

    private static final Pattern BOLD_NAME = Pattern.compile("(?i)bold|black|heavy|semibold|demi");
    private static final Pattern ITALIC_NAME = Pattern.compile("(?i)italic|oblique|slanted");

    private final Map<Integer, List<PdfGlyph>> byPage = new TreeMap<>();
    private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();

    /** The glyphs of every page that has any, by 1-based page number. */
    public static Map<Integer, List<PdfGlyph>> collect(PDDocument document) throws IOException {
        PdfGlyphCollector collector = new PdfGlyphCollector();
        collector.writeText(document, new StringWriter());
        return collector.byPage;
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        String unicode = position.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        // the size as rendered: the text rendering matrix's vertical scale. getFontSizeInPt() misreads
        // the scaled fonts some producers write (a Mac's "Save as PDF" gives 50 pt for 12 pt text)
        float size = Math.abs(position.getYScale());
        if (!(size > 0) || size > 500) {
            size = position.getFontSizeInPt();
        }
        if (!(size > 0) || size > 500) {
            size = Math.max(1f, position.getHeightDir());
        }
        boolean[] style = styles.computeIfAbsent(position.getFont(), PdfGlyphCollector::style);
        byPage.computeIfAbsent(getCurrentPageNo(), page -> new ArrayList<>())
                .add(new PdfGlyph(normalise(unicode), position.getXDirAdj(), position.getYDirAdj(),
                        position.getWidthDirAdj(), size, style[0], style[1]));
    }

    /** Ligatures and presentation forms to plain letters; no-break and odd spaces to a space. */
    private static String normalise(String unicode) {
        String text = unicode;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                text = Normalizer.normalize(text, Normalizer.Form.NFKC);
                break;
            }
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ');
    }

    /** {bold, italic} for a font, by its name or its descriptor. */
    private static boolean[] style(PDFont font) {
        if (font == null) {
            return new boolean[] {false, false};
        }
        String name = font.getName() == null ? "" : font.getName();
        boolean bold = BOLD_NAME.matcher(name).find();
        boolean italic = ITALIC_NAME.matcher(name).find();
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
            italic |= descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 1;
        }
        return new boolean[] {bold, italic};
    }
}
