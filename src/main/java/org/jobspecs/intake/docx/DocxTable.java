package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.intVal;
import static org.jobspecs.intake.docx.DocxXml.is;
import static org.jobspecs.intake.docx.DocxXml.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobspecs.intake.Para;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a {@code w:tbl} into rows of cell texts, the first row being the header. A cell's text
 * is what it shows once changes are accepted: its paragraphs (with their list labels, "1. …")
 * one per line, nested tables flattened into further lines. A cell spanning columns
 * ({@code w:gridSpan}) is followed by empty cells so that columns stay aligned; a row deleted
 * as a tracked change is left out. Uses the body reader for runs, lists and changes.
 */
final class DocxTable {

    private final DocxBody body;

    DocxTable(DocxBody body) {
        this.body = body;
    }

    /** The table as a piece at this line, or empty when no cell has text. */
    Optional<Para> read(Element tbl, int at, DocxFields fields) {
        List<List<String>> rows = new ArrayList<>();
        boolean anyText = false;
        for (Element tr : parts(tbl, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element tc : parts(tr, "tc")) {
                String text = cellText(tc, at, fields);
                anyText |= !text.isEmpty();
                cells.add(text);
                for (int span = intVal(child(tc, "tcPr"), "gridSpan", 1); span > 1; span--) {
                    cells.add("");
                }
            }
            if (path(tr, "trPr", "del") == null) {
                rows.add(cells);
            }
        }
        return anyText ? Optional.of(Para.table(rows, 0, at)) : Optional.empty();
    }

    private String cellText(Element tc, int at, DocxFields fields) {
        List<String> lines = new ArrayList<>();
        cellBlocks(tc, at, fields, lines);
        return String.join("\n", lines);
    }

    private void cellBlocks(Node container, int at, DocxFields fields, List<String> lines) {
        for (Element e : children(container)) {
            if (is(e, "p")) {
                cellParagraph(e, at, fields, lines);
            } else if (is(e, "tbl")) {
                for (Element tr : parts(e, "tr")) {
                    for (Element tc : parts(tr, "tc")) {
                        cellBlocks(tc, at, fields, lines);
                    }
                }
            } else if (is(e, "sdt")) {
                cellBlocks(child(e, "sdtContent"), at, fields, lines);
            } else if (is(e, "customXml")) {
                cellBlocks(e, at, fields, lines);
            }
        }
    }

    private void cellParagraph(Element p, int at, DocxFields fields, List<String> lines) {
        Element pPr = child(p, "pPr");
        DocxParagraph read = body.read(p, at, fields);
        DocxStyles.NumRef list = body.listOf(pPr, body.styles().paragraphStyle(pPr));
        String label = list == null ? "" : body.label(pPr, list, read);
        String text = read.finalText().replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
        if (!text.isEmpty()) {
            lines.add(label == null || label.isEmpty() ? text : label + " " + text);
        }
        for (Element box : read.textBoxes()) {
            cellBlocks(box, at, new DocxFields(), lines);
        }
    }

    /**
     * The rows of a table or cells of a row, also those wrapped in content controls or custom XML.
     */
    static List<Element> parts(Node container, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(container)) {
            if (is(e, localName)) {
                out.add(e);
            } else if (is(e, "sdt")) {
                out.addAll(parts(child(e, "sdtContent"), localName));
            } else if (is(e, "customXml")) {
                out.addAll(parts(e, localName));
            }
        }
        return out;
    }
}
