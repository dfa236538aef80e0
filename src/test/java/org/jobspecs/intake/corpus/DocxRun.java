package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxParts.esc;

import java.util.List;

/**
 * One piece of paragraph content for {@link DocxBuilder}: text with formatting, a tracked change,
 * a field, a link, a note or comment, a text box. Build them with the static methods here
 * ({@code import static org.jobspecs.intake.corpus.DocxRun.*}) and pass them to
 * {@code paragraph(...)}, {@code heading(...)}, {@code numbered(...)} and the like. In text, "\n"
 * becomes a line break ({@code w:br}) and "\t" a tab. Dates are written "yyyy-MM-dd".
 */
public final class DocxRun {

    /** Writes the run's WordprocessingML; {@code deleted} when inside a tracked deletion. */
    interface Writer {
        void write(StringBuilder out, DocxParts parts, boolean deleted);
    }

    private final Writer writer;

    private DocxRun(Writer writer) {
        this.writer = writer;
    }

    void write(StringBuilder out, DocxParts parts, boolean deleted) {
        writer.write(out, parts, deleted);
    }

    /** Plain text. */
    public static DocxRun text(String text) {
        return formatted(text, "");
    }

    /** Bold text (direct formatting {@code w:b}). */
    public static DocxRun bold(String text) {
        return formatted(text, "<w:b/>");
    }

    /** Italic text (direct formatting {@code w:i}). */
    public static DocxRun italic(String text) {
        return formatted(text, "<w:i/>");
    }

    /** Bold italic text. */
    public static DocxRun boldItalic(String text) {
        return formatted(text, "<w:b/><w:i/>");
    }

    /** Text in a character style, e.g. "Strong" or "Emphasis" (both defined by the builder). */
    public static DocxRun styled(String charStyleId, String text) {
        return formatted(text, "<w:rStyle w:val=\"" + esc(charStyleId) + "\"/>");
    }

    /** Text formatted as hidden ({@code w:vanish}): in the file, not shown by Word. */
    public static DocxRun hidden(String text) {
        return formatted(text, "<w:vanish/>");
    }

    /** Several runs as one, e.g. to put mixed formatting inside one tracked change. */
    public static DocxRun group(DocxRun... runs) {
        List<DocxRun> all = List.of(runs);
        return new DocxRun((out, parts, deleted) -> all.forEach(r -> r.write(out, parts, deleted)));
    }

    /** Text inserted as a tracked change ({@code w:ins}). */
    public static DocxRun ins(String text, String author, String date) {
        return ins(text(text), author, date);
    }

    /** Runs inserted as a tracked change. */
    public static DocxRun ins(DocxRun run, String author, String date) {
        return change("ins", run, author, date);
    }

    /** Text deleted as a tracked change ({@code w:del}, the text in {@code w:delText}). */
    public static DocxRun del(String text, String author, String date) {
        return del(text(text), author, date);
    }

    /** Runs deleted as a tracked change. */
    public static DocxRun del(DocxRun run, String author, String date) {
        return change("del", run, author, date);
    }

    /** Text moved away from here ({@code w:moveFrom}; reads as deleted). */
    public static DocxRun moveFrom(String text, String author, String date) {
        return move("moveFrom", text, author, date);
    }

    /** Text moved to here ({@code w:moveTo}; reads as inserted). */
    public static DocxRun moveTo(String text, String author, String date) {
        return move("moveTo", text, author, date);
    }

    /** A tab character. */
    public static DocxRun tab() {
        return raw("<w:r><w:tab/></w:r>");
    }

    /** A line break ({@code w:br}). */
    public static DocxRun lineBreak() {
        return raw("<w:r><w:br/></w:r>");
    }

    /** A page break ({@code w:br w:type="page"}). */
    public static DocxRun pageBreak() {
        return raw("<w:r><w:br w:type=\"page\"/></w:r>");
    }

    /** A non-breaking hyphen ({@code w:noBreakHyphen}). */
    public static DocxRun nonBreakingHyphen() {
        return raw("<w:r><w:noBreakHyphen/></w:r>");
    }

    /** An optional hyphen ({@code w:softHyphen}), shown only at a line end. */
    public static DocxRun softHyphen() {
        return raw("<w:r><w:softHyphen/></w:r>");
    }

    /** A hyperlink to an external address, with its text in the Hyperlink character style. */
    public static DocxRun link(String text, String url) {
        return new DocxRun((out, parts, deleted) -> out.append("<w:hyperlink r:id=\"").append(parts.hyperlink(url))
                .append("\" w:history=\"1\">").append(runXml(text, "<w:rStyle w:val=\"Hyperlink\"/>", deleted))
                .append("</w:hyperlink>"));
    }

