package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.W;
import static org.jobspecs.intake.docx.DocxXml.attr;
import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.is;
import static org.jobspecs.intake.docx.DocxXml.toggle;
import static org.jobspecs.intake.docx.DocxXml.val;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.intake.docx.DocxSegment.Change;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads what one paragraph ({@code w:p}) displays: its runs in order through tracked changes
 * ({@code w:ins}, {@code w:del}, {@code w:moveTo}, {@code w:moveFrom}), hyperlinks, simple and
 * complex fields (result only), smart tags, custom XML and content controls. Formatting-only
 * revisions ({@code w:rPrChange}, {@code w:pPrChange}) sit in property elements and are not read.
 * Holds the styles (for character styles); the field state is passed in per story.
 */
final class DocxRunReader {

    /** W elements holding properties or markers, never displayed text. */
    private static final java.util.Set<String> NOT_CONTENT = java.util.Set.of(
            "pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "fldData");

    private final DocxStyles styles;

    DocxRunReader(DocxStyles styles) {
        this.styles = styles;
    }

    /** One paragraph's content; {@code fields} carries complex fields across paragraphs. */
    DocxParagraph read(Element paragraph, DocxFields fields) {
        Reading reading = new Reading(fields);
        walk(paragraph, null, reading);
        return new DocxParagraph(reading.segments, reading.textBoxes, reading.hidden.toString().trim());
    }

    /** The state of reading one paragraph. */
    private static final class Reading {
        final DocxFields fields;
        final List<DocxSegment> segments = new ArrayList<>();
        final List<Element> textBoxes = new ArrayList<>();
        final StringBuilder hidden = new StringBuilder();

        Reading(DocxFields fields) {
            this.fields = fields;
        }
    }

    private void walk(Node parent, Change change, Reading reading) {
        for (Element e : children(parent)) {
            String ns = e.getNamespaceURI();
            String name = e.getLocalName();
            if (W.equals(ns)) {
                switch (name) {
                    case "r" -> run(e, change, reading);
                    case "ins", "moveTo" -> walk(e, change != null && change.deleted() ? change : Change.of(e, "inserted"), reading);
                    case "del", "moveFrom" -> walk(e, Change.of(e, "deleted"), reading);
                    default -> {
                        if (!NOT_CONTENT.contains(name)) {
                            walk(e, change, reading); // hyperlink, fldSimple, smartTag, customXml, sdt, sdtContent, bdo, dir
                        }
                    }
                }
            } else if (DocxXml.MATH.equals(ns) && name.equals("t")) {
                text(DocxXml.text(e), false, false, false, change, reading);
            } else if (DocxXml.MC.equals(ns) && name.equals("AlternateContent")) {
                walk(chosen(e), change, reading);
            } else {
                walk(e, change, reading);
            }
        }
    }

    private void run(Element r, Change change, Reading reading) {
        Element rPr = child(r, "rPr");
        String charStyle = val(rPr, "rStyle");
        boolean bold = decide(toggle(rPr, "b"), charStyle == null ? null : styles.bold(charStyle));
        boolean italic = decide(toggle(rPr, "i"), charStyle == null ? null : styles.italic(charStyle));
        boolean hidden = Boolean.TRUE.equals(toggle(rPr, "vanish"));
        for (Element c : children(r)) {
            if (!W.equals(c.getNamespaceURI())) {
                textBoxes(c, reading.textBoxes);
                continue;
            }
            switch (c.getLocalName()) {
                case "fldChar" -> reading.fields.mark(attr(c, "fldCharType"));
                case "t", "delText" -> text(DocxXml.text(c), false, bold, italic, change, reading, hidden);
                case "tab", "ptab" -> text(" ", false, bold, italic, change, reading, hidden);
                case "br" -> {
                    String type = attr(c, "type");
                    if (!type.equals("page") && !type.equals("column")) {
                        text("\n", true, bold, italic, change, reading, hidden);
                    }
                }
                case "cr" -> text("\n", true, bold, italic, change, reading, hidden);
                case "noBreakHyphen" -> text("-", false, bold, italic, change, reading, hidden);
                case "drawing", "pict", "object" -> textBoxes(c, reading.textBoxes);
                default -> { } // softHyphen shows nothing; instrText is field code; note and comment marks
            }
        }
    }

    private static void text(String text, boolean lineBreak, boolean bold, boolean italic, Change change, Reading reading) {
        text(text, lineBreak, bold, italic, change, reading, false);
    }

    private static void text(String text, boolean lineBreak, boolean bold, boolean italic, Change change,
                             Reading reading, boolean hidden) {
        if (text.isEmpty() || !reading.fields.showing()) {
            return;
        }
        if (hidden) {
            reading.hidden.append(lineBreak ? " " : text);
        } else {
            reading.segments.add(new DocxSegment(text, lineBreak, bold, italic, change));
        }
    }

    /** Collects the text box contents inside a run's drawing, once even when Word wrote two renditions. */
    static void textBoxes(Node node, List<Element> out) {
        if (is(node, "txbxContent")) {
            out.add((Element) node);
            return;
        }
        if (DocxXml.MC.equals(node.getNamespaceURI()) && "AlternateContent".equals(node.getLocalName())) {
            Element branch = chosen((Element) node);
            if (branch != null) {
                textBoxes(branch, out);
            }
            return;
        }
        for (Element c : children(node)) {
            textBoxes(c, out);
        }
    }

    /** The branch of an {@code mc:AlternateContent} to read: its first Choice, else its Fallback. */
    private static Element chosen(Element alternateContent) {
        Element fallback = null;
        for (Element branch : children(alternateContent)) {
            if (DocxXml.MC.equals(branch.getNamespaceURI()) && branch.getLocalName().equals("Choice")) {
                return branch;
            }
            if (DocxXml.MC.equals(branch.getNamespaceURI()) && branch.getLocalName().equals("Fallback")) {
                fallback = branch;
            }
        }
        return fallback;
    }

    /** Direct formatting wins over the character style; neither means off. */
    private static boolean decide(Boolean direct, Boolean fromStyle) {
        return direct != null ? direct : Boolean.TRUE.equals(fromStyle);
    }
}
