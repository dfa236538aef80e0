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

    /**
     * The cell of a caption row, a first row of one cell over a grid of several columns
     * ("People Management:" over its columns), or null.
     */
    static Element caption(Element tbl) {
        List<Element> rows = parts(tbl, "tr");
        if (rows.size() < 2 || parts(rows.get(0), "tc").size() != 1) {
            return null;
        }
        return rows.subList(1, rows.size()).stream().anyMatch(tr -> parts(tr, "tc").size() > 1) ? parts(rows.get(0), "tc").get(0) : null;
    }

    /** The table as a piece at this line, or empty when no cell has text; {@code from} the first row to read. */
    Optional<Para> read(Element tbl, int at, DocxFields fields, int from) {
        List<List<String>> rows = new ArrayList<>();
        boolean anyText = false;
        List<Element> trs = parts(tbl, "tr");
        for (Element tr : trs.subList(Math.min(from, trs.size()), trs.size())) {
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
     * Whether a table lays the page out rather than holding a grid of data: a single cell, or at most
     * two columns where a cell holds a document's worth of structure — a list, three paragraphs or
     * more, a paragraph of over 40 words — or every row starts with a label ending in ":". Agencies'
     * forms put whole specs in such tables.
     */
    static boolean isLayout(Element tbl) {
        int columns = 0;
        int cellCount = 0;
        boolean structured = false;
        boolean labelled = true;
        for (Element tr : parts(tbl, "tr")) {
            List<Element> cells = parts(tr, "tc");
            columns = Math.max(columns, cells.size());
            cellCount += cells.size();
            labelled &= cells.size() == 1 || !cells.isEmpty() && allText(cells.get(0)).strip().endsWith(":");
            for (Element tc : cells) {
                List<Element> ps = paragraphs(tc);
                structured |= ps.size() >= 3 || ps.stream().anyMatch(p -> path(p, "pPr", "numPr") != null
                        || allText(p).strip().split("\\s+").length > 40);
            }
        }
        // a lone cell is a banner ("KEY RESPONSIBILITIES"); labels ending in ":" beside their text are a form's rows
        return cellCount == 1 || columns == 1 || columns == 2 && (structured || labelled);
    }

    /**
     * The cells of a layout table in the order a reader takes them: row by row; but column by
     * column when the first row is a row of short labels over columns of text ("Knowledge of" |
     * "Ability to" over their lists).
     */
    static List<Element> cellsInReadingOrder(Element tbl) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element tr : parts(tbl, "tr")) {
            rows.add(parts(tr, "tc"));
        }
        boolean labelRow = rows.size() >= 2 && rows.get(0).size() == 2
                && rows.get(0).stream().allMatch(tc -> allText(tc).strip().split("\\s+").length <= 6)
                && rows.stream().allMatch(r -> r.size() == 2);
        List<Element> order = new ArrayList<>();
        if (labelRow) {
            for (int c = 0; c < 2; c++) {
                for (List<Element> row : rows) {
                    order.add(row.get(c));
                }
            }
        } else {
            rows.forEach(order::addAll);
        }
        return order;
    }

    /** All the text under an element (every run's, deleted text included): enough to judge a cell's size. */
    private static String allText(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                out.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.append(allText(c)).append(' ');
            }
        }
        return out.toString();
    }

    /** The paragraphs of a cell, nested tables and content controls included. */
    private static List<Element> paragraphs(Node container) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(container)) {
            if (is(e, "p")) {
                out.add(e);
            } else if (is(e, "tbl") || is(e, "tr") || is(e, "tc") || is(e, "sdt") || is(e, "sdtContent") || is(e, "customXml")) {
                out.addAll(paragraphs(e));
            }
        }
        return out;
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
