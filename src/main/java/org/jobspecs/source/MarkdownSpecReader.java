package org.jobspecs.source;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
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
 * sections, deeper ones are sub-headings. Paragraphs, lists and GFM pipe tables (the first row is
 * the header row) become blocks; their inline text is read by {@link MarkdownInlines}, where
 * {@code ~~text~~} is a deletion and {@code [text](#)} an insertion. A heading "Unplaced" (where
 * {@code jobspecs import} puts text it could not place) is an error: such a source is not finished.
 */
final class MarkdownSpecReader {

    /**
     * Thread-safe; built once because building a parser is not free. Its inline parser makes blocks
     * without inline markup directly ({@link PlainInlineParser}, issue 15).
     */
    private static final Parser PARSER = stockParser().inlineParserFactory(PlainInlineParser.FACTORY).build();

    /** The parser's settings with commonmark's own inline parser (the oracle of {@link PlainInlineParser}'s tests). */
    static Parser.Builder stockParser() {
        return Parser.builder()
                .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build(), TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    private final Location file;
    private final Problems problems;
    private final String title;
    private final HeadingNames headings;
    private final MarkdownInlines inlines;

    private MarkdownSpecReader(Location file, int firstLine, String title, HeadingNames headings, Problems problems) {
        this.file = file;
        this.headings = headings;
        this.title = title;
        this.problems = problems;
        this.inlines = new MarkdownInlines(file, firstLine - 1, problems);
    }

    /**
     * @param firstLine the file line the body starts on, so that reported lines are the file's
     * @param title     the title from the header, so that a level-1 heading repeating it is not a section
     * @param aliases   which canonical section a heading names
     */
    static List<Section> read(String body, int firstLine, String title, SectionAliases aliases, Location file,
                              Problems problems) {
        return read(body, firstLine, title, new HeadingNames(aliases), file, problems);
    }

    /** As above, with what headings name remembered across the sources of one reader. */
    static List<Section> read(String body, int firstLine, String title, HeadingNames headings, Location file,
                              Problems problems) {
        return new MarkdownSpecReader(file, firstLine, title, headings, problems).sections(PARSER.parse(body));
    }

    private List<Section> sections(Node document) {
        List<Section> sections = new ArrayList<>();
        Heading current = null;
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && headings.isUnplaced(MarkdownInlines.plain(h))) {
                problems.error(file.atLine(line(h)), "imported text under \"" + SectionAliases.UNPLACED + "\" has not been placed yet",
                        "move each paragraph under the section where it belongs (or delete it), then remove the \""
                                + SectionAliases.UNPLACED + "\" heading");
            }
            if (node instanceof Heading h && h.getLevel() <= 2) {
                if (current != null) {
                    sections.add(section(current, blocks));
                } else if (!blocks.isEmpty()) {
                    problems.error(file.atLine(blocks.get(0).line()), "text before the first section heading",
                            "put it under a heading such as '## Definition'");
                }
                blocks = new ArrayList<>();
                current = h;
                if (h.getLevel() == 1 && title != null && MarkdownInlines.plain(h).equalsIgnoreCase(title.strip())) {
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
        List<Inline> title = inlines.of(heading);
        return new Section(headings.kind(MarkdownInlines.plain(heading)).orElse(null), title, List.copyOf(blocks), line(heading));
    }

    private void block(Node node, List<Block> into) {
        int line = line(node);
        if (node instanceof Paragraph p) {
            into.add(new Block.Paragraph(inlines.of(p), line));
        } else if (node instanceof Heading h) {
            into.add(new Block.Subheading(inlines.of(h), line));
        } else if (node instanceof ListBlock list) {
            into.add(list(list));
        } else if (node instanceof TableBlock table) {
            into.add(table(table));
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, into);
            }
        } else if (node instanceof HtmlBlock html) {
            inlines.rawHtml(html.getLiteral(), line);
            into.add(new Block.Paragraph(List.of(new Inline.Text(html.getLiteral().strip())), line));
        } else if (node instanceof FencedCodeBlock code) {
            into.add(new Block.Paragraph(List.of(new Inline.Text(code.getLiteral().strip())), line));
        } else if (node instanceof IndentedCodeBlock code) {
            into.add(new Block.Paragraph(List.of(new Inline.Text(code.getLiteral().strip())), line));
        } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            // a rule between sections carries no words; reference definitions are used by links
        } else {
            problems.notice(file.atLine(line), "unsupported Markdown element " + node.getClass().getSimpleName() + " shown as text",
                    "use paragraphs, lists, tables and headings");
            into.add(new Block.Paragraph(inlines.of(node), line));
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
        return new Block.ItemList(ordered, start != null && start > 1, start == null ? 1 : start, List.copyOf(items), line(list));
    }

    /** A table's rows in order, header row first (GFM gives every row the header's number of cells). */
    private Block.Table table(TableBlock table) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) { // the head, then the body
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(inlines.of(cell));
                }
                rows.add(List.copyOf(cells));
            }
        }
        return new Block.Table(List.copyOf(rows), line(table));
    }

    private int line(Node node) {
        return inlines.line(node);
    }

    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}
