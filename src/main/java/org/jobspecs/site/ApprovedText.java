package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Redline;

/**
 * Resolves the redline of a spec. The approved text drops deletions, keeps insertions as plain
 * text, and leaves out whatever the change emptied (a paragraph, a list item, a table row, a whole
 * section, heading included). The redline keeps every mark. Both number ordered lists the same way: a list
 * that the source numbered from above 1 continues from the ordered lists before it in its section,
 * and items the change deleted take no number.
 */
final class ApprovedText {

    private ApprovedText() {
    }

    /** The inlines of the approved text: no marks, spacing left by deletions tidied ({@link Redline}). */
    static List<Inline> inlines(List<Inline> in) {
        return Redline.inlines(in, Redline.Side.CURRENT);
    }

    /** Whether the inlines have any words. */
    static boolean isBlank(List<Inline> inlines) {
        return Redline.isBlank(inlines);
    }

    /** The plain words of the approved text. */
    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        words(inlines(inlines), sb);
        return sb.toString().strip();
    }

    /**
     * {@link #plain} of inlines that are already the approved text (issue 15: a block view's, which
     * {@link #blocks} resolved and tidied once; doing it again gave the same inlines, at a cost on
     * every class page: the tidying is idempotent). Inlines that still carry marks are resolved as
     * {@link #plain} does.
     */
    static String approvedPlain(List<Inline> approved) {
        if (hasMarks(approved)) {
            return plain(approved);
        }
        StringBuilder sb = new StringBuilder();
        words(approved, sb);
        return sb.toString().strip();
    }

    private static void words(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                words(e.content(), sb);
            } else if (inline instanceof Inline.Strong s) {
                words(s.content(), sb);
            } else if (inline instanceof Inline.Link l) {
                words(l.content(), sb);
            } else if (inline instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }

    /**
     * Appends the plain words of approved blocks (as {@link #blocks} makes them), each block followed
     * by a space.
     */
    static void blockWords(List<BlockView> blocks, StringBuilder sb) {
        for (BlockView b : blocks) {
            if (b instanceof BlockView.Paragraph p) {
                sb.append(approvedPlain(p.content())).append(' ');
            } else if (b instanceof BlockView.Subheading h) {
                sb.append(approvedPlain(h.content())).append(' ');
            } else if (b instanceof BlockView.ItemList l) {
                for (BlockView.Item item : l.items()) {
                    blockWords(item.blocks(), sb);
                }
            } else if (b instanceof BlockView.Table t) {
                Tables.words(t, sb);
            }
        }
    }

    /** Whether the inlines carry a redline mark. */
    static boolean hasMarks(List<Inline> inlines) {
        return Redline.hasMarks(inlines);
    }

    static boolean hasMarks(Block block) {
        if (block instanceof Block.Paragraph p) {
            return hasMarks(p.content());
        }
        if (block instanceof Block.Subheading h) {
            return hasMarks(h.content());
        }
        if (block instanceof Block.Table t) {
            return Tables.hasMarks(t);
        }
        Block.ItemList list = (Block.ItemList) block;
        return list.items().stream().flatMap(i -> i.blocks().stream()).anyMatch(ApprovedText::hasMarks);
    }

    /**
     * The approved text of a section's blocks; empty when the change deleted them all.
     *
     * @param tables what the section's tables are in, for their names: the section's name
     */
    static List<BlockView> blocks(List<Block> blocks, String tables) {
        return convert(blocks, false, new int[1], new Tables.Names(tables));
    }

    /**
     * The redline of a section's blocks: every block, marks kept.
     *
     * @param tables what the section's tables are in, for their names, e.g. "Changes to Salary Steps"
     */
    static List<BlockView> redline(List<Block> blocks, String tables) {
        return convert(blocks, true, new int[1], new Tables.Names(tables));
    }

    /**
     * @param counter the last number given to an ordered item in this section
     * @param names   names the section's tables in reading order
     */
    private static List<BlockView> convert(List<Block> blocks, boolean redline, int[] counter, Tables.Names names) {
        List<BlockView> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                List<Inline> content = redline ? p.content() : inlines(p.content());
                if (!isBlank(content)) {
                    out.add(new BlockView.Paragraph(content));
                }
            } else if (block instanceof Block.Subheading h) {
                List<Inline> content = redline ? h.content() : inlines(h.content());
                if (!isBlank(content)) {
                    out.add(new BlockView.Subheading(content));
                }
            } else if (block instanceof Block.ItemList list) {
                BlockView.ItemList view = list(list, redline, counter, names);
                if (!view.items().isEmpty()) {
                    out.add(view);
                }
            } else if (block instanceof Block.Table table) {
                BlockView.Table view = redline ? Tables.redline(table, names) : Tables.approved(table, names);
                if (view != null) {
                    out.add(view);
                }
            }
        }
        return List.copyOf(out);
    }

    private static BlockView.ItemList list(Block.ItemList list, boolean redline, int[] counter, Tables.Names names) {
        if (list.ordered() && !list.continues()) {
            counter[0] = 0;
        } else if (list.ordered() && counter[0] == 0) {
            counter[0] = list.start() - 1; // the section's first ordered list, numbered from where the source starts it
        }
        List<BlockView.Item> items = new ArrayList<>();
        for (Block.ListItem item : list.items()) {
            // In the redline this is only a test for deletion: its tables must not take names.
            List<BlockView> approved = convert(item.blocks(), false, new int[1], redline ? new Tables.Names("") : names);
            boolean deleted = approved.isEmpty();
            if (deleted && !redline) {
                continue;
            }
            int number = list.ordered() && !deleted ? ++counter[0] : 0;
            items.add(new BlockView.Item(number, deleted, redline ? convert(item.blocks(), true, new int[1], names) : approved));
        }
        return new BlockView.ItemList(list.ordered(), List.copyOf(items));
    }
}
