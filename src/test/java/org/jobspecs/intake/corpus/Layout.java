package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxRun.bold;
import static org.jobspecs.intake.corpus.DocxRun.field;
import static org.jobspecs.intake.corpus.DocxRun.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jobspecs.intake.corpus.LayoutSpec.LayoutBlock;
import org.jobspecs.intake.corpus.LayoutSpec.LayoutSection;

/**
 * The layouts real agencies give a spec in Word and PDF (issue 10), rendered from a
 * {@link LayoutSpec} with {@link DocxBuilder} and {@link PdfBuilder}. Items of the "Examples of
 * Duties" section are numbered, other items bulleted, unless a layout says otherwise.
 */
public enum Layout {
    /** Title style, "Class Code: X", Heading 2 headings, duties a Word list restarted in each section, title header, "Page N of M" footer fields. */
    DOCX_HEADING_STYLES("docx"),
    /** No heading styles: bold upper-case Normal paragraphs as headings, list numbers typed "1.\t", footer "TITLE – Class No. 00CODE". */
    DOCX_BOLD_PARAGRAPHS("docx"),
    /** Title and code in a two-column table, Knowledge beside Abilities in one table, a salary-step table. */
    DOCX_TABLES("docx"),
    /** Bold body-size headings, running header with the title, "Page N of M" footer, numbered duties. */
    PDF_ONE_COLUMN("pdf"),
    /** The body in two columns, headings in upper case at body size. */
    PDF_TWO_COLUMN("pdf"),
    /** The longest paragraph split by a page break, "Page N of M", running header with title and code. */
    PDF_PAGE_BREAKS("pdf");

    private static final String DUTIES = "Examples of Duties";

    private final String format;

    Layout(String format) {
        this.format = format;
    }

    /** "docx" or "pdf". */
    public String format() {
        return format;
    }

