package org.jobspecs.intake.docx;

import static org.jobspecs.intake.corpus.DocxRun.bold;
import static org.jobspecs.intake.corpus.DocxRun.boldItalic;
import static org.jobspecs.intake.corpus.DocxRun.contentControl;
import static org.jobspecs.intake.corpus.DocxRun.del;
import static org.jobspecs.intake.corpus.DocxRun.field;
import static org.jobspecs.intake.corpus.DocxRun.group;
import static org.jobspecs.intake.corpus.DocxRun.hidden;
import static org.jobspecs.intake.corpus.DocxRun.ins;
import static org.jobspecs.intake.corpus.DocxRun.italic;
import static org.jobspecs.intake.corpus.DocxRun.lineBreak;
import static org.jobspecs.intake.corpus.DocxRun.link;
import static org.jobspecs.intake.corpus.DocxRun.moveFrom;
import static org.jobspecs.intake.corpus.DocxRun.moveTo;
import static org.jobspecs.intake.corpus.DocxRun.nonBreakingHyphen;
import static org.jobspecs.intake.corpus.DocxRun.pageBreak;
import static org.jobspecs.intake.corpus.DocxRun.raw;
import static org.jobspecs.intake.corpus.DocxRun.simpleField;
import static org.jobspecs.intake.corpus.DocxRun.softHyphen;
import static org.jobspecs.intake.corpus.DocxRun.styled;
import static org.jobspecs.intake.corpus.DocxRun.tab;
import static org.jobspecs.intake.corpus.DocxRun.text;
import static org.jobspecs.intake.corpus.DocxRun.textBox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para.Kind;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.Removed;
import org.jobspecs.intake.Revision;
import org.jobspecs.intake.corpus.DocxBuilder;
import org.jobspecs.intake.corpus.DocxListKind;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline.Deleted;
import org.jobspecs.spec.Inline.Emphasis;
import org.jobspecs.spec.Inline.Inserted;
import org.jobspecs.spec.Inline.LineBreak;
import org.jobspecs.spec.Inline.Strong;
import org.jobspecs.spec.Inline.Text;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

/** The body of a .docx: headings, paragraphs, tables, emphasis, tracked changes, text boxes, line numbers. */
class DocxReaderTest {

    static final String PAT = "Pat Lee";
    static final String DAY = "2025-09-12";

