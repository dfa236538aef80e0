package org.jobspecs.spec;

import java.util.List;

/** A spec's sections as plain lines, for golden files: "## Heading", paragraphs, "- item" (nested items indented). */
public final class PlainText {

    private PlainText() {
    }

    public static String of(List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections) {
            sb.append("## ").append(words(s.heading())).append('\n');
            blocks(s.blocks(), "", sb);
        }
        return sb.toString();
    }

    private static void blocks(List<Block> blocks, String indent, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                sb.append(indent).append(words(p.content())).append('\n');
            } else if (b instanceof Block.Subheading h) {
                sb.append(indent).append("### ").append(words(h.content())).append('\n');
            } else if (b instanceof Block.ItemList l) {
                for (Block.ListItem item : l.items()) {
                    sb.append(indent).append(l.ordered() ? "1. " : "- ");
                    StringBuilder inner = new StringBuilder();
                    blocks(item.blocks(), indent + "   ", inner);
                    sb.append(inner.substring(indent.length() + 3));
                }
            } else if (b instanceof Block.Table t) {
                for (List<List<Inline>> row : t.rows()) {
                    sb.append(indent).append("| ").append(String.join(" | ", row.stream().map(PlainText::words).toList())).append('\n');
                }
            }
        }
    }

    /** The words of inlines; a redline mark left in is written ~~…~~ or [+…+] so that a golden file shows it. */
    public static String words(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Emphasis e) {
                sb.append('*').append(words(e.content())).append('*');
            } else if (i instanceof Inline.Strong s) {
                sb.append("**").append(words(s.content())).append("**");
            } else if (i instanceof Inline.Link l) {
                sb.append(words(l.content()));
            } else if (i instanceof Inline.LineBreak) {
                sb.append(" / ");
            } else if (i instanceof Inline.Deleted d) {
                sb.append("~~").append(words(d.content())).append("~~");
            } else if (i instanceof Inline.Inserted ins) {
                sb.append("[+").append(words(ins.content())).append("+]");
            }
        }
        return sb.toString();
    }
}
