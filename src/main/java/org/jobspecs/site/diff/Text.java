package org.jobspecs.site.diff;

import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;

/** The plain words of inlines and blocks, spaces collapsed: what two versions are compared on. */
final class Text {

    private Text() {
    }

    /** Collects words with single spaces between them, collapsing white space as it goes (one pass, one buffer). */
    private static final class Words {
        private final StringBuilder out = new StringBuilder(256);
        private boolean space;

        void text(String text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int start = i;
                while (i < n && !blank(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(text, start, i); // a run of non-blank characters at once
                }
                if (i < n) {
                    space = out.length() > 0;
                    i++;
                }
            }
        }

        private static boolean blank(char c) {
            return c == ' ' || c <= '\r' && c >= '\t' || c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }

        void space() {
            space = out.length() > 0;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    static String plain(List<Inline> inlines) {
        Words w = new Words();
        append(inlines, w);
        return w.toString();
    }

    private static void append(List<Inline> inlines, Words w) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                w.text(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                append(e.content(), w);
            } else if (inline instanceof Inline.Strong s) {
                append(s.content(), w);
            } else if (inline instanceof Inline.Link l) {
                append(l.content(), w);
            } else if (inline instanceof Inline.Inserted i) {
                append(i.content(), w);
            } else if (inline instanceof Inline.LineBreak) {
                w.space();
            }
        }
    }

    /** A block's words: a list's items and a table's cells one after another. */
    static String plain(Block block) {
        Words w = new Words();
        block(block, w);
        return w.toString();
    }

    /** The words of several blocks, one after another. */
    static String words(List<Block> blocks) {
        Words w = new Words();
        blocks.forEach(b -> block(b, w));
        return w.toString();
    }

    private static void block(Block block, Words w) {
        if (block instanceof Block.Paragraph p) {
            append(p.content(), w);
        } else if (block instanceof Block.Subheading h) {
            append(h.content(), w);
        } else if (block instanceof Block.ItemList l) {
            for (Block.ListItem item : l.items()) {
                item.blocks().forEach(b -> {
                    block(b, w);
                    w.space();
                });
            }
        } else if (block instanceof Block.Table t) {
            t.rows().forEach(row -> row.forEach(cell -> {
                append(cell, w);
                w.space();
            }));
        }
        w.space();
    }
}
