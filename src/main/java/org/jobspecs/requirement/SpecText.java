package org.jobspecs.requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;

/** A spec's approved words as the extractor reads them: one unit per paragraph, list item or table row. */
final class SpecText {


    /**
     * One paragraph, list item (its nested lists included) or table row, as approved plain text.
     *
     * @param table whether it is a table row (its cells joined by " — ")
     */
    record Unit(String text, String section, boolean table, List<String> sentences) {

        Unit(String text, String section, boolean table) {
            this(text, section, table, table ? List.of(text) : SpecText.sentences(text));
        }
    }

    private static final Pattern TRAILING_COLON = Pattern.compile(":$");

    private SpecText() {
    }

    /** The approved plain text of a heading or paragraph: deletions dropped, insertions kept. */
    static String plain(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        plain(inlines, b);
        return collapse(b);
    }

    /**
     * Runs of whitespace as one space, stripped. Issue 15: each run of other characters is copied at
     * once, not character by character (every requirement paragraph of every class is read so);
     * SpecTextTest compares with the character-by-character way.
     */
    static String collapse(CharSequence chars) {
        String text = chars.toString();
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (out.length() > 0 && start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    out.append(' ');
                }
                out.append(text, start, i);
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return out.toString();
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
                label = TRAILING_COLON.matcher(plain(h.content())).replaceAll("");
                continue;
            }
            if (block instanceof Block.Paragraph p) {
                add(units, label, plain(p.content()), name, false);
            } else if (block instanceof Block.ItemList l) {
                for (Block.ListItem item : l.items()) {
                    StringBuilder b = new StringBuilder();
                    item(item, b);
                    add(units, label, collapse(b), name, false);
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

    /**
     * The sentences of a unit: it ends one at a full stop followed by a space and a capital, digit
     * or bracket ("U.S. college" stays whole), and at a semicolon followed by a space. Written out
     * rather than as a regular expression with look-arounds: it runs over every requirement
     * paragraph of every class.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < n && (c == ';' || startsSentence(text.charAt(next)))) {
                    addSentence(out, text.substring(start, i + 1));
                    start = next;
                    i = next - 1;
                }
            }
        }
        addSentence(out, text.substring(start));
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '"' || c == '“';
    }

    private static void addSentence(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