    @Test
    void headingsComeFromStyleNamesBasedOnChainsAndOutlineLevels() {
        ImportDocument doc = read(new DocxBuilder()
                .style("AgencyHeading", "Agency Heading", "Heading2")
                .style("Kop4", "heading 4", "Normal")
                .title("Office Clerk II")
                .heading(1, "DEFINITION")
                .heading(3, "Working conditions")
                .styled("AgencyHeading", "Examples of work")
                .styled("Kop4", "Localised style id")
                .outline(5, "Outline level without a heading style")
                .outline(10, "Outline level 9 is body text")
                .paragraph("Performs routine clerical work."));
        assertEquals(List.of(Kind.HEADING, Kind.HEADING, Kind.HEADING, Kind.HEADING, Kind.HEADING, Kind.HEADING,
                Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(doc));
        assertEquals(List.of(1, 1, 3, 2, 4, 5, 0, 0), doc.paras().stream().map(Para::level).toList());
        assertEquals(List.of(new Text("Office Clerk II")), doc.paras().get(0).content());
    }

    @Test
    void formattingOverAWholeHeadingIsDroppedButPartialFormattingKept() {
        ImportDocument doc = read(new DocxBuilder()
                .heading(1, bold("DISTINGUISHING"), bold(" FEATURES"))
                .heading(2, text("Grade "), italic("II"))
                .paragraph(bold("Whole bold paragraph")));
        assertEquals(List.of(new Text("DISTINGUISHING FEATURES")), doc.paras().get(0).content());
        assertEquals(List.of(new Text("Grade "), new Emphasis(List.of(new Text("II")))), doc.paras().get(1).content());
        assertEquals(List.of(new Strong(List.of(new Text("Whole bold paragraph")))), doc.paras().get(2).content());
    }

    @Test
    void numberedItemsCountOneToNineAndContinueAfterAnInterruptionToTen() {
        DocxBuilder b = new DocxBuilder().heading(1, "EXAMPLES OF WORK");
        for (int i = 1; i <= 9; i++) {
            b.numbered("Task number " + i + ".");
        }
        b.paragraph("The list continues after this note.").numbered("Task number 10.");
        ImportDocument doc = read(b);
        assertEquals(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."), labels(doc));
        Para tenth = doc.paras().get(11);
        assertEquals(Kind.ITEM, tenth.kind());
        assertEquals(List.of(new Text("Task number 10.")), tenth.content());
        assertEquals(0, tenth.level());
        assertEquals(12, tenth.line());
    }

    @Test
    void nestedLevelsHaveTheirOwnFormatAndRestartUnderANewParent() {
        ImportDocument doc = read(new DocxBuilder()
                .numbered("Keeps records.")
                .numbered(1, "Enters data.")
                .numbered(2, "Checks totals.")
                .numbered(2, "Corrects errors.")
                .numbered(1, "Files forms.")
                .numbered("Answers enquiries.")
                .numbered(1, "By telephone."));
        assertEquals(List.of("1.", "a.", "i.", "ii.", "b.", "2.", "a."), labels(doc));
        assertEquals(List.of(0, 1, 2, 2, 1, 0, 1), doc.paras().stream().map(Para::level).toList());
    }

    @Test
    void otherListFormatsShowTheirLabels() {
        ImportDocument doc = read(new DocxBuilder()
                .lettered("First lettered.")
                .lettered("Second lettered.")
                .bulleted("A bullet.")
                .bulleted(1, "A sub-bullet.")
                .item(DocxListKind.DECIMAL_PARENS, 0, text("Parenthesised."))
                .item(DocxListKind.DECIMAL_PARENS, 1, text("Parenthesised letter."))
                .item(DocxListKind.UPPER_ROMAN, 0, text("Part one."))
                .item(DocxListKind.UPPER_ROMAN, 0, text("Part two."))
                .item(DocxListKind.OUTLINE, 0, text("Scope."))
                .item(DocxListKind.OUTLINE, 1, text("Included."))
                .item(DocxListKind.OUTLINE, 1, text("Excluded."))
                .item(DocxListKind.OUTLINE, 0, text("Duties."))
                .item(DocxListKind.OUTLINE, 1, text("Main duties.")));
        assertEquals(List.of("a.", "b.", "•", "•", "(1)", "(a)", "I.", "II.", "1.", "1.1.", "1.2.", "2.", "2.1."), labels(doc));
        assertEquals(1, doc.paras().get(3).level());
    }

    @Test
    void aRestartedListStartsAtItsOverrideAndANewListAtOne() {
        ImportDocument doc = read(new DocxBuilder()
                .numbered("Earlier page's last duty.")
                .restartList(DocxListKind.DECIMAL, 10)
                .numbered("Continued duty ten.")
                .numbered("Continued duty eleven.")
                .newList(DocxListKind.DECIMAL)
                .numbered("Fresh list."));
        assertEquals(List.of("1.", "10.", "11.", "1."), labels(doc));
    }

    @Test
    void aDeletedItemTakesNoNumberSoLaterItemsRenumber() {
        ImportDocument doc = read(new DocxBuilder()
                .numbered("Sorts mail.")
                .numbered("Answers the telephone.")
                .deletedNumbered("Operates the switchboard.", PAT, DAY)
                .numbered("Orders supplies."));
        assertEquals(List.of("1.", "2.", "", "3."), labels(doc));
        Para deleted = doc.paras().get(2);
        assertEquals(Kind.ITEM, deleted.kind());
        assertEquals(0, deleted.level());
        assertEquals(List.of(new Deleted(List.of(new Text("Operates the switchboard.")))), deleted.content());
        assertEquals(List.of(new Revision("deleted", PAT, DAY, "Operates the switchboard.")), doc.revisions());
    }

    @Test
    void anItemWhoseMarkAloneIsDeletedJoinsTheNextAndShowsItsNumber() {
        ImportDocument doc = read(new DocxBuilder()
                .numbered("Prepares reports")
                .numbered("and schedules, ").markDeleted(PAT, DAY)
                .numbered("as assigned.")
                .numbered("Maintains files."));
        assertEquals(List.of("1.", "2.", "2.", "3."), labels(doc));
    }

    @Test
    void instancesOfOneDefinitionShareCountersAndOverridesLegalAndNoRestartLevelsApply() {
        String lvl = "<w:lvl w:ilvl=\"%d\"><w:start w:val=\"1\"/>%s<w:numFmt w:val=\"%s\"/><w:lvlText w:val=\"%s\"/></w:lvl>";
        ImportDocument doc = read(new DocxBuilder()
                .rawNumbering("<w:abstractNum w:abstractNumId=\"50\">"
                                + lvl.formatted(0, "", "upperRoman", "%1.")
                                + lvl.formatted(1, "<w:isLgl/>", "lowerLetter", "%1.%2.")
                                + lvl.formatted(2, "<w:lvlRestart w:val=\"0\"/>", "lowerLetter", "(%3)")
                                + "</w:abstractNum>",
                        "<w:num w:numId=\"50\"><w:abstractNumId w:val=\"50\"/></w:num>"
                                + "<w:num w:numId=\"51\"><w:abstractNumId w:val=\"50\"/></w:num>"
                                + "<w:num w:numId=\"52\"><w:abstractNumId w:val=\"50\"/><w:lvlOverride w:ilvl=\"0\">"
                                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"5\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1)\"/>"
                                + "</w:lvl></w:lvlOverride></w:num>")
                .itemOf(50, 0, "Part one.")
                .itemOf(50, 1, "Section one.")
                .itemOf(50, 2, "Clause a.")
                .itemOf(51, 0, "Part two, another instance of the same list.")
                .itemOf(51, 1, "Section restarts under the new part.")
                .itemOf(51, 2, "Clause letters never restart.")
                .itemOf(52, 0, "Overridden level restarts at five.")
                .itemOf(52, 0, "And counts on."));
        assertEquals(List.of("I.", "1.1.", "(a)", "II.", "2.1.", "(b)", "5)", "6)"), labels(doc));
    }

    @Test
    void numberingByStyleCountsAndNumIdZeroSwitchesItOff() {
        ImportDocument doc = read(new DocxBuilder()
                .listStyle("DutyList", "Duty List", DocxListKind.LOWER_LETTER)
                .numbered("A direct list item.")
                .styled("DutyList", "Styled duty one.")
                .raw("<w:p><w:pPr><w:pStyle w:val=\"DutyList\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/>"
                        + "</w:numPr></w:pPr><w:r><w:t>Numbering switched off.</w:t></w:r></w:p>")
                .styled("DutyList", "Styled duty two.")
                .numbered("Direct item two."));
        assertEquals(List.of(Kind.ITEM, Kind.ITEM, Kind.PARAGRAPH, Kind.ITEM, Kind.ITEM), kinds(doc));
        assertEquals(List.of("1.", "a.", "b.", "2."), labels(doc));
    }

    @Test
    void tablesKeepRowsOfCellTextWithTheHeaderFirst() {
        ImportDocument doc = read(new DocxBuilder()
                .paragraph("Salary grades:")
                .table(new String[] {"Grade", "Minimum", "Maximum"},
                        new String[] {"5", "41,000", "52,000"},
                        new String[] {"6", "44,500", "Two\nlines"})
                .paragraph("After the table."));
        assertEquals(List.of(Kind.PARAGRAPH, Kind.TABLE, Kind.PARAGRAPH), kinds(doc));
        Para table = doc.paras().get(1);
        assertEquals(List.of(List.of("Grade", "Minimum", "Maximum"), List.of("5", "41,000", "52,000"),
                List.of("6", "44,500", "Two\nlines")), table.cells());
        assertEquals(List.of(1, 2, 3), doc.paras().stream().map(Para::line).toList());
    }

    @Test
    void mergedCellsDeletedRowsAndNestedTablesAreFlattened() {
        String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        ImportDocument doc = read(new DocxBuilder().raw("<w:tbl>"
                + "<w:tr>" + cell.formatted("Duty") + cell.formatted("Share") + cell.formatted("Note") + "</w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Spans two</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:tbl><w:tr>" + cell.formatted("Inner A") + cell.formatted("Inner B") + "</w:tr></w:tbl></w:tc></w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"Pat Lee\" w:date=\"2025-09-12T10:00:00Z\"/></w:trPr>"
                + "<w:tc><w:p><w:del w:id=\"2\" w:author=\"Pat Lee\" w:date=\"2025-09-12T10:00:00Z\"><w:r>"
                + "<w:delText>Old row</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
                + "<w:tr>" + cell.formatted("Typing") + "<w:tc><w:p><w:r><w:t>10</w:t></w:r>"
                + "<w:ins w:id=\"3\" w:author=\"Sam Roe\" w:date=\"2025-10-01T08:00:00Z\"><w:r><w:t>%</w:t></w:r></w:ins>"
                + "</w:p></w:tc>" + cell.formatted("-") + "</w:tr></w:tbl>"));
        assertEquals(List.of(List.of("Duty", "Share", "Note"), List.of("Spans two", "", "Inner A\nInner B"),
                List.of("Typing", "10%", "-")), doc.paras().get(0).cells());
        assertEquals(List.of(new Revision("deleted", PAT, DAY, "Old row"), new Revision("inserted", "Sam Roe", "2025-10-01", "%")),
                doc.revisions());
    }

    @Test
    void boldAndItalicRunsMergeIntoOnePhraseEach() {
        ImportDocument doc = read(new DocxBuilder().paragraph(
                text("Performs "), bold("routine "), bold("clerical"), text(" work with "), italic("minimal"), text(" "),
                italic("review"), text(". "), boldItalic("Note:"), text(" see "), styled("Strong", "grade"), text(" and "),
                styled("Emphasis", "step"), text(".")));
        assertEquals(List.of(new Text("Performs "), new Strong(List.of(new Text("routine clerical"))),
                new Text(" work with "), new Emphasis(List.of(new Text("minimal review"))), new Text(". "),
                new Strong(List.of(new Emphasis(List.of(new Text("Note:"))))), new Text(" see "),
                new Strong(List.of(new Text("grade"))), new Text(" and "), new Emphasis(List.of(new Text("step"))),
                new Text(".")), doc.paras().get(0).content());
    }

    @Test
    void trackedInsertionsAndDeletionsKeepTheirAuthorAndDate() {
        ImportDocument doc = read(new DocxBuilder().paragraph(
                text("Under "), ins("general", PAT, DAY), del("close", PAT, DAY), text(" supervision, performs "),
                ins(group(bold("varied"), text(" ")), "Sam Roe", "2025-10-01"), text("clerical work.")));
        assertEquals(List.of(new Text("Under "), new Inserted(List.of(new Text("general"))),
                new Deleted(List.of(new Text("close"))), new Text(" supervision, performs "),
                new Inserted(List.of(new Strong(List.of(new Text("varied"))), new Text(" "))), new Text("clerical work.")),
                doc.paras().get(0).content());
        assertEquals(List.of(new Revision("inserted", PAT, DAY, "general"), new Revision("deleted", PAT, DAY, "close"),
                new Revision("inserted", "Sam Roe", "2025-10-01", "varied")), doc.revisions());
    }

    @Test
    void adjacentChangesMergeOnlyWhenTheSamePersonMadeThemTheSameDay() {
        ImportDocument doc = read(new DocxBuilder().paragraph(
                ins("Plans ", PAT, DAY), ins("and assigns", PAT, DAY), ins(" work", "Sam Roe", DAY),
                text("; "), moveFrom("audits files", PAT, DAY), moveTo("reviews files", PAT, DAY)));
        assertEquals(List.of(new Inserted(List.of(new Text("Plans and assigns"))), new Inserted(List.of(new Text(" work"))),
                new Text("; "), new Deleted(List.of(new Text("audits files"))), new Inserted(List.of(new Text("reviews files")))),
                doc.paras().get(0).content());
        assertEquals(List.of(new Revision("inserted", PAT, DAY, "Plans and assigns"), new Revision("inserted", "Sam Roe", DAY, "work"),
                new Revision("deleted", PAT, DAY, "audits files"), new Revision("inserted", PAT, DAY, "reviews files")),
                doc.revisions());
    }

    @Test
    void formattingOnlyChangesAreNotTextChanges() {
        ImportDocument doc = read(new DocxBuilder().raw("<w:p><w:pPr><w:jc w:val=\"center\"/><w:pPrChange w:id=\"1\""
                + " w:author=\"Pat Lee\" w:date=\"2025-09-12T00:00:00Z\"><w:pPr/></w:pPrChange></w:pPr>"
                + "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\" w:author=\"Pat Lee\" w:date=\"2025-09-12T00:00:00Z\"><w:rPr/>"
                + "</w:rPrChange></w:rPr><w:t>Now bold</w:t></w:r><w:r><w:t xml:space=\"preserve\"> text.</w:t></w:r></w:p>"));
        assertEquals(List.of(new Strong(List.of(new Text("Now bold"))), new Text(" text.")), doc.paras().get(0).content());
        assertEquals(List.of(), doc.revisions());
    }

    @Test
    void tabsBreaksAndHyphensReadAsTheyShow() {
        ImportDocument doc = read(new DocxBuilder().paragraph(
                text("Grade"), tab(), text("5"), lineBreak(), text("Step 2"), pageBreak(), text(" co"), nonBreakingHyphen(),
                text("op"), softHyphen(), text("erative"), raw("<w:r><w:cr/><w:t>end</w:t></w:r>")));
        assertEquals(List.of(new Text("Grade 5"), new LineBreak(), new Text("Step 2 co-operative"), new LineBreak(),
                new Text("end")), doc.paras().get(0).content());
    }

    @Test
    void fieldsShowTheirResultAndLinksControlsAndTagsTheirText() {
        ImportDocument doc = read(new DocxBuilder().paragraph(
                text("Revised "), field("DATE \\@ \"MMMM yyyy\"", "September 2025"), text(", page "), simpleField("PAGE", "3"),
                text("; see "), link("the agency site", "https://example.org/jobs"), text(" for "),
                contentControl(text("Office Clerk")),
                raw("<w:smartTag w:uri=\"urn:example\" w:element=\"place\"><w:r><w:t xml:space=\"preserve\"> in Springfield</w:t>"
                        + "</w:r></w:smartTag><w:customXml w:element=\"unit\"><w:r><w:t>.</w:t></w:r></w:customXml>")));
        assertEquals(List.of(new Text("Revised September 2025, page 3; see the agency site for Office Clerk in Springfield.")),
                doc.paras().get(0).content());
    }

    @Test
    void aFieldNestedInAnotherFieldsCodeIsNotShownAndAFieldMaySpanParagraphs() {
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
        String separate = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        ImportDocument doc = read(new DocxBuilder()
                .paragraph(text("Level: "), raw(begin + "<w:r><w:instrText>IF </w:instrText></w:r>" + begin
                        + "<w:r><w:instrText>MERGEFIELD Grade</w:instrText></w:r>" + separate + "<w:r><w:t>5</w:t></w:r>" + end
                        + "<w:r><w:instrText xml:space=\"preserve\"> = 5 \"Senior\" \"Junior\"</w:instrText></w:r>" + separate
                        + "<w:r><w:t>Senior</w:t></w:r>" + end))
                .paragraph(raw(begin + "<w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r>" + separate
                        + "<w:r><w:t>Definition</w:t></w:r>"))
                .paragraph(raw("<w:r><w:t>Examples of work</w:t></w:r>" + end))
                .paragraph("After the contents."));
        assertEquals(List.of("Level: Senior", "Definition", "Examples of work", "After the contents."), texts(doc));
    }

    @Test
    void blockContentControlsAreRead() {
        ImportDocument doc = read(new DocxBuilder().raw("<w:sdt><w:sdtPr><w:id w:val=\"5\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>MINIMUM QUALIFICATIONS</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>").paragraph("Two years of office experience."));
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH), kinds(doc));
        assertEquals(List.of(1, 2), doc.paras().stream().map(Para::line).toList());
    }

