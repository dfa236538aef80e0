package org.jobspecs.source;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline;

/**
 * Turns the inline content of a Markdown node (a paragraph, heading, list item or table cell) into
 * {@link Inline}s. {@code ~~text~~} is a deletion and {@code [text](#)} an insertion; an unbalanced
 * mark and an unsafe link are errors, raw HTML and images are kept as text with a notice.
 */
final class MarkdownInlines {

    private final Location file;
    private final int lineOffset;
    private final Problems problems;

    /** @param lineOffset the number of file lines before the Markdown body */
    MarkdownInlines(Location file, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** The inlines of a node's children. */
    List<Inline> of(Node parent) {
        InlineBuilder out = new InlineBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, out);
        }
        return out.build();
    }

    private void inline(Node node, InlineBuilder out) {
        if (node instanceof Text t) {
            text(t, out);
        } else if (node instanceof SoftLineBreak) {
            out.text(" ");
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Deleted(of(node)));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(of(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(of(node)));
        } else if (node instanceof Code code) {
            out.text(code.getLiteral());
        } else if (node instanceof Link link) {
            link(link, out);
        } else if (node instanceof Image image) {
            problems.notice(file.atLine(line(node)), "image \"" + image.getDestination() + "\" shown as its description",
                    "specs carry text only; describe the content in words");
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, out);
            }
        } else if (node instanceof HtmlInline html) {
            rawHtml(html.getLiteral(), line(node));
            out.text(html.getLiteral());
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, out);
            }
        }
    }

    private void text(Text t, InlineBuilder out) {
        String text = t.getLiteral();
        if (text.contains("~~")) {
            problems.error(file.atLine(line(t)), "unbalanced deletion mark \"~~\" in \"" + MarkdownSpecReader.excerpt(text) + "\"",
                    "close the deletion with a second ~~ on the same paragraph, or remove the mark");
        }
        if (text.contains("](#)")) {
            problems.error(file.atLine(line(t)), "unbalanced insertion mark \"](#)\" in \"" + MarkdownSpecReader.excerpt(text) + "\"",
                    "open the insertion with [ before the inserted words, or remove the mark");
        }
        out.text(text);
    }

    private void link(Link link, InlineBuilder out) {
        String href = link.getDestination();
        if (href.equals("#")) {
            out.add(new Inline.Inserted(of(link)));
        } else if (!Links.isSafe(href)) {
            problems.error(file.atLine(line(link)), "link to \"" + MarkdownSpecReader.excerpt(href) + "\" uses an unsafe scheme",
                    "use an http, https, mailto or tel address, or a relative link");
            out.add(new Inline.Text(plain(link)));
        } else {
            out.add(new Inline.Link(href, of(link)));
        }
    }

    /** Reports raw HTML, which is shown as text. */
    void rawHtml(String html, int line) {
        problems.notice(file.atLine(line), "raw HTML \"" + MarkdownSpecReader.excerpt(html.strip()) + "\" is shown as text, not as markup",
                "write the content in Markdown");
    }

    /** The file line a node starts on. */
    int line(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? lineOffset + 1 : spans.get(0).getLineIndex() + 1 + lineOffset;
    }

    /** A node's current words: its text without deleted words, e.g. a heading's name. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString().strip();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append(' ');
            } else if (child instanceof Strikethrough) {
                // a deleted word is not part of the heading's current name
            } else {
                collect(child, sb);
            }
        }
    }
}
