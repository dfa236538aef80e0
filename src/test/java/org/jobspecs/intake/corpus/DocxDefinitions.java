package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxParts.esc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The style and list definitions of a document being built by {@link DocxBuilder}: Word's usual
 * styles (Normal, Title, Heading 1–9, List Paragraph, Strong, Emphasis, …) plus those the test
 * declares, and the lists — one {@code w:abstractNum} per list, one {@code w:num} per list
 * instance (a restart is a new instance with a {@code w:startOverride}).
 */
final class DocxDefinitions {

    private final List<String> styles = new ArrayList<>();
    /** Kind of each abstract list, by abstractNumId. */
    private final List<DocxListKind> abstracts = new ArrayList<>();
    /** Each instance (numId = index + 1): its abstractNumId and start override (0 = none). */
    private final List<int[]> nums = new ArrayList<>();
    /** The instance the next item of each kind goes into. */
    private final Map<DocxListKind, Integer> current = new EnumMap<>(DocxListKind.class);
    private final StringBuilder rawAbstracts = new StringBuilder();
    private final StringBuilder rawNums = new StringBuilder();

    /** Adds list definitions written by hand (ids of one's own choosing, say from 50, to stay clear of the builder's). */
    void rawNumbering(String abstractNums, String nums) {
        rawAbstracts.append(abstractNums);
        rawNums.append(nums);
    }

    /** The list instance for the next item of this kind, creating the kind's first list if needed. */
    int currentList(DocxListKind kind) {
        Integer numId = current.get(kind);
        return numId != null ? numId : newList(kind);
    }

    /** A new list of this kind (numbering from 1), which the following items of the kind use. */
    int newList(DocxListKind kind) {
        abstracts.add(kind);
        int numId = instance(abstracts.size() - 1, 0);
        current.put(kind, numId);
        return numId;
    }

    /** A new list of this kind that the builder's running lists do not use (for a numbering style). */
    int separateList(DocxListKind kind) {
        abstracts.add(kind);
        return instance(abstracts.size() - 1, 0);
    }

    /** A new instance of the kind's current list whose top level restarts at {@code start}. */
    int restartList(DocxListKind kind, int start) {
        int abstractId = nums.get(currentList(kind) - 1)[0];
        int numId = instance(abstractId, start);
        current.put(kind, numId);
        return numId;
    }

    private int instance(int abstractId, int startOverride) {
        nums.add(new int[] {abstractId, startOverride});
        return nums.size();
    }

    /** Declares a paragraph style; {@code basedOn} may be null; {@code pPr} is extra paragraph properties or "". */
    void style(String id, String name, String basedOn, String pPr) {
        styles.add("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + esc(id) + "\"><w:name w:val=\""
                + esc(name) + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + esc(basedOn) + "\"/>")
                + "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "</w:style>");
    }

    /** The styles part content. */
    String stylesXml() {
        StringBuilder xml = new StringBuilder("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\""
                + " w:hAnsi=\"Calibri\"/><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                + "<w:spacing w:after=\"160\"/></w:pPr></w:pPrDefault></w:docDefaults>")
                .append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>")
                .append(builtIn("Title", "Title", "<w:contextualSpacing/>", "<w:sz w:val=\"56\"/>"));
        for (int level = 1; level <= 9; level++) {
            xml.append(builtIn("Heading" + level, "heading " + level,
                    "<w:keepNext/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>", "<w:b/>"));
        }
        xml.append(builtIn("ListParagraph", "List Paragraph", "<w:ind w:left=\"720\"/>", ""))
                .append(builtIn("Header", "header", "", "")).append(builtIn("Footer", "footer", "", ""))
                .append(builtIn("FootnoteText", "footnote text", "", "<w:sz w:val=\"20\"/>"))
                .append(builtIn("EndnoteText", "endnote text", "", "<w:sz w:val=\"20\"/>"))
                .append(builtIn("CommentText", "annotation text", "", ""))
                .append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                        + "<w:name w:val=\"Default Paragraph Font\"/></w:style>")
                .append(character("Strong", "Strong", "<w:b/>")).append(character("Emphasis", "Emphasis", "<w:i/>"))
                .append(character("Hyperlink", "Hyperlink", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"))
                .append(character("FootnoteReference", "footnote reference", "<w:vertAlign w:val=\"superscript\"/>"))
                .append(character("EndnoteReference", "endnote reference", "<w:vertAlign w:val=\"superscript\"/>"))
                .append(character("CommentReference", "annotation reference", "<w:sz w:val=\"16\"/>"))
                .append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style>");
        styles.forEach(xml::append);
        return xml.toString();
    }

    /** The numbering part content, or "" when no list was used. */
    String numberingXml() {
        if (nums.isEmpty() && rawNums.length() == 0) {
            return "";
        }
        StringBuilder xml = new StringBuilder(rawAbstracts);
        for (int i = 0; i < abstracts.size(); i++) {
            xml.append(abstracts.get(i).abstractNumXml(i));
        }
        for (int i = 0; i < nums.size(); i++) {
            int[] num = nums.get(i);
            xml.append("<w:num w:numId=\"").append(i + 1).append("\"><w:abstractNumId w:val=\"").append(num[0]).append("\"/>");
            if (num[1] > 0) {
                xml.append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"").append(num[1]).append("\"/></w:lvlOverride>");
            }
            xml.append("</w:num>");
        }
        return xml.append(rawNums).toString();
    }

    private static String builtIn(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
                + "</w:style>";
    }

    private static String character(String id, String name, String rPr) {
        return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>" + rPr + "</w:rPr></w:style>";
    }
}
