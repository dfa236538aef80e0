package org.jobspecs.site.diff;

import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;

/** The plain words of inlines and blocks, spaces collapsed: what two versions are compared on. */
final class Text {

    private Text() {
    }

    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(inlines, sb);
        return collapse(sb);
    }

    private static void append(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                append(e.content(), sb);
            } else if (inline instanceof Inline.Strong s) {
                append(s.content(), sb);
            } else if (inline instanceof Inline.Link l) {
                append(l.content(), sb);
            } else if (inline instanceof Inline.Inserted i) {
                append(i.content(), sb);
            } else if (inline instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }

    /** A block's words: a list's items and a table's cells one after another. */
    static String plain(Block block) {
        StringBuilder sb = new StringBuilder();
        block(block, sb);
        return collapse(sb);
    }

    /** The words of several blocks, one after another. */
    static String words(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        blocks.forEach(b -> block(b, sb));
        return collapse(sb);
    }

    private static void block(Block block, StringBuilder sb) {
        if (block instanceof Block.Paragraph p) {
            append(p.content(), sb);
        } else if (block instanceof Block.Subheading h) {
            append(h.content(), sb);
        } else if (block instanceof Block.ItemList l) {
            for (Block.ListItem item : l.items()) {
                item.blocks().forEach(b -> {
                    block(b, sb);
                    sb.append(' ');
                });
            }
        } else if (block instanceof Block.Table t) {
            t.rows().forEach(row -> row.forEach(cell -> {
                append(cell, sb);
                sb.append(' ');
            }));
        }
        sb.append(' ');
    }

    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
