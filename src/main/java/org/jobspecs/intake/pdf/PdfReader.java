package org.jobspecs.intake.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jobspecs.intake.DocumentReader;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.Removed;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline;

/**
 * Reads a PDF's text layer into paragraphs, list items, headings and tables, in reading order.
 * The steps: glyphs per page ({@link PdfGlyphCollector}), lines with spaces from gaps
 * ({@link PdfLines}), furniture out ({@link PdfFurniture}), columns in reading order
 * ({@link PdfColumns}), layout measures ({@link PdfLayout}), tables ({@link PdfTables}), blocks
 * ({@link PdfParagraphs}) and their text ({@link PdfInlines}). {@link Para#line()} is the line's
 * number among its page's body lines in reading order, furniture not counted. A PDF without any
 * text, an encrypted or damaged one is an error; a page showing only images is a notice. Stateless.
 */
public final class PdfReader implements DocumentReader {

    static final String SCANNED = "no text layer — this PDF is a scanned image";
    static final String SCANNED_FIX = "run OCR (e.g. save as searchable PDF) or import the Word original";
    static final String WORD_FIX = "or import the Word original";

    public PdfReader() { }

    @Override
    public ImportDocument read(byte[] bytes, Location file, Problems problems) {
        if (bytes == null || bytes.length == 0) {
            problems.error(file, file.path() + ": the file is empty", "export the PDF again, " + WORD_FIX);
            return empty();
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return read(document, file, problems);
        } catch (InvalidPasswordException e) {
            problems.error(file, file.path() + ": this PDF is encrypted with a password and cannot be opened",
                    "save or print it to a new PDF without security, " + WORD_FIX);
        } catch (IOException | RuntimeException e) {
            problems.error(file, file.path() + ": this PDF is damaged and cannot be read (" + reason(e) + ")",
                    "open it in a PDF viewer and save it again as PDF, " + WORD_FIX);
        }
        return empty();
    }

    private static ImportDocument read(PDDocument document, Location file, Problems problems) throws IOException {
        Map<Integer, List<PdfGlyph>> glyphs = PdfGlyphCollector.collect(document);
        Map<Integer, List<PdfLine>> pages = new TreeMap<>();
        Map<Integer, Float> heights = new TreeMap<>();
        List<Integer> imagePages = new ArrayList<>();
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            PDPage page = document.getPage(number - 1);
            heights.put(number, height(page));
            List<PdfGlyph> found = glyphs.getOrDefault(number, List.of());
            if (found.stream().anyMatch(g -> !g.isSpace())) {
                pages.put(number, PdfLines.build(number, found));
            } else if (PdfImages.hasImage(page)) {
                imagePages.add(number);
            }
        }
        if (pages.isEmpty()) {
            if (imagePages.isEmpty()) {
                problems.error(file, file.path() + ": this PDF has no text", "check that it is the right file, " + WORD_FIX);
            } else {
                problems.error(file, file.path() + ": " + SCANNED, SCANNED_FIX);
            }
            return empty();
        }
        for (int page : imagePages) {
            problems.notice(file, "page " + page + " has no text layer; its content is not imported",
                    "run OCR on it (e.g. save as searchable PDF) or import the Word original");
        }
        List<Removed> removed = PdfFurniture.remove(pages, heights);
        List<PdfLine> body = new ArrayList<>();
        pages.forEach((page, lines) -> {
            List<PdfLine> ordered = PdfColumns.order(page, lines, new ArrayList<>());
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).number = i + 1;
            }
            body.addAll(ordered);
        });
        if (body.isEmpty()) {
            return new ImportDocument("pdf", List.of(), removed, List.of());
        }
        if (words(body) < FEW_WORDS && everyPageAnImage(document)) {
            // the text layer holds a heading or a footer at most; the content is a picture
            problems.error(file, file.path() + ": " + SCANNED + " (its text layer holds " + words(body) + " words besides page furniture)",
                    SCANNED_FIX);
            return empty();
        }
        PdfLayout layout = new PdfLayout(body);
        List<PdfBlock> blocks = new PdfParagraphs(layout).group(body, PdfTables.find(body, layout.leading));
        List<Para> paras = new ArrayList<>();
        for (PdfBlock block : blocks) {
            List<String> labelled = labelledChunks(block);
            if (labelled.isEmpty()) {
                paras.add(para(block));
            } else {
                labelled.forEach(text -> paras.add(Para.paragraph(List.of(new Inline.Text(text)), block.first().page, block.first().number)));
            }
        }
        return new ImportDocument("pdf", paras, removed, List.of());
    }

    /**
     * A one-line block of "Label: value" pairs set apart by wide gaps ("TITLE: COLLECTION MANAGER
     * … CLASSIFICATION: HRO18"): each pair, as the metadata lines they are; otherwise empty.
     */
    private static List<String> labelledChunks(PdfBlock block) {
        if (block.kind != PdfBlock.Kind.PARAGRAPH || block.heading || block.lines.size() != 1) {
            return List.of();
        }
        List<List<PdfWord>> chunks = block.first().chunks();
        List<String> texts = chunks.stream().map(c -> String.join(" ", c.stream().map(PdfWord::text).toList())).toList();
        return chunks.size() >= 2 && texts.stream().allMatch(t -> LABELLED.matcher(t).matches()) ? texts : List.of();
    }

    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("\\p{Lu}[^:]{1,40}:.*");

    private static Para para(PdfBlock block) {
        int page = block.first().page;
        int line = block.first().number;
        if (block.kind == PdfBlock.Kind.TABLE) {
            return Para.table(block.cells, page, line);
        }
        if (block.heading) {
            return Para.heading(PdfInlines.content(block, false), block.level, page, line);
        }
        if (block.kind == PdfBlock.Kind.ITEM) {
            return Para.item(PdfInlines.content(block, true), block.label, block.level, page, line);
        }
        return Para.paragraph(PdfInlines.content(block, true), page, line);
    }

    /** Fewer words than this in a PDF with a picture on every page: its content is scanned, whatever scraps of text it carries. */
    static final int FEW_WORDS = 30;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{2,}");

    private static int words(List<PdfLine> lines) {
        int n = 0;
        for (PdfLine line : lines) {
            for (PdfWord word : line.words) {
                if (WORD.matcher(word.text()).find()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean everyPageAnImage(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            if (!PdfImages.hasImage(page)) {
                return false;
            }
        }
        return true;
    }

    /** The page's height as text positions measure it (width when the page is turned sideways). */
    private static float height(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        return rotation == 90 || rotation == 270 ? box.getWidth() : box.getHeight();
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ImportDocument empty() {
        return new ImportDocument("pdf", List.of(), List.of(), List.of());
    }
}
