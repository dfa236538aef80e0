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
    static void blocks(List<BlockView> blocks, int subheadingLevel, StringBuilder out) {
        for (BlockView block : blocks) {
            if (block instanceof BlockView.Paragraph p) {
                out.append("<p>");
                inlines(p.content(), out);
                out.append("</p>\n");
            } else if (block instanceof BlockView.Subheading h) {
                out.append("<h").append(subheadingLevel).append('>');
                inlines(h.content(), out);
                out.append("</h").append(subheadingLevel).append(">\n");
            } else if (block instanceof BlockView.ItemList list) {
                list(list, subheadingLevel, out);
            } else if (block instanceof BlockView.Table table) {
                table(table, out);
            }
        }
    }

    private static void list(BlockView.ItemList list, int subheadingLevel, StringBuilder out) {
        boolean explicitNumbers = list.items().stream().anyMatch(BlockView.Item::deleted);
        if (!list.ordered()) {
            out.append("<ul>\n");
        } else {
            int first = list.items().isEmpty() ? 1 : list.items().get(0).number();
            out.append(first > 1 && !explicitNumbers ? "<ol start=\"" + first + "\">\n" : "<ol>\n");
        }
        for (BlockView.Item item : list.items()) {
            if (item.deleted()) {
                out.append("<li class=\"redline-deleted-item\">");
            } else if (explicitNumbers && item.number() > 0) {
                out.append("<li value=\"").append(item.number()).append("\">");
            } else {
                out.append("<li>");
            }
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof BlockView.Paragraph p) {
                inlines(p.content(), out); // a tight item: no paragraph inside
            } else {
                blocks(item.blocks(), subheadingLevel, out);
            }
            out.append("</li>\n");
        }
        out.append(list.ordered() ? "</ol>\n" : "</ul>\n");
    }

    /** Header cells are column headers; with {@code rowHeaders}, each row's first cell heads its row. */
    private static void table(BlockView.Table table, StringBuilder out) {
        out.append("<div class=\"table-scroll\" role=\"region\" aria-label=\"");
        escape(table.label(), out);
        out.append("\" tabindex=\"0\">\n<p class=\"scroll-hint\">Scroll sideways to see all columns</p>\n<table class=\"spec-table\">\n");
        if (!table.head().isEmpty()) {
            out.append("<thead>\n<tr>");
            for (int i = 0; i < table.head().size(); i++) {
                if (i == 0 && table.rowHeaders()) {
                    out.append("<td></td>");
                } else {
                    cell("<th scope=\"col\">", table.head().get(i), "</th>", out);
                }
            }
            out.append("</tr>\n</thead>\n");
        }
        if (!table.rows().isEmpty()) {
            out.append("<tbody>\n");
            for (List<List<Inline>> row : table.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    boolean header = i == 0 && table.rowHeaders();
                    cell(header ? "<th scope=\"row\">" : "<td>", row.get(i), header ? "</th>" : "</td>", out);
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n</div>\n");
    }

    private static void cell(String open, List<Inline> content, String close, StringBuilder out) {
        out.append(open);
        inlines(content, out);
        out.append(close);
    }

    static void inlines(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                escape(t.text(), out);
            } else if (inline instanceof Inline.Deleted d) {
                out.append("<del><span class=\"redline-label\">deleted:</span> ");
                inlines(d.content(), out);
                out.append("</del>");
            } else if (inline instanceof Inline.Inserted ins) {
                out.append("<ins><span class=\"redline-label\">added:</span> ");
                inlines(ins.content(), out);
                out.append("</ins>");
            } else if (inline instanceof Inline.Emphasis e) {
                out.append("<em>");
                inlines(e.content(), out);
                out.append("</em>");
            } else if (inline instanceof Inline.Strong s) {
                out.append("<strong>");
                inlines(s.content(), out);
                out.append("</strong>");
            } else if (inline instanceof Inline.Link l) {
                out.append("<a href=\"");
                escape(l.href(), out);
                out.append("\">");
                inlines(l.content(), out);
                out.append("</a>");
            } else if (inline instanceof Inline.LineBreak) {
                out.append("<br>");
            }
        }
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