    /** A complex field ({@code w:fldChar}) with its code and the result Word last displayed. */
    public static DocxRun field(String instruction, String result) {
        return new DocxRun((out, parts, deleted) -> out
                .append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> ").append(esc(instruction)).append(" </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .append(runXml(result, "", deleted))
                .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));
    }

    /** A simple field ({@code w:fldSimple}) with its result. */
    public static DocxRun simpleField(String instruction, String result) {
        return new DocxRun((out, parts, deleted) -> out.append("<w:fldSimple w:instr=\" ").append(esc(instruction))
                .append(" \">").append(runXml(result, "", deleted)).append("</w:fldSimple>"));
    }

    /** A footnote reference here; the note itself (one paragraph of text) goes to the footnotes part. */
    public static DocxRun footnote(String noteText) {
        return new DocxRun((out, parts, deleted) -> out.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>")
                .append("<w:footnoteReference w:id=\"").append(parts.footnote(noteText)).append("\"/></w:r>"));
    }

    /** An endnote reference here; the note goes to the endnotes part. */
    public static DocxRun endnote(String noteText) {
        return new DocxRun((out, parts, deleted) -> out.append("<w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>")
                .append("<w:endnoteReference w:id=\"").append(parts.endnote(noteText)).append("\"/></w:r>"));
    }

    /** A review comment on the anchored runs; the comment's text goes to the comments part. */
    public static DocxRun comment(DocxRun anchored, String commentText, String author) {
        return new DocxRun((out, parts, deleted) -> {
            int id = parts.comment(commentText, author);
            out.append("<w:commentRangeStart w:id=\"").append(id).append("\"/>");
            anchored.write(out, parts, deleted);
            out.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/>")
                    .append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"")
                    .append(id).append("\"/></w:r>");
        });
    }

    /**
     * A floating text box holding these paragraphs, written as Word does: a DrawingML shape with a
     * VML fallback, so the same text is in the file twice.
     */
    public static DocxRun textBox(String... paragraphs) {
        return new DocxRun((out, parts, deleted) -> out.append(DocxBodyXml.textBox(parts.nextId(), paragraphs)));
    }

    /** Runs inside a content control ({@code w:sdt}). */
    public static DocxRun contentControl(DocxRun run) {
        return new DocxRun((out, parts, deleted) -> {
            out.append("<w:sdt><w:sdtPr><w:alias w:val=\"Field\"/><w:id w:val=\"").append(parts.nextId())
                    .append("\"/></w:sdtPr><w:sdtContent>");
            run.write(out, parts, deleted);
            out.append("</w:sdtContent></w:sdt>");
        });
    }

    /** WordprocessingML written as given, for markup the other methods do not cover. */
    public static DocxRun raw(String xml) {
        return new DocxRun((out, parts, deleted) -> out.append(xml));
    }

    private static DocxRun formatted(String text, String rPr) {
        return new DocxRun((out, parts, deleted) -> out.append(runXml(text, rPr, deleted)));
    }

    private static DocxRun change(String element, DocxRun run, String author, String date) {
        return new DocxRun((out, parts, deleted) -> {
            out.append('<').append("w:").append(element).append(parts.changeAttributes(author, date)).append('>');
            run.write(out, parts, deleted || element.equals("del"));
            out.append("</w:").append(element).append('>');
        });
    }

    private static DocxRun move(String element, String text, String author, String date) {
        return new DocxRun((out, parts, deleted) -> {
            int id = parts.nextId();
            String name = "move" + id;
            out.append("<w:").append(element).append("RangeStart w:id=\"").append(id).append("\" w:name=\"").append(name)
                    .append('"').append(parts.authorDate(author, date)).append("/>");
            out.append("<w:").append(element).append(parts.changeAttributes(author, date)).append('>')
                    .append(runXml(text, "", element.equals("moveFrom"))).append("</w:").append(element).append('>');
            out.append("<w:").append(element).append("RangeEnd w:id=\"").append(id).append("\"/>");
        });
    }

    /** One run: "\n" becomes {@code w:br}, "\t" {@code w:tab}; deleted text goes in {@code w:delText}. */
    static String runXml(String text, String rPr, boolean deleted) {
        StringBuilder out = new StringBuilder("<w:r>");
        if (!rPr.isEmpty()) {
            out.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        String tag = deleted ? "w:delText" : "w:t";
        StringBuilder chunk = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\t') {
                flush(out, tag, chunk);
                out.append(c == '\n' ? "<w:br/>" : "<w:tab/>");
            } else {
                chunk.append(c);
            }
        }
        flush(out, tag, chunk);
        return out.append("</w:r>").toString();
    }

    private static void flush(StringBuilder out, String tag, StringBuilder chunk) {
        if (chunk.length() > 0) {
            out.append('<').append(tag).append(" xml:space=\"preserve\">").append(esc(chunk.toString()))
                    .append("</").append(tag).append('>');
            chunk.setLength(0);
        }
    }
}
