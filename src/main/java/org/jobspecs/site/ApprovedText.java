package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;

/**
 * Resolves the redline of a spec. The approved text drops deletions, keeps insertions as plain
 * text, and leaves out whatever the change emptied (a paragraph, a list item, a table row, a whole
 * section, heading included). The redline keeps every mark. Both number ordered lists the same way: a list
 * that the source numbered from above 1 continues from the ordered lists before it in its section,
 * and items the change deleted take no number.
 */
final class ApprovedText {

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private ApprovedText() {
    }

    /** The inlines of the approved text: no marks, spacing left by deletions tidied. */
    static List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        approved(in, out);
        return tidy(out);
    }

    private static void approved(List<Inline> in, List<Inline> out) {
        for (Inline inline : in) {
            if (inline instanceof Inline.Deleted) {
                continue;
            }
            if (inline instanceof Inline.Inserted ins) {
                approved(ins.content(), out);
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.content())));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.content())));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), inlines(l.content())));
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

    /** Whether the inlines have any words. */
    static boolean isBlank(List<Inline> inlines) {
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

    /** The plain words of the approved text. */
    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        words(inlines(inlines), sb);
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

    /** Appends the plain words of blocks, each block followed by a space. */
    static void blockWords(List<BlockView> blocks, StringBuilder sb) {
        for (BlockView b : blocks) {
            if (b instanceof BlockView.Paragraph p) {
                sb.append(plain(p.content())).append(' ');
            } else if (b instanceof BlockView.Subheading h) {
                sb.append(plain(h.content())).append(' ');
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
