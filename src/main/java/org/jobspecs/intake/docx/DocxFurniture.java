package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.is;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.jobspecs.intake.Removed;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a Word document holds besides its text: running headers and footers (page furniture,
 * one entry per distinct paragraph however many header parts repeat it) and comments (review
 * notes, one entry per paragraph). All are accounted for as {@link Removed}, by the text they
 * show once changes are accepted. Holds the run reader it reads paragraphs with.
 */
final class DocxFurniture {

    private final DocxRunReader runs;

    DocxFurniture(DocxStyles styles) {
        this.runs = new DocxRunReader(styles);
    }

    /** Headers, then footers, then comments. */
    List<Removed> read(XWPFDocument doc) {
        Set<Removed> furniture = new LinkedHashSet<>();
        for (XWPFHeader header : doc.getHeaderList()) {
            texts(header._getHdrFtr().getDomNode())
                    .forEach(t -> furniture.add(new Removed(t, "page header", "header part")));
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            texts(footer._getHdrFtr().getDomNode())
                    .forEach(t -> furniture.add(new Removed(t, "page footer", "footer part")));
        }
        List<Removed> out = new ArrayList<>(furniture);
        XWPFComment[] comments = doc.getComments();
        if (comments != null) {
            for (XWPFComment comment : comments) {
                texts(comment.getCtComment().getDomNode())
                        .forEach(t -> out.add(new Removed(t, "comment", "comments part")));
            }
        }
        return out;
    }

    /** The non-empty paragraph texts of a story, through tables, content controls and text boxes. */
    private List<String> texts(Node story) {
        List<String> out = new ArrayList<>();
        collect(story, out);
        return out;
    }

    private void collect(Node container, List<String> out) {
        for (Element e : children(container)) {
            if (is(e, "p")) {
                DocxParagraph read = runs.read(e, new DocxFields());
                String text = read.finalText().replaceAll("\\s+", " ").trim();
                if (!text.isEmpty()) {
                    out.add(text);
                }
                read.textBoxes().forEach(box -> collect(box, out));
            } else if (is(e, "tbl") || is(e, "tr") || is(e, "tc") || is(e, "customXml")) {
                collect(e, out);
            } else if (is(e, "sdt")) {
                collect(child(e, "sdtContent"), out);
            }
        }
    }
}
