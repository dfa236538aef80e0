package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxParts.esc;

import java.util.Collection;
import java.util.List;

/**
 * Writes the body markup {@link DocxBuilder} collects: paragraphs with their properties (style,
 * list numbering, outline level, a tracked paragraph mark), tables and the section properties
 * that point at the header and footer parts.
 */
final class DocxBodyXml {

    /** The header/footer types in the order the builder's calls create them. */
    private static final List<String> TYPES = List.of("default", "first", "even");

    private DocxBodyXml() { }

    /** A paragraph waiting to be written: its properties and runs. */
    static final class Paragraph {
        final String style;
        final int numId;
        final int ilvl;
        final String pPr;
        final DocxRun[] runs;
        String markChange = "";
        String markAuthor = "";
        String markDate = "";

        /**
         * @param style the paragraph style id, or null for Normal
         * @param numId the list instance, or 0
         * @param pPr   further paragraph properties, or ""
         */
        Paragraph(String style, int numId, int ilvl, String pPr, DocxRun[] runs) {
            this.style = style;
            this.numId = numId;
            this.ilvl = ilvl;
            this.pPr = pPr;
            this.runs = runs;
        }
    }

    static void paragraph(StringBuilder out, Paragraph p, DocxParts parts) {
        out.append("<w:p><w:pPr>");
        if (p.style != null) {
            out.append("<w:pStyle w:val=\"").append(esc(p.style)).append("\"/>");
        }
        if (p.numId > 0) {
            out.append("<w:numPr><w:ilvl w:val=\"").append(p.ilvl).append("\"/><w:numId w:val=\"").append(p.numId)
                    .append("\"/></w:numPr>");
        }
        out.append(p.pPr);
        if (!p.markChange.isEmpty()) {
            out.append("<w:rPr><w:").append(p.markChange).append(parts.changeAttributes(p.markAuthor, p.markDate))
                    .append("/></w:rPr>");
        }
        out.append("</w:pPr>");
        for (DocxRun run : p.runs) {
            run.write(out, parts, false);
        }
        out.append("</w:p>");
    }

    /** A table with a bold header row; "\n" in a cell separates its paragraphs. */
    static String table(String[]... rows) {
        StringBuilder xml = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\""
                + " w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        int columns = rows.length == 0 ? 0 : rows[0].length;
        xml.append("<w:gridCol w:w=\"2400\"/>".repeat(columns)).append("</w:tblGrid>");
        for (int r = 0; r < rows.length; r++) {
            xml.append("<w:tr>").append(r == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
            for (String cell : rows[r]) {
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"2400\" w:type=\"dxa\"/></w:tcPr>");
                for (String line : cell.split("\n", -1)) {
                    xml.append("<w:p>").append(line.isEmpty() ? "" : DocxRun.runXml(line, r == 0 ? "<w:b/>" : "", false))
                            .append("</w:p>");
                }
                xml.append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        return xml.append("</w:tbl>").toString();
    }

    /** A run holding a floating text box: a DrawingML shape with a VML fallback, as Word writes it. */
    static String textBox(int shapeId, String... paragraphs) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        for (String p : paragraphs) {
            content.append("<w:p>").append(DocxRun.runXml(p, "", false)).append("</w:p>");
        }
        content.append("</w:txbxContent>");
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\""
                + " distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\""
                + " layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2000000\" cy=\"600000\"/><wp:wrapSquare wrapText=\"bothSides\"/>"
                + "<wp:docPr id=\"" + shapeId + "\" name=\"Text Box " + shapeId + "\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx>" + content
                + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict><v:shape type=\"#_x0000_t202\" style=\"width:157pt;height:47pt\">"
                + "<v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    /** Letter-size section properties referring to the header and footer parts by relationship id. */
    static String sectPr(Collection<String> headerIds, Collection<String> footerIds) {
        StringBuilder xml = new StringBuilder("<w:sectPr>");
        references(xml, "header", headerIds);
        references(xml, "footer", footerIds);
        xml.append("<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\""
                + " w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>");
        if (headerIds.size() > 1 || footerIds.size() > 1) {
            xml.append("<w:titlePg/>");
        }
        return xml.append("</w:sectPr>").toString();
    }

    private static void references(StringBuilder xml, String kind, Collection<String> ids) {
        int i = 0;
        for (String id : ids) {
            xml.append("<w:").append(kind).append("Reference w:type=\"").append(TYPES.get(Math.min(i++, 2)))
                    .append("\" r:id=\"").append(id).append("\"/>");
        }
    }
}
