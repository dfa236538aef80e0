package org.jobspecs.intake.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The import corpus: documents in five agency styles and every format import reads, built from
 * {@link SpecText} in the test (nothing binary is committed), with the awkward cases agencies
 * produce. Each document says what import must make of it.
 */
public final class Corpus {

    /** Class codes per agency style, one per {@link SpecText#ALL} entry. */
    private static final String[][] CODES = {
        {"4410", "4415", "4420", "4425"}, // Alder Bay
        {"30215", "30220", "30225", "30230"}, // Brennan
        {"C1101", "C1102", "C1103", "C1104"}, // Calder
        {"812", "813", "814", "815"}, // Dunmore
        {"E21", "E22", "E23", "E24"}, // Eastvale
    };

    private Corpus() {
    }

    /** Every document of the corpus. */
    public static List<CorpusDocument> all() {
        List<CorpusDocument> all = new ArrayList<>(textDocuments());
        all.addAll(wordDocuments());
        all.addAll(pdfDocuments());
        return all;
    }

    /** Alder Bay's Word files, one with the board's tracked changes and a salary-step table. */
    public static List<CorpusDocument> wordDocuments() {
        List<CorpusDocument> docs = new ArrayList<>();
        for (int i = 0; i < SpecText.ALL.size(); i++) {
            SpecText s = SpecText.ALL.get(i);
            String slug = s.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            boolean redline = i == 0;
            List<String> sections = new ArrayList<>(WordStyles.alderBaySections());
            if (redline) {
                sections.add("Salary Steps");
            }
            docs.add(new CorpusDocument("alder-bay-" + slug + (redline ? "-redline" : "") + ".docx", "alder-bay",
                    redline ? WordStyles.alderBayRedline(s, CODES[0][i]) : WordStyles.alderBay(s, CODES[0][i]),
                    List.of(new CorpusDocument.Expected(CODES[0][i], s.title(), sections, false)), null));
        }
        docs.add(new CorpusDocument("damaged.docx", "alder-bay", TextStyles.utf8("PK this is not really a Word file"), List.of(),
                "Word"));
        return docs;
    }

    /** Brennan's PDFs, one with a paragraph cut by a page break, and a scan without a text layer. */
    public static List<CorpusDocument> pdfDocuments() {
        List<CorpusDocument> docs = new ArrayList<>();
        for (int i = 0; i < SpecText.ALL.size(); i++) {
            SpecText s = SpecText.ALL.get(i);
            String slug = s.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            boolean split = i == 1;
            docs.add(new CorpusDocument("brennan-" + slug + (split ? "-page-break" : "") + ".pdf", "brennan",
                    PdfStyles.brennan(s, CODES[1][i], split),
                    List.of(new CorpusDocument.Expected(CODES[1][i], s.title(), PdfStyles.brennanSections(), false)
                            .with("unit", "Brennan County General Unit").with("flsa", "Non-exempt")), null));
        }
        docs.add(new CorpusDocument("brennan-scanned.pdf", "brennan", PdfStyles.scanned(SpecText.ALL.get(3)), List.of(), "no text layer"));
        return docs;
    }

    /** The text-format documents: Dunmore plain text, Calder HTML, Eastvale Markdown, and the awkward text cases. */
    public static List<CorpusDocument> textDocuments() {
        List<CorpusDocument> docs = new ArrayList<>();
        for (int i = 0; i < SpecText.ALL.size(); i++) {
            SpecText s = SpecText.ALL.get(i);
            String slug = s.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            docs.add(doc("dunmore-" + slug + ".txt", "dunmore", TextStyles.dunmore(s, CODES[3][i]),
                    new CorpusDocument.Expected(CODES[3][i], s.title(), TextStyles.dunmoreSections(), false)
                            .with("unit", "Dunmore Municipal Employees Association").with("flsa", "Non-exempt")));
            docs.add(doc("calder-" + slug + ".html", "calder", TextStyles.calder(s, CODES[2][i]),
                    new CorpusDocument.Expected(CODES[2][i], s.title(), TextStyles.calderSections(), false)
                            .with("unit", "Calder Public Employees Union").with("flsa", "Exempt")));
            docs.add(doc("eastvale-" + slug + ".md", "eastvale", TextStyles.eastvale(s, CODES[4][i]),
                    new CorpusDocument.Expected(CODES[4][i], s.title(), TextStyles.eastvaleSections(), false).with("flsa", "Non-exempt")));
        }
        // two specs in one file
        SpecText a = SpecText.ALL.get(0);
        SpecText b = SpecText.ALL.get(1);
        docs.add(new CorpusDocument("dunmore-two-specs.txt", "dunmore",
                TextStyles.utf8(TextStyles.dunmore(a, "901") + "\n\n" + TextStyles.dunmore(b, "902")),
                List.of(new CorpusDocument.Expected("901", a.title(), TextStyles.dunmoreSections(), false),
                        new CorpusDocument.Expected("902", b.title(), TextStyles.dunmoreSections(), false)), null));
        // a document without headings: the lead "Under … supervision" paragraph is the definition, the rest waits for a person
        SpecText c = SpecText.ALL.get(2);
        docs.add(doc("no-headings.txt", "dunmore", "Payroll Specialist\nClass Code: 903\n\n" + c.definition() + "\n\n"
                        + c.distinguishing() + "\n\n" + String.join("\n\n", c.duties()) + "\n",
                new CorpusDocument.Expected("903", c.title(), List.of("Definition", "Unplaced"), true)));
        // a series spec: one source per level, level paragraphs only in their level
        docs.add(new CorpusDocument("eastvale-water-operator-series.md", "eastvale", TextStyles.utf8(TextStyles.eastvaleSeries()),
                List.of(new CorpusDocument.Expected("E31", "Water Operator Trainee", TextStyles.eastvaleSeriesSections(), false),
                        new CorpusDocument.Expected("E32", "Water Operator I", TextStyles.eastvaleSeriesSections(), false),
                        new CorpusDocument.Expected("E33", "Water Operator II", TextStyles.eastvaleSeriesSections(), false)), null));
        return docs;
    }

    private static CorpusDocument doc(String name, String style, String text, CorpusDocument.Expected expected) {
        return new CorpusDocument(name, style, TextStyles.utf8(text), List.of(expected), null);
    }
}
