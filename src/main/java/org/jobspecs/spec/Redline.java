package org.jobspecs.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves a redline into one of the two texts it holds. The current approved text drops deletions
 * and keeps insertions as plain text; the previous approved text (issue 14) keeps deletions as plain
 * text and drops insertions. Either way whatever the change left empty (a paragraph, a list item, a
 * table row, a table, a whole section, heading included) is left out, and the spacing a dropped
 * mark leaves is tidied. The site's pages ({@code site.ApprovedText}) resolve the current text with
 * the same inline rules; the sources ({@code catalog}) reconstruct earlier versions with them.
 */
public final class Redline {

    /** Which of the two texts of a redline. */
    public enum Side {
        /** The text now approved: deletions dropped, insertions kept. */
        CURRENT,
        /** The text the change replaced: deletions kept, insertions dropped. */
        PREVIOUS
    }

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** A typed list number, as Word's tracked changes strike it: "8." or "8-9." */
    private static final Pattern STRUCK_NUMBER = Pattern.compile("\\d{1,3}(?:-\\d{1,3})?[.)]");

    private Redline() {
    }

    /** The inlines of one side: no marks, spacing left by the dropped marks tidied. */
    public static List<Inline> inlines(List<Inline> in, Side side) {
        List<Inline> out = new ArrayList<>();
        resolve(in, side, out);
        return tidy(out);
    }

