package org.jobspecs.render;

import java.util.List;
import org.jobspecs.site.BlockView;
import org.jobspecs.spec.Inline;

/**
 * Writes section bodies as HTML: paragraphs, sub-headings ({@code h3}), lists and tables, with
 * every text escaped. A table scrolls sideways inside its own named, focusable region, so that a
 * wide one never makes the page scroll at 320 px. Redline marks become {@code <del>} and {@code <ins>} carrying a visible text label
 * ("deleted:", "added:"), so a change never relies on colour or strike-through alone.
 */
final class BodyHtml {

    private BodyHtml() {
    }

    /** @param subheadingLevel the heading level of sub-headings: 3 under a section's h2, 4 under an h3 */
    static void blocks(List<BlockView> blocks, int subheadingLevel, Utf8Output out) {
        for (BlockView block : blocks) {
            if (block instanceof BlockView.Paragraph p) {
                out.writeAscii("<p>");
                inlines(p.content(), out);
                out.writeAscii("</p>\n");
            } else if (block instanceof BlockView.Subheading h) {
                out.writeAscii("<h");
                out.writeAscii(Integer.toString(subheadingLevel));
                out.writeAscii(">");
                inlines(h.content(), out);
                out.writeAscii("</h");
                out.writeAscii(Integer.toString(subheadingLevel));
                out.writeAscii(">\n");
            } else if (block instanceof BlockView.ItemList list) {
                list(list, subheadingLevel, out);
            } else if (block instanceof BlockView.Table table) {
                table(table, out);
            }
        }
    }

    private static void list(BlockView.ItemList list, int subheadingLevel, Utf8Output out) {
        boolean explicitNumbers = list.items().stream().anyMatch(BlockView.Item::deleted);
        if (!list.ordered()) {
            out.writeAscii("<ul>\n");
        } else {
            int first = list.items().isEmpty() ? 1 : list.items().get(0).number();
            out.writeAscii(first > 1 && !explicitNumbers ? "<ol start=\"" + first + "\">\n" : "<ol>\n");
        }
        for (BlockView.Item item : list.items()) {
            if (item.deleted()) {
                out.writeAscii("<li class=\"redline-deleted-item\">");
            } else if (explicitNumbers && item.number() > 0) {
                out.writeAscii("<li value=\"");
                out.writeAscii(Integer.toString(item.number()));
                out.writeAscii("\">");
            } else {
                out.writeAscii("<li>");
            }
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof BlockView.Paragraph p) {
                inlines(p.content(), out); // a tight item: no paragraph inside
            } else {
                blocks(item.blocks(), subheadingLevel, out);
            }
            out.writeAscii("</li>\n");
        }
        out.writeAscii(list.ordered() ? "</ol>\n" : "</ul>\n");
    }

    /** Header cells are column headers; with {@code rowHeaders}, each row's first cell heads its row. */
    private static void table(BlockView.Table table, Utf8Output out) {
        out.writeAscii("<div class=\"table-scroll\" role=\"region\" aria-label=\"");
        escape(table.label(), out);
        out.writeAscii("\" tabindex=\"0\">\n<p class=\"scroll-hint\">Scroll sideways to see all columns</p>\n<table class=\"spec-table\">\n");
        if (!table.head().isEmpty()) {
            out.writeAscii("<thead>\n<tr>");
            for (int i = 0; i < table.head().size(); i++) {
                if (i == 0 && table.rowHeaders()) {
                    out.writeAscii("<td></td>");
                } else {
                    cell("<th scope=\"col\">", table.head().get(i), "</th>", out);
                }
            }
            out.writeAscii("</tr>\n</thead>\n");
        }
        if (!table.rows().isEmpty()) {
            out.writeAscii("<tbody>\n");
            for (List<List<Inline>> row : table.rows()) {
                out.writeAscii("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    boolean header = i == 0 && table.rowHeaders();
                    cell(header ? "<th scope=\"row\">" : "<td>", row.get(i), header ? "</th>" : "</td>", out);
                }
                out.writeAscii("</tr>\n");
            }
            out.writeAscii("</tbody>\n");
        }
        out.writeAscii("</table>\n</div>\n");
    }

    private static void cell(String open, List<Inline> content, String close, Utf8Output out) {
        out.writeAscii(open);
        inlines(content, out);
        out.writeAscii(close);
    }

    static void inlines(List<Inline> inlines, Utf8Output out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                escape(t.text(), out);
            } else if (inline instanceof Inline.Deleted d) {
                out.writeAscii("<del><span class=\"redline-label\">deleted:</span> ");
                inlines(d.content(), out);
                out.writeAscii("</del>");
            } else if (inline instanceof Inline.Inserted ins) {
                out.writeAscii("<ins><span class=\"redline-label\">added:</span> ");
                inlines(ins.content(), out);
                out.writeAscii("</ins>");
            } else if (inline instanceof Inline.Emphasis e) {
                out.writeAscii("<em>");
                inlines(e.content(), out);
                out.writeAscii("</em>");
            } else if (inline instanceof Inline.Strong s) {
                out.writeAscii("<strong>");
                inlines(s.content(), out);
                out.writeAscii("</strong>");
            } else if (inline instanceof Inline.Link l) {
                out.writeAscii("<a href=\"");
                escape(l.href(), out);
                out.writeAscii("\">");
                inlines(l.content(), out);
                out.writeAscii("</a>");
            } else if (inline instanceof Inline.LineBreak) {
                out.writeAscii("<br>");
            }
        }
    }

    /** Writes {@code text} with {@code < > & " '} escaped ({@code &#39;} for the apostrophe, as FreeMarker's HTML format). */
    static void escape(String text, Utf8Output out) {
        out.writeEscaped(text);
    }
}