    @Test
    void textBoxParagraphsFollowTheirParagraphOnceEach() {
        ImportDocument doc = read(new DocxBuilder()
                .paragraph(text("Duties include:"), textBox("Boxed note one.", "Boxed note two."))
                .paragraph("Next paragraph."));
        assertEquals(List.of("Duties include:", "Boxed note one.", "Boxed note two.", "Next paragraph."), texts(doc));
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(doc));
        assertEquals(List.of(1, 1, 1, 2), doc.paras().stream().map(Para::line).toList());
    }

    @Test
    void emptyParagraphsAreSkippedButKeepTheirPlaceInTheCount() {
        ImportDocument doc = read(new DocxBuilder()
                .paragraph("First.").paragraph("").paragraph("   ").paragraph(pageBreak()).paragraph("Last."));
        assertEquals(List.of("First.", "Last."), texts(doc));
        assertEquals(List.of(1, 5), doc.paras().stream().map(Para::line).toList());
        assertTrue(doc.paras().stream().allMatch(p -> p.page() == 0));
    }

    @Test
    void hiddenTextIsNotShownButAccountedFor() {
        ImportDocument doc = read(new DocxBuilder().paragraph(text("Performs filing."), hidden(" Internal code 12.")));
        assertEquals(List.of(new Text("Performs filing.")), doc.paras().get(0).content());
        assertEquals(List.of(new Removed("Internal code 12.", "hidden text", "paragraph 1")), doc.removed());
    }

    // --- helpers shared with the other .docx tests ---

    static ImportDocument read(DocxBuilder builder) {
        Problems problems = new Problems();
        ImportDocument doc = new DocxReader().read(builder.toBytes(), Location.file("spec.docx"), problems);
        assertEquals(List.of(), problems.sorted(), "problems");
        assertEquals("docx", doc.format());
        return doc;
    }

    static List<Kind> kinds(ImportDocument doc) {
        return doc.paras().stream().map(Para::kind).toList();
    }

    static List<String> labels(ImportDocument doc) {
        return doc.paras().stream().filter(p -> p.kind() == Kind.ITEM).map(Para::label).toList();
    }

    static List<String> texts(ImportDocument doc) {
        return doc.paras().stream().map(p -> plain(p.content())).toList();
    }

    static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                out.append(t.text());
            } else if (i instanceof Strong s) {
                out.append(plain(s.content()));
            } else if (i instanceof Emphasis e) {
                out.append(plain(e.content()));
            } else if (i instanceof Inserted n) {
                out.append(plain(n.content()));
            } else if (i instanceof Deleted d) {
                out.append(plain(d.content()));
            } else if (i instanceof Inline.Link l) {
                out.append(plain(l.content()));
            } else if (i instanceof LineBreak) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
