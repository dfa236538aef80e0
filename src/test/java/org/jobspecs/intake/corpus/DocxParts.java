package org.jobspecs.intake.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The parts of one .docx being written by {@link DocxBuilder}: the running ids, and what runs
 * add on the way (comments, footnotes, endnotes, hyperlink targets); then {@link #write} packages
 * the document, styles, numbering, headers and footers with POI's OPC package writer.
 */
final class DocxParts {

    /** The namespaces every part declares. */
    static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private int ids = 100;
    private final List<String> comments = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<String> endnotes = new ArrayList<>();
    private final Map<String, String> hyperlinks = new LinkedHashMap<>();

    /** A fresh id for a change, bookmark, drawing or content control. */
    int nextId() {
        return ids++;
    }

    /** {@code w:id}, {@code w:author} and {@code w:date} of a tracked change. */
    String changeAttributes(String author, String date) {
        return " w:id=\"" + nextId() + "\"" + authorDate(author, date);
    }

    String authorDate(String author, String date) {
        return " w:author=\"" + esc(author) + "\" w:date=\"" + esc(date.contains("T") ? date : date + "T09:00:00Z") + "\"";
    }

    /** Adds a comment, returning its id. */
    int comment(String text, String author) {
        int id = comments.size();
        comments.add("<w:comment w:id=\"" + id + "\"" + authorDate(author, "2025-01-01") + " w:initials=\"X\">"
                + "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/>"
                + "</w:rPr><w:annotationRef/></w:r>" + DocxRun.runXml(text, "", false) + "</w:p></w:comment>");
        return id;
    }

    /** Adds a footnote, returning its id (from 1; -1 and 0 are Word's separators). */
    int footnote(String text) {
        footnotes.add(text);
        return footnotes.size();
    }

    /** Adds an endnote, returning its id. */
    int endnote(String text) {
        endnotes.add(text);
        return endnotes.size();
    }

    /** The relationship id of an external hyperlink target. */
    String hyperlink(String url) {
        return hyperlinks.computeIfAbsent(url, u -> "rIdLink" + (hyperlinks.size() + 1));
    }

    /**
     * Packages everything as a .docx.
     *
     * @param body      the {@code w:body} content, section properties included
     * @param styles    the {@code w:styles} content
     * @param numbering the {@code w:numbering} content, or "" for no numbering part
     * @param headers   header part contents (paragraphs) by relationship id, likewise footers
     */
    byte[] write(String body, String styles, String numbering, Map<String, String> headers, Map<String, String> footers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OPCPackage pkg = OPCPackage.create(out)) {
            PackagePartName docName = PackagingURIHelper.createPartName("/word/document.xml");
            PackagePart doc = pkg.createPart(docName, XWPFRelation.DOCUMENT.getContentType());
            pkg.addRelationship(docName, TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT, "rId1");
            fill(doc, "<w:document" + NAMESPACES + "><w:body>" + body + "</w:body></w:document>");
            part(pkg, doc, "styles.xml", "rIdStyles", XWPFRelation.STYLES, "<w:styles" + NAMESPACES + ">" + styles + "</w:styles>");
            if (!numbering.isEmpty()) {
                part(pkg, doc, "numbering.xml", "rIdNumbering", XWPFRelation.NUMBERING,
                        "<w:numbering" + NAMESPACES + ">" + numbering + "</w:numbering>");
            }
            int n = 0;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                part(pkg, doc, "header" + ++n + ".xml", h.getKey(), XWPFRelation.HEADER, "<w:hdr" + NAMESPACES + ">" + h.getValue() + "</w:hdr>");
            }
            n = 0;
            for (Map.Entry<String, String> f : footers.entrySet()) {
                part(pkg, doc, "footer" + ++n + ".xml", f.getKey(), XWPFRelation.FOOTER, "<w:ftr" + NAMESPACES + ">" + f.getValue() + "</w:ftr>");
            }
            if (!comments.isEmpty()) {
                part(pkg, doc, "comments.xml", "rIdComments", XWPFRelation.COMMENT,
                        "<w:comments" + NAMESPACES + ">" + String.join("", comments) + "</w:comments>");
            }
            if (!footnotes.isEmpty()) {
                part(pkg, doc, "footnotes.xml", "rIdFootnotes", XWPFRelation.FOOTNOTE, notes("footnote", footnotes));
            }
            if (!endnotes.isEmpty()) {
                part(pkg, doc, "endnotes.xml", "rIdEndnotes", XWPFRelation.ENDNOTE, notes("endnote", endnotes));
            }
            hyperlinks.forEach((url, id) -> doc.addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation(), id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String notes(String kind, List<String> texts) {
        String ref = kind.equals("footnote") ? "Footnote" : "Endnote";
        StringBuilder xml = new StringBuilder("<w:" + kind + "s" + NAMESPACES + ">")
                .append("<w:").append(kind).append(" w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:")
                .append(kind).append('>')
                .append("<w:").append(kind).append(" w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>")
                .append("<w:continuationSeparator/></w:r></w:p></w:").append(kind).append('>');
        for (int i = 0; i < texts.size(); i++) {
            xml.append("<w:").append(kind).append(" w:id=\"").append(i + 1).append("\"><w:p><w:pPr><w:pStyle w:val=\"")
                    .append(ref).append("Text\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"").append(ref)
                    .append("Reference\"/></w:rPr><w:").append(kind).append("Ref/></w:r>")
                    .append(DocxRun.runXml(" " + texts.get(i), "", false)).append("</w:p></w:").append(kind).append('>');
        }
        return xml.append("</w:").append(kind).append("s>").toString();
    }

    private static void part(OPCPackage pkg, PackagePart doc, String file, String relId, POIXMLRelation relation, String xml)
            throws InvalidFormatException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/" + file);
        PackagePart part = pkg.createPart(name, relation.getContentType());
        doc.addRelationship(name, TargetMode.INTERNAL, relation.getRelation(), relId);
        fill(part, xml);
    }

    private static void fill(PackagePart part, String xml) {
        try (OutputStream os = part.getOutputStream()) {
            os.write((XML + xml).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for XML content and attribute values. */
    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
