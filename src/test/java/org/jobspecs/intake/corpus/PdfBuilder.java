package org.jobspecs.intake.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes test PDFs from our own text with PDFBox and the standard 14 fonts, laid out like an
 * agency's class specification: body text in Times 11 pt wrapped to the page width, headings in
 * Helvetica Bold, list items with hanging indents, a salary table in columns, a running header,
 * footer and page number on every text page, and optionally pages that are only a scanned image.
 * Content flows top to bottom and onto new pages when a page is full.
 *
 * <pre>{@code
 * byte[] pdf = new PdfBuilder()
 *         .header("City of Example").footer("Class Spec 1234", true)
 *         .heading("DEFINITION")
 *         .paragraph("Under general supervision, plans and **directs** the work of ...")
 *         .numbered("1.", "Prepares reports.")
 *         .pageBreak()
 *         .table(List.of(List.of("", "Step A", "Step B", "Step C"), List.of("Monthly", "$4,100", "$4,300", "$4,500")))
 *         .toBytes();
 * }</pre>
 *
 * Paragraph text may use {@code **bold**}, {@code _italic_} and {@link #SOFT_HYPHEN} inside a word
 * to force a hyphenated line break there ("respon" + SOFT_HYPHEN + "sible" ends a line with
 * "respon-"; "part-" + SOFT_HYPHEN + "time" ends one with "part-"). Text must be in the
 * WinAnsi character set (so "•" and "–" work, "◦" does not). Page setup ({@link #pageSize},
 * {@link #margin}) must come before the first content. Holds the page setup, the flow laid out
 * so far and every word written.
 */
public final class PdfBuilder {

    /** Put inside a word to break the line there with a hyphen. */
    public static final String SOFT_HYPHEN = "\u00AD";
    public static final float BODY_SIZE = 11;
    public static final float LEADING = 13.2f;
    public static final float HEADING_SIZE = 14;
    /** The indentation of each list level, and the hanging indent of an item's text. */
    public static final float INDENT = 18;

    private static final PdfBuilderText.Family TIMES = new PdfBuilderText.Family(
            new PDType1Font(FontName.TIMES_ROMAN), new PDType1Font(FontName.TIMES_BOLD),
            new PDType1Font(FontName.TIMES_ITALIC), new PDType1Font(FontName.TIMES_BOLD_ITALIC));
    private static final PDFont HELVETICA = new PDType1Font(FontName.HELVETICA);
    private static final PdfBuilderText.Family HELVETICA_BOLD = family(new PDType1Font(FontName.HELVETICA_BOLD));

    private float width = 612;
    private float height = 792;
    private float margin = 72;
    private String header;
    private String footer;
    private String pageNumberFormat;
    private PdfBuilderLayout layout;
    private boolean inList;
    private final List<String> words = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();

    /** Page size in points (default US Letter, 612 × 792). */
    public PdfBuilder pageSize(float pageWidth, float pageHeight) {
        checkSetup();
        this.width = pageWidth;
        this.height = pageHeight;
        return this;
    }

    /** The margin on all four sides, in points (default 72). */
    public PdfBuilder margin(float points) {
        checkSetup();
        this.margin = points;
        return this;
    }

    /** A running header at the top left of every text page. */
    public PdfBuilder header(String text) {
        this.header = text;
        return this;
    }

    /** A running footer at the bottom left of every text page, with "Page N of M" centred below it if asked. */
    public PdfBuilder footer(String text, boolean pageNumbers) {
        this.footer = text;
        return pageNumbers ? pageNumbers("Page %d of %d") : this;
    }

    /** Page numbers centred at the bottom, formatted with the page number and the page count ("- %d -", "%d"). */
    public PdfBuilder pageNumbers(String format) {
        this.pageNumberFormat = format;
        return this;
    }

    /** A heading in Helvetica Bold 14 pt, kept with the two lines that follow it. */
    public PdfBuilder heading(String text) {
        return block(text, HELVETICA_BOLD, HEADING_SIZE, LEADING * HEADING_SIZE / BODY_SIZE, LEADING, 2, 0);
    }

    /** A lesser heading in Helvetica Bold at the body size. */
    public PdfBuilder subheading(String text) {
        return block(text, HELVETICA_BOLD, BODY_SIZE, LEADING, LEADING * 0.6f, 2, 0);
    }

    /** A body paragraph in Times 11 pt, wrapped to the text width, with space above it. */
    public PdfBuilder paragraph(String text) {
        return block(text, TIMES, BODY_SIZE, LEADING, LEADING * 0.5f, 0, 0);
    }

    /** A body paragraph of which only the first {@code lines} lines go on this page (or column), the rest on the next. */
    public PdfBuilder paragraphSplitAfter(int lines, String text) {
        return block(text, TIMES, BODY_SIZE, LEADING, LEADING * 0.5f, 0, lines);
    }

    /**
     * Lines set one under the other at the body size with no spacing between them (a title block,
     * an address), each its own line however short; the markup of {@link #paragraph} applies.
     */
    public PdfBuilder lines(String... texts) {
        PdfBuilderLayout flow = flow();
        for (int i = 0; i < texts.length; i++) {
            List<List<PdfBuilderText.Word>> wrapped = PdfBuilderText.wrap(PdfBuilderText.parse(texts[i], TIMES), flow.textWidth(), BODY_SIZE);
            flow.place(wrapped, 0, 0, BODY_SIZE, LEADING, i == 0 ? LEADING * 0.5f : 0, 0, 0, null, 0, null);
            addWords(PdfBuilderText.plain(texts[i]));
        }
        inList = false;
        return this;
    }

    /** A top-level numbered item ("1.", "2)", "(a)") with a hanging indent. */
    public PdfBuilder numbered(String label, String text) {
        return item(0, label, text);
    }

    /** A top-level bulleted item ("•"). */
    public PdfBuilder bullet(String text) {
        return item(0, "\u2022", text);
    }

    /** An item at list depth {@code depth} (0 = at the margin), its label at the left, its text indented by {@link #INDENT}. */
    public PdfBuilder item(int depth, String label, String text) {
        PdfBuilderLayout flow = flow();
        float labelX = depth * INDENT;
        float textX = labelX + INDENT;
        List<List<PdfBuilderText.Word>> lines = PdfBuilderText.wrap(PdfBuilderText.parse(text, TIMES), flow.textWidth() - textX, BODY_SIZE);
        flow.place(lines, textX, textX, BODY_SIZE, LEADING, inList ? 0 : LEADING * 0.5f, 0, 0, label, labelX, TIMES.regular());
        inList = true;
        addWords(label);
        addWords(PdfBuilderText.plain(text));
        return this;
    }

    /** A table in columns of equal width, its first row in Helvetica Bold 10 pt (header), the others in Times. */
    public PdfBuilder table(List<List<String>> rows) {
        PdfBuilderLayout flow = flow();
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] columnX = new float[columns];
        for (int c = 0; c < columns; c++) {
            columnX[c] = c * flow.textWidth() / columns;
        }
        for (int r = 0; r < rows.size(); r++) {
            flow.row(rows.get(r), columnX, r == 0 ? HELVETICA_BOLD.regular() : TIMES.regular(), r == 0 ? 10 : BODY_SIZE,
                    LEADING * 1.15f, r == 0 ? LEADING * 0.6f : 0);
            rows.get(r).forEach(this::addWords);
        }
        inList = false;
        return this;
    }

    /** Starts a new page laid out in {@code count} columns of equal width (1 to go back to one column). */
    public PdfBuilder columns(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("columns must be 1 or more, was " + count);
        }
        flow().columns(count);
        return this;
    }

    /** Ends the page; what follows starts on a new one. */
    public PdfBuilder pageBreak() {
        flow().pageBreak();
        return this;
    }

    /** A page that is only a picture of these lines, with no text layer (as a scanner makes it). */
    public PdfBuilder scannedPage(String... lines) {
        PdfBuilderLayout flow = flow();
        flow.pageBreak();
        flow.scanned(Arrays.asList(lines));
        return this;
    }

    /** The PDF. */
    public byte[] toBytes() {
        furniture.clear();
        return new PdfBuilderWriter(header, footer, pageNumberFormat, HELVETICA).write(flow(), furniture);
    }

    /** Every word written as text, content then furniture, hyphenated breaks undone; complete after {@link #toBytes}. */
    public List<String> words() {
        List<String> all = new ArrayList<>(words);
        furniture.forEach(line -> all.addAll(split(line)));
        return all;
    }

    /** Each header, footer and page number line written, page by page; complete after {@link #toBytes}. */
    public List<String> furniture() {
        return List.copyOf(furniture);
    }

    /** The number of pages laid out so far. */
    public int pageCount() {
        return flow().pages.size();
    }

    private PdfBuilder block(String text, PdfBuilderText.Family family, float size, float leading, float spaceBefore,
                             int keepLines, int breakAfter) {
        PdfBuilderLayout flow = flow();
        List<List<PdfBuilderText.Word>> lines = PdfBuilderText.wrap(PdfBuilderText.parse(text, family), flow.textWidth(), size);
        flow.place(lines, 0, 0, size, leading, spaceBefore, keepLines, breakAfter, null, 0, null);
        inList = false;
        addWords(PdfBuilderText.plain(text));
        return this;
    }

    private PdfBuilderLayout flow() {
        if (layout == null) {
            layout = new PdfBuilderLayout(width, height, margin);
        }
        return layout;
    }

    private void checkSetup() {
        if (layout != null) {
            throw new IllegalStateException("set the page up before adding content");
        }
    }

    private void addWords(String text) {
        words.addAll(split(text));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static PdfBuilderText.Family family(PDFont font) {
        return new PdfBuilderText.Family(font, font, font, font);
    }
}
