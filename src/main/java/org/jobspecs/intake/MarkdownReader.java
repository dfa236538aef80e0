package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline;

/**
 * Reads a Markdown export that is not yet a native source (no header): {@code #} headings, lists
 * with their numbers, pipe tables, {@code ~~deleted~~} and {@code [inserted](#)} as in the native
 * format, bold and italics.
 */
final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** "1.    Assist …": a list marker followed by a run of spaces, which Markdown would read as code inside the item. */
    private static final Pattern MARKER_SPACES = Pattern.compile("(?m)^( {0,3}(?:\\d{1,3}[.)]|[-*+]))[ \\t]{2,}(?=\\S)");
    /** A "Label: value" line: a paragraph holding one is read line by line, as the head of a spec is written. */
    private static final Pattern LABEL_LINE = Pattern.compile("\\p{Lu}[\\p{L} ./]{1,30}:(?:\\s.*)?");

    private final List<Removed> removed = new ArrayList<>();
    private Location file;

    @Override
    public ImportDocument read(byte[] bytes, Location file, Problems problems) {
        this.file = file;
        List<Para> paras = new ArrayList<>();
        String text = MARKER_SPACES.matcher(Decoding.text(bytes, file, problems)).replaceAll("$1 ");
        blocks(PARSER.parse(text), 0, paras);
        return new ImportDocument("markdown", paras, removed, List.of());
    }

    /** HTML written into the Markdown (a summary list, a table): read as the HTML reader reads a page, at its line. */
    private void html(HtmlBlock block, List<Para> out) {
        ImportDocument fragment = new HtmlReader().read(block.getLiteral().getBytes(java.nio.charset.StandardCharsets.UTF_8), file, new Problems());
        int at = line(block);
        for (Para p : fragment.paras()) {
            out.add(new Para(p.kind(), p.content(), p.label(), p.level(), p.cells(), 0, at + Math.max(0, p.line() - 1)));
        }
        fragment.removed().forEach(r -> removed.add(new Removed(r.text(), r.why(), "line " + at)));
    }

    private void blocks(Node parent, int depth, List<Para> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                out.add(Para.heading(inlines(h), h.getLevel(), 0, line(h)));
            } else if (node instanceof Paragraph p) {
                paragraph(p, out);
            } else if (node instanceof ListBlock list) {
                list(list, depth, out);
            } else if (node instanceof TableBlock table) {
                out.add(Para.table(table(table), 0, line(table)));
            } else if (node instanceof HtmlBlock block) {
                html(block, out);
            } else if (codeText(node) != null) {
                // indented or fenced "code": in an export, text that happened to be indented; one piece per line
                String[] lines = codeText(node).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        out.add(Para.paragraph(List.of(new Inline.Text(lines[i].strip())), 0, line(node) + i));
                    }
                }
            } else {
                blocks(node, depth, out);
            }
        }
    }

    /** A paragraph, or its lines one by one when one of them is a "Label: value" line ("Class Code: 4410"). */
    private void paragraph(Paragraph p, List<Para> out) {
        List<Inline> content = inlines(p);
        List<List<Inline>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (Node node = p.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(new ArrayList<>());
            } else {
                lines.get(lines.size() - 1).addAll(inlinesOf(node));
            }
        }
        boolean labelled = lines.size() > 1 && lines.stream().anyMatch(l -> LABEL_LINE.matcher(Words.after(Inlines.tidy(l))).matches());
        if (!labelled) {
            out.add(Para.paragraph(content, 0, line(p)));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            List<Inline> line = Inlines.tidy(lines.get(i));
            if (!line.isEmpty()) {
                out.add(Para.paragraph(line, 0, line(p) + i));
            }
        }
    }

    /** The inlines of one node, as {@link #inlines} reads each child. */
    private List<Inline> inlinesOf(Node node) {
        List<Inline> out = new ArrayList<>();
        inline(node, out);
        return out;
    }

    private void list(ListBlock list, int depth, List<Para> out) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList o && o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<Inline> text = new ArrayList<>();
            List<Node> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock) {
                    nested.add(child);
                } else {
                    if (!text.isEmpty()) {
                        text.add(new Inline.Text(" "));
                    }
                    String code = codeText(child);
                    text.addAll(code != null ? List.of(new Inline.Text(code)) : inlines(child));
                }
            }
            String label = list instanceof BulletList ? "•" : number + delimiter;
            out.add(Para.item(Inlines.tidy(text), label, depth, 0, line(item)));
            for (Node n : nested) {
                list((ListBlock) n, depth + 1, out);
            }
            number++;
        }
    }

    private List<List<String>> table(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        return rows;
    }

    private void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(Words.all(inlines(cell)));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }

    private List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, out);
        }
        return Inlines.tidy(out);
    }

    private void inline(Node node, List<Inline> out) {
        if (node instanceof Text t) {
            out.add(new Inline.Text(t.getLiteral()));
        } else if (node instanceof Code c) {
            out.add(new Inline.Text(c.getLiteral()));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Deleted(inlines(node)));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node)));
        } else if (node instanceof Link link) {
            String href = link.getDestination();
            if (href.equals("#")) {
                out.add(new Inline.Inserted(inlines(link)));
            } else if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
                out.add(new Inline.Link(href, inlines(link)));
            } else {
                out.addAll(inlines(link)); // a link into the exporting system: its words stay, the address goes
            }
        } else if (node instanceof HtmlInline html) {
            out.add(new Inline.Text(html.getLiteral()));
        } else {
            out.addAll(inlines(node));
        }
    }

    /** The text of an indented or fenced code block, or null for any other node. */
    private static String codeText(Node node) {
        if (node instanceof IndentedCodeBlock c) {
            return c.getLiteral();
        }
        return node instanceof FencedCodeBlock f ? f.getLiteral() : null;
    }

    private static int line(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
