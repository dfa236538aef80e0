package org.jobspecs.requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;

/** A spec's approved words as the extractor reads them: one unit per paragraph, list item or table row. */
final class SpecText {

    /** A sentence ends at a full stop before a capital, digit or bracket, or at a semicolon. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=[A-Z0-9(\"“])|(?<=;)\\s+");

    /**
     * One paragraph, list item (its nested lists included) or table row, as approved plain text.
     *
     * @param table whether it is a table row (its cells joined by " — ")
     */
    record Unit(String text, String section, boolean table) { }

    private SpecText() {
    }

    /** The approved plain text of a heading or paragraph: deletions dropped, insertions kept. */
    static String plain(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        plain(inlines, b);
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private static void plain(List<Inline> inlines, StringBuilder b) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                b.append(t.text());
            } else if (i instanceof Inline.Inserted in) {
                plain(in.content(), b);
            } else if (i instanceof Inline.Emphasis e) {
                plain(e.content(), b);
            } else if (i instanceof Inline.Strong s) {
                plain(s.content(), b);
            } else if (i instanceof Inline.Link l) {
                plain(l.content(), b);
            } else if (i instanceof Inline.LineBreak) {
                b.append(' ');
            } // a deletion is not approved text

        }
    }

    /** The units of a section, in order; a sub-heading ("Education") is put before the paragraph under it. */
    static List<Unit> units(Section s) {
        String name = plain(s.heading());
        List<Unit> units = new ArrayList<>();
        String label = null;
        for (Block block : s.blocks()) {
            if (block instanceof Block.Subheading h) {
                label = plain(h.content()).replaceAll(":$", "");
                continue;
            }
            if (block instanceof Block.Paragraph p) {
                add(units, label, plain(p.content()), name, false);
            } else if (block instanceof Block.ItemList l) {
                for (Block.ListItem item : l.items()) {
                    StringBuilder b = new StringBuilder();
                    item(item, b);
                    add(units, label, b.toString().replaceAll("\\s+", " ").strip(), name, false);
                }
            } else if (block instanceof Block.Table t) {
                for (int r = 1; r < t.rows().size(); r++) {
                    List<String> cells = t.rows().get(r).stream().map(SpecText::plain).filter(c -> !c.isEmpty()).toList();
                    add(units, null, String.join(" — ", cells), name, true);
                }
            }
            label = null;
        }
        return units;
    }

    private static void add(List<Unit> units, String label, String text, String section, boolean table) {
        if (text.isEmpty()) {
            return;
        }
        units.add(new Unit(label == null || label.isEmpty() ? text : label + ": " + text, section, table));
    }

    private static void item(Block.ListItem item, StringBuilder b) {
        for (Block block : item.blocks()) {
            if (block instanceof Block.Paragraph p) {
                b.append(plain(p.content())).append(' ');
            } else if (block instanceof Block.Subheading h) {
                b.append(plain(h.content())).append(' ');
            } else if (block instanceof Block.ItemList l) {
                l.items().forEach(i -> item(i, b));
            } else if (block instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> b.append(plain(cell)).append(' ')));
            }
        }
    }

    /** The sentences of a unit. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