    /**
     * The spec as this layout prints it: for {@link #DOCX_TABLES} the Knowledge and Abilities
     * sections become one table under "Knowledge and Abilities" (the import keeps a table in one
     * section, so it is expected as "Knowledge, Skills and Abilities") and salary steps are added.
     */
    public LayoutSpec arrange(LayoutSpec spec) {
        if (this != DOCX_TABLES) {
            return spec;
        }
        List<List<String>> steps = List.of(List.of("", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5"),
                List.of("Hourly", "$28.40", "$29.82", "$31.31", "$32.88", "$34.52"));
        return spec.withKnowledgeBesideAbilities("Knowledge and Abilities", "Knowledge, Skills and Abilities")
                .with(new LayoutSection("Salary Steps", "Salary Steps", List.of(LayoutBlock.table(steps))));
    }

    /** The document's bytes; give it a spec from {@link #arrange}. */
    public byte[] render(LayoutSpec spec) {
        return switch (this) {
            case DOCX_HEADING_STYLES -> headingStyles(spec);
            case DOCX_BOLD_PARAGRAPHS -> boldParagraphs(spec);
            case DOCX_TABLES -> tables(spec);
            case PDF_ONE_COLUMN -> pdf(spec, new PdfBuilder().header(spec.title()).pageNumbers("Page %d of %d"), false,
                    (b, h) -> b.paragraph("**" + h + "**"));
            case PDF_TWO_COLUMN -> pdf(spec, new PdfBuilder().pageNumbers("%d").columns(2), false,
                    (b, h) -> b.paragraph(h.toUpperCase(Locale.ROOT)));
            case PDF_PAGE_BREAKS -> pdf(spec, new PdfBuilder().header(spec.title() + (spec.code() == null ? "" : " – Class Code " + spec.code()))
                    .pageNumbers("Page %d of %d"), true, PdfBuilder::subheading);
        };
    }

    private static byte[] headingStyles(LayoutSpec spec) {
        DocxBuilder b = new DocxBuilder().header(spec.title())
                .footer(text("Page "), field("PAGE", "1"), text(" of "), field("NUMPAGES", "2"))
                .title(spec.title());
        head(b, spec);
        return docxSections(b, spec, h -> b.heading(2, h), false).toBytes();
    }

    private static byte[] boldParagraphs(LayoutSpec spec) {
        String title = spec.title().toUpperCase(Locale.ROOT);
        DocxBuilder b = new DocxBuilder().header("Class Specification")
                .footer(title + (spec.code() == null ? "" : " – Class No. 00" + spec.code()))
                .paragraph(bold(title));
        head(b, spec);
        return docxSections(b, spec, h -> b.paragraph(bold(h.toUpperCase(Locale.ROOT))), true).toBytes();
    }

    private static byte[] tables(LayoutSpec spec) {
        DocxBuilder b = new DocxBuilder();
        if (spec.code() == null) {
            b.table(new String[] {"Class Title", spec.title()});
        } else {
            b.table(new String[] {"Class Title", spec.title()}, new String[] {"Class Code", spec.code()});
        }
        spec.headLines().forEach(b::paragraph);
        return docxSections(b, spec, h -> b.heading(1, h), false).toBytes();
    }

    /** "Class Code: X" and the head lines, as Normal paragraphs. */
    private static void head(DocxBuilder b, LayoutSpec spec) {
        if (spec.code() != null) {
            b.paragraph("Class Code: " + spec.code());
        }
        spec.headLines().forEach(b::paragraph);
    }

    /** The sections: duties a Word decimal list restarted in each section (or typed "1.\t" …), other items bulleted (or typed too). */
    private static DocxBuilder docxSections(DocxBuilder b, LayoutSpec spec, Consumer<String> heading, boolean typedNumbers) {
        for (LayoutSection s : spec.sections()) {
            if (s.heading() != null) {
                heading.accept(s.heading());
            }
            boolean duties = s.expectedSection().equals(DUTIES);
            if (duties && !typedNumbers) {
                b.restartList(DocxListKind.DECIMAL, 1);
            }
            int n = 0;
            for (LayoutBlock block : s.blocks()) {
                switch (block.kind()) {
                    case PARAGRAPH -> b.paragraph(block.text());
                    case TABLE -> b.table(block.rows().stream().map(r -> r.toArray(String[]::new)).toArray(String[][]::new));
                    case ITEM -> {
                        if (typedNumbers) {
                            b.paragraph(++n + ".\t" + block.text());
                        } else if (duties) {
                            b.numbered(block.text());
                        } else {
                            b.bulleted(block.text());
                        }
                    }
                }
            }
        }
        return b;
    }

    private interface PdfHeading {
        void write(PdfBuilder b, String heading);
    }

    /** Title, "Class Code: X" and head lines, then the sections; {@code split}: the longest paragraph is cut by a page break after its first line. */
    private static byte[] pdf(LayoutSpec spec, PdfBuilder b, boolean split, PdfHeading heading) {
        b.heading(spec.title());
        List<String> head = new ArrayList<>();
        if (spec.code() != null) {
            head.add("Class Code: " + spec.code());
        }
        head.addAll(spec.headLines());
        if (!head.isEmpty()) {
            b.lines(head.toArray(String[]::new));
        }
        LayoutBlock longest = !split ? null : spec.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(x -> x.kind() == LayoutBlock.Kind.PARAGRAPH).max(Comparator.comparingInt(x -> x.text().length())).orElse(null);
        for (LayoutSection s : spec.sections()) {
            if (s.heading() != null) {
                heading.write(b, s.heading());
            }
            int n = 0;
            for (LayoutBlock block : s.blocks()) {
                switch (block.kind()) {
                    case PARAGRAPH -> {
                        if (block == longest) {
                            b.paragraphSplitAfter(1, block.text());
                        } else {
                            b.paragraph(block.text());
                        }
                    }
                    case TABLE -> b.table(block.rows());
                    case ITEM -> {
                        if (s.expectedSection().equals(DUTIES)) {
                            b.numbered(++n + ".", block.text());
                        } else {
                            b.bullet(block.text());
                        }
                    }
                }
            }
        }
        return b.toBytes();
    }
}
