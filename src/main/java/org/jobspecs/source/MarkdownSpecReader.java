package org.jobspecs.source;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;

/**
 * Reads the Markdown body of a native source into sections. Level 1 and 2 headings start
 * sections, deeper ones are sub-headings. {@code ~~text~~} is a deletion and {@code [text](#)} an
 * insertion. Raw HTML is kept as text with a notice; an unsafe link is an error.
 */
final class MarkdownSpecReader {

    /** Thread-safe; built once because building a parser is not free. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final Location file;
    private final int lineOffset;
    private final Problems problems;
    private final String title;
    private final SectionAliases aliases;

    private MarkdownSpecReader(Location file, int firstLine, String title, SectionAliases aliases, Problems problems) {
        this.file = file;
        this.aliases = aliases;
        this.lineOffset = firstLine - 1;
        this.title = title;
        this.problems = problems;
    }

    /**
     * @param firstLine the file line the body starts on, so that reported lines are the file's
     * @param title     the title from the header, so that a level-1 heading repeating it is not a section
     * @param aliases   which canonical section a heading names
     */
    static List<Section> read(String body, int firstLine, String title, SectionAliases aliases, Location file,
                              Problems problems) {
        return new MarkdownSpecReader(file, firstLine, title, aliases, problems).sections(PARSER.parse(body));
    }

    private List<Section> sections(Node document) {
        List<Section> sections = new ArrayList<>();
        Heading current = null;
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() <= 2) {
                if (current != null) {
                    sections.add(section(current, blocks));
                } else if (!blocks.isEmpty()) {
                    problems.error(file.atLine(blocks.get(0).line()), "text before the first section heading",
                            "put it under a heading such as '## Definition'");
                }
                blocks = new ArrayList<>();
                current = h;
                if (h.getLevel() == 1 && title != null && plain(h).equalsIgnoreCase(title.strip())) {
                    current = null; // the title repeated as a level-1 heading: shown as the page title
                }
            } else {
                block(node, blocks);
            }
        }
        if (current != null) {
            sections.add(section(current, blocks));
        } else if (!blocks.isEmpty()) {
            problems.error(file.atLine(blocks.get(0).line()), "text before the first section heading",
                    "put it under a heading such as '## Definition'");
        }
        return sections;
    }

    private Section section(Heading heading, List<Block> blocks) {
        List<Inline> title = inlines(heading);
        return new Section(aliases.forHeading(plain(heading)).orElse(null), title, List.copyOf(blocks), line(heading));
    }

    private void block(Node node, List<Block> into) {
        int line = line(node);
        if (node instanceof Paragraph p) {
            into.add(new Block.Paragraph(inlines(p), line));
        } else if (node instanceof Heading h) {
            into.add(new Block.Subheading(inlines(h), line));
        } else if (node instanceof ListBlock list) {
            into.add(list(list));
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, into);
            }
        } else if (node instanceof HtmlBlock html) {
            rawHtml(html.getLiteral(), line);
            into.add(new Block.Paragraph(List.of(new Inline.Text(html.getLiteral().strip())), line));
        } else if (node instanceof FencedCodeBlock code) {
            into.add(new Block.Paragraph(List.of(new Inline.Text(code.getLiteral().strip())), line));
        } else if (node instanceof IndentedCodeBlock code) {
            into.add(new Block.Paragraph(List.of(new Inline.Text(code.getLiteral().strip())), line));
        } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            // a rule between sections carries no words; reference definitions are used by links
        } else {
            problems.notice(file.atLine(line), "unsupported Markdown element " + node.getClass().getSimpleName() + " shown as text",
                    "use paragraphs, lists and headings");
            into.add(new Block.Paragraph(inlines(node), line));
        }
    }

    private Block.ItemList list(ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<Block> blocks = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                block(child, blocks);
            }
            items.add(new Block.ListItem(List.copyOf(blocks), line(item)));
        }
        boolean ordered = list instanceof OrderedList;
        Integer start = ordered ? ((OrderedList) list).getMarkerStartNumber() : null;
        return new Block.ItemList(ordered, start != null && start > 1, List.copyOf(items), line(list));
    }

    private List<Inline> inlines(Node parent) {
        InlineBuilder out = new InlineBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, out);
        }
        return out.build();
    }

    private void inline(Node node, InlineBuilder out) {
        if (node instanceof Text t) {
            String text = t.getLiteral();
            if (text.contains("~~")) {
                problems.error(file.atLine(line(node)), "unbalanced deletion mark \"~~\" in \"" + excerpt(text) + "\"",
                        "close the deletion with a second ~~ on the same paragraph, or remove the mark");
            }
            if (text.contains("](#)")) {
                problems.error(file.atLine(line(node)), "unbalanced insertion mark \"](#)\" in \"" + excerpt(text) + "\"",
                        "open the insertion with [ before the inserted words, or remove the mark");
            }
            out.text(text);
        } else if (node instanceof SoftLineBreak) {
            out.text(" ");
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Deleted(inlines(node)));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node)));
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

    private void link(Link link, InlineBuilder out) {
        String href = link.getDestination();
        if (href.equals("#")) {
            out.add(new Inline.Inserted(inlines(link)));
        } else if (!Links.isSafe(href)) {
            problems.error(file.atLine(line(link)), "link to \"" + excerpt(href) + "\" uses an unsafe scheme",
                    "use an http, https, mailto or tel address, or a relative link");
            out.add(new Inline.Text(plain(link)));
        } else {
            out.add(new Inline.Link(href, inlines(link)));
        }
    }

    private void rawHtml(String html, int line) {
        problems.notice(file.atLine(line), "raw HTML \"" + excerpt(html.strip()) + "\" is shown as text, not as markup",
                "write the content in Markdown");
    }

    private int line(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? lineOffset + 1 : spans.get(0).getLineIndex() + 1 + lineOffset;
    }

    private static String plain(Node node) {
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

    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}