    private static void resolve(List<Inline> in, Side side, List<Inline> out) {
        for (Inline inline : in) {
            if (inline instanceof Inline.Deleted d) {
                if (side == Side.PREVIOUS) {
                    resolve(d.content(), side, out);
                }
            } else if (inline instanceof Inline.Inserted ins) {
                if (side == Side.CURRENT) {
                    resolve(ins.content(), side, out);
                }
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.content(), side)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.content(), side)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), inlines(l.content(), side)));
            } else {
                out.add(inline);
            }
        }
    }

    /** Merges neighbouring text, collapses runs of spaces and trims the ends. */
    private static List<Inline> tidy(List<Inline> in) {
        List<Inline> merged = new ArrayList<>();
        for (Inline inline : in) {
            int last = merged.size() - 1;
            if (inline instanceof Inline.Text t && last >= 0 && merged.get(last) instanceof Inline.Text prev) {
                merged.set(last, new Inline.Text(prev.text() + t.text()));
            } else {
                merged.add(inline);
            }
        }
        for (int i = 0; i < merged.size(); i++) {
            if (merged.get(i) instanceof Inline.Text t) {
                String text = t.text().indexOf("  ") < 0 && t.text().indexOf('\t') < 0 ? t.text() : SPACES.matcher(t.text()).replaceAll(" ");
                if (i == 0) {
                    text = text.stripLeading();
                }
                if (i == merged.size() - 1) {
                    text = text.stripTrailing();
                }
                merged.set(i, new Inline.Text(text));
            }
        }
        merged.removeIf(x -> x instanceof Inline.Text t && t.text().isEmpty());
        return List.copyOf(merged);
    }

    /** Whether the inlines have any words (marked or not). */
    public static boolean isBlank(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t && !t.text().isBlank()) {
                return false;
            }
            if (inline instanceof Inline.Emphasis e && !isBlank(e.content())
                    || inline instanceof Inline.Strong s && !isBlank(s.content())
                    || inline instanceof Inline.Link l && !isBlank(l.content())
                    || inline instanceof Inline.Inserted ins && !isBlank(ins.content())
                    || inline instanceof Inline.Deleted d && !isBlank(d.content())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the inlines carry a redline mark. */
    public static boolean hasMarks(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Deleted || inline instanceof Inline.Inserted) {
                return true;
            }
            if (inline instanceof Inline.Emphasis e && hasMarks(e.content())
                    || inline instanceof Inline.Strong s && hasMarks(s.content())
                    || inline instanceof Inline.Link l && hasMarks(l.content())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block carries a redline mark anywhere. */
    public static boolean hasMarks(Block block) {
        if (block instanceof Block.Paragraph p) {
            return hasMarks(p.content());
        }
        if (block instanceof Block.Subheading h) {
            return hasMarks(h.content());
        }
        if (block instanceof Block.Table t) {
            return t.rows().stream().flatMap(List::stream).anyMatch(Redline::hasMarks);
        }
        Block.ItemList list = (Block.ItemList) block;
        return list.items().stream().flatMap(i -> i.blocks().stream()).anyMatch(Redline::hasMarks);
    }

    /** Whether a spec's sections carry a redline mark anywhere, headings included. */
    public static boolean anyMarks(List<Section> sections) {
        if (sections instanceof RereadSections reread) {
            return reread.anyMarks(); // issue 15: without reading the spec again
        }
        for (Section s : sections) {
            if (hasMarks(s.heading()) || s.blocks().stream().anyMatch(Redline::hasMarks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One side of a spec's sections as plain sections (no marks left); a section whose blocks all
     * belong to the other side is left out, heading included. Lines are kept.
     */
    public static List<Section> sections(List<Section> sections, Side side) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Block> blocks = blocks(s.blocks(), side);
            if (!blocks.isEmpty()) {
                out.add(new Section(s.kind(), inlines(s.heading(), side), blocks, s.line()));
            }
        }
        return List.copyOf(out);
    }

    /** One side of a run of blocks; paragraphs, items, rows and tables left empty are left out. */
    public static List<Block> blocks(List<Block> blocks, Side side) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                List<Inline> content = inlines(p.content(), side);
                if (!isBlank(content)) {
                    out.add(new Block.Paragraph(content, p.line()));
                }
            } else if (block instanceof Block.Subheading h) {
                List<Inline> content = inlines(h.content(), side);
                if (!isBlank(content)) {
                    out.add(new Block.Subheading(content, h.line()));
                }
            } else if (block instanceof Block.ItemList list) {
                List<Block.ListItem> items = new ArrayList<>();
                for (Block.ListItem item : list.items()) {
                    List<Block> itemBlocks = blocks(side == Side.PREVIOUS ? unnumbered(item.blocks()) : item.blocks(), side);
                    if (!itemBlocks.isEmpty()) {
                        items.add(new Block.ListItem(itemBlocks, item.line()));
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Block.ItemList(list.ordered(), list.continues(), list.start(), List.copyOf(items), list.line()));
                }
            } else if (block instanceof Block.Table table) {
                Block.Table resolved = table(table, side);
                if (resolved != null) {
                    out.add(resolved);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * An item's blocks without the number the change struck from its start ("~~8.~~ Maintains …"):
     * Word's tracked changes strike a typed number when the list comes to number itself, and in the
     * previous text that number is the list's numbering, not words of the item.
     */
    private static List<Block> unnumbered(List<Block> blocks) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Block.Paragraph p) || p.content().isEmpty()
                || !(p.content().get(0) instanceof Inline.Deleted d) || !STRUCK_NUMBER.matcher(plain(d.content())).matches()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        out.set(0, new Block.Paragraph(p.content().subList(1, p.content().size()), p.line()));
        return out;
    }

    private static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else {
                return "";
            }
        }
        return sb.toString().strip();
    }

    /** One side of a table: rows left empty are left out (the header row stays), or null when every cell is. */
    private static Block.Table table(Block.Table table, Side side) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (List<List<Inline>> row : table.rows()) {
            rows.add(row.stream().map(cell -> inlines(cell, side)).toList());
        }
        if (rows.stream().allMatch(Redline::blankRow)) {
            return null;
        }
        List<List<List<Inline>>> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || !blankRow(rows.get(i))) {
                kept.add(rows.get(i));
            }
        }
        return new Block.Table(List.copyOf(kept), table.line());
    }

    private static boolean blankRow(List<List<Inline>> row) {
        return row.stream().allMatch(Redline::isBlank);
    }
}
