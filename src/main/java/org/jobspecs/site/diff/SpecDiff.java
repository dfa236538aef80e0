package org.jobspecs.site.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Redline;
import org.jobspecs.spec.Section;

/**
 * Compares two versions of a spec. Sections are matched by their kind (a known heading), else by
 * their heading's words; within a matched section, blocks are compared as a sequence (a paragraph,
 * sub-heading, list or table reads the same or not), and where they differ, the paragraphs, list
 * items and table rows that are the same one changed (of the same kind, sharing at least
 * {@link #ALIKE} of their words) are compared word by word, while the others show as removed and
 * added whole. Both versions are compared as approved (a redline's deletions dropped).
 */
public final class SpecDiff {

    /** How much of its words a paragraph, item or row must keep to show as changed rather than replaced. */
    static final double ALIKE = 0.3;
    /** Larger stretches of differing blocks than this (older × newer) are paired in order, not aligned. */
    private static final int ALIGN_LIMIT = 2_500;

    /** What a comparison marked: words added and removed, and whether it marked anything at all (a comma). */
    private static final class Tally {
        /** Whether blocks that read the same word for word are known so before their signatures are made (issue 15; false only in tests). */
        final boolean sameFirst;
        /** The words of the section's blocks, each made once (issue 15; made every time only in tests). */
        final Texts texts;
        int added;
        int removed;
        boolean marked;

        Tally(boolean sameFirst) {
            this.sameFirst = sameFirst;
            this.texts = new Texts(sameFirst);
        }

        void add(Words.Marked m) {
            added += m.added();
            removed += m.removed();
            marked |= m.added() + m.removed() > 0 || m.inlines().stream().anyMatch(i -> i instanceof Inline.Deleted || i instanceof Inline.Inserted);
        }
    }

    private SpecDiff() {
    }

    public static Comparison compare(List<Section> older, List<Section> newer) {
        return compare(older, newer, true);
    }

    /**
     * @param sameFirst whether sections whose blocks are equal but for their lines skip making the
     *                  blocks' signatures (they are the same then), and each block's words are made
     *                  once ({@link Texts}); false gives the comparison as it was before issue 15, which
     *                  SameBlocksTest compares with
     */
    static Comparison compare(List<Section> older, List<Section> newer, boolean sameFirst) {
        return compared(approved(older), approved(newer), sameFirst);
    }

    /** A version's sections as they are compared: the approved text, a redline's deletions dropped. */
    public static List<Section> approved(List<Section> sections) {
        return Redline.sections(sections, Redline.Side.CURRENT);
    }

    /**
     * {@link #compare} of versions already made {@link #approved} (issue 15: the version pages compare
     * each version with the one before and the one after, and make its approved text once for both).
     */
    public static Comparison compareApproved(List<Section> older, List<Section> newer) {
        return compared(older, newer, true);
    }

    private static Comparison compared(List<Section> o, List<Section> n, boolean sameFirst) {
        List<String> olderKeys = keys(o);
        List<String> newerKeys = keys(n);
        Map<String, Section> olderByKey = new HashMap<>();
        for (int i = 0; i < o.size(); i++) {
            olderByKey.put(olderKeys.get(i), o.get(i));
        }
        Set<String> newerKeySet = new HashSet<>(newerKeys);
        List<SectionChange> out = new ArrayList<>();
        for (Runs.Run run : Runs.of(olderKeys, newerKeys)) {
            if (run.same()) {
                for (int i = 0; i < run.olderTo() - run.olderFrom(); i++) {
                    out.add(section(o.get(run.olderFrom() + i), n.get(run.newerFrom() + i), sameFirst));
                }
                continue;
            }
            List<Section> removed = new ArrayList<>();
            for (int i = run.olderFrom(); i < run.olderTo(); i++) {
                if (!newerKeySet.contains(olderKeys.get(i))) {
                    removed.add(o.get(i)); // a section that moved shows where the newer version has it
                }
            }
            List<Section> added = new ArrayList<>();
            List<Section> moved = new ArrayList<>();
            for (int i = run.newerFrom(); i < run.newerTo(); i++) {
                added.add(n.get(i));
                moved.add(olderByKey.get(newerKeys.get(i))); // null: new in the newer version
            }
            // One unknown heading renamed: the same section when most of its words stayed.
            List<Integer> unmatched = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                if (moved.get(i) == null) {
                    unmatched.add(i);
                }
            }
            if (removed.size() == 1 && unmatched.size() == 1 && removed.get(0).kind() == null && added.get(unmatched.get(0)).kind() == null
                    && Words.likeness(Text.words(removed.get(0).blocks()), Text.words(added.get(unmatched.get(0)).blocks())) >= 0.5) {
                moved.set(unmatched.get(0), removed.remove(0));
            }
            removed.forEach(s -> out.add(whole(s, false)));
            for (int i = 0; i < added.size(); i++) {
                out.add(moved.get(i) == null ? whole(added.get(i), true) : section(moved.get(i), added.get(i), sameFirst));
            }
        }
        return new Comparison(out);
    }

    /** Each section's key: its kind, else its heading's words in lower case; a repeated key is numbered. */
    private static List<String> keys(List<Section> sections) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Section s : sections) {
            String key = s.kind() != null ? s.kind().name() : "heading:" + Text.plain(s.heading()).toLowerCase(Locale.ROOT);
            int n = seen.merge(key, 1, Integer::sum);
            keys.add(n == 1 ? key : key + "#" + n);
        }
        return keys;
    }

    private static SectionChange section(Section older, Section newer, boolean sameFirst) {
        Tally tally = new Tally(sameFirst);
        String olderHeading = Text.plain(older.heading());
        String newerHeading = Text.plain(newer.heading());
        List<Inline> heading = newer.heading();
        if (!olderHeading.equals(newerHeading)) {
            Words.Marked m = Words.diff(olderHeading, newerHeading);
            tally.add(m);
            heading = m.inlines();
        }
        List<Block> blocks = blocks(older.blocks(), newer.blocks(), tally);
        SectionChange.Status status = tally.marked ? SectionChange.Status.CHANGED : SectionChange.Status.UNCHANGED;
        return new SectionChange(status, newerHeading, new Section(newer.kind(), heading, blocks, newer.line()), tally.added, tally.removed);
    }

    /** A section that only one version has: all of it added, or all of it removed. */
    private static SectionChange whole(Section s, boolean added) {
        Tally tally = new Tally(false);
        List<Inline> heading = List.of(mark(s.heading(), added));
        List<Block> blocks = s.blocks().stream().map(b -> wrap(b, added, tally)).toList();
        return new SectionChange(added ? SectionChange.Status.ADDED : SectionChange.Status.REMOVED, Text.plain(s.heading()),
                new Section(s.kind(), heading, blocks, s.line()), tally.added, tally.removed);
    }

    private static List<Block> blocks(List<Block> older, List<Block> newer, Tally tally) {
        List<Block> out = new ArrayList<>();
        if (tally.sameFirst && Same.blocks(older, newer)) {
            out.addAll(newer); // what the signatures' one run alike gives
            return out;
        }
        Texts texts = tally.texts;
        List<String> olderSignatures = older.stream().map(b -> signature(b, texts)).toList();
        List<String> newerSignatures = newer.stream().map(b -> signature(b, texts)).toList();
        for (Runs.Run run : Runs.of(olderSignatures, newerSignatures)) {
            if (run.same()) {
                out.addAll(newer.subList(run.newerFrom(), run.newerTo()));
            } else {
                List<Block> o = older.subList(run.olderFrom(), run.olderTo());
                List<Block> n = newer.subList(run.newerFrom(), run.newerTo());
                for (int[] step : align(o.size(), n.size(), (i, j) -> kind(o.get(i)).equals(kind(n.get(j))),
                        i -> texts.bag(o.get(i)), j -> texts.bag(n.get(j)))) {
                    out.add(step[1] < 0 ? wrap(o.get(step[0]), false, tally)
                            : step[0] < 0 ? wrap(n.get(step[1]), true, tally)
                            : block(o.get(step[0]), n.get(step[1]), tally));
                }
            }
        }
        return out;
    }

    /** Two blocks of the same kind, alike enough to be the same one changed. */
    private static Block block(Block older, Block newer, Tally tally) {
        if (newer instanceof Block.Paragraph p) {
            Words.Marked m = Words.diff(tally.texts.plain(older), tally.texts.plain(newer));
            tally.add(m);
            return new Block.Paragraph(m.inlines(), p.line());
        }
        if (newer instanceof Block.Subheading h) {
            Words.Marked m = Words.diff(tally.texts.plain(older), tally.texts.plain(newer));
            tally.add(m);
            return new Block.Subheading(m.inlines(), h.line());
        }
        if (newer instanceof Block.ItemList l) {
            List<Block.ListItem> o = ((Block.ItemList) older).items();
            List<Block.ListItem> items = new ArrayList<>();
            List<String> olderWords = o.stream().map(tally.texts::words).toList();
            List<String> newerWords = l.items().stream().map(tally.texts::words).toList();
            for (Runs.Run run : Runs.of(olderWords, newerWords)) {
                if (run.same()) {
                    items.addAll(l.items().subList(run.newerFrom(), run.newerTo()));
                    continue;
                }
                List<Block.ListItem> oi = o.subList(run.olderFrom(), run.olderTo());
                List<Block.ListItem> ni = l.items().subList(run.newerFrom(), run.newerTo());
                int olderFrom = run.olderFrom();
                int newerFrom = run.newerFrom();
                for (int[] step : align(oi.size(), ni.size(), (i, j) -> true,
                        i -> tally.texts.bag(olderWords.get(olderFrom + i)), j -> tally.texts.bag(newerWords.get(newerFrom + j)))) {
                    items.add(step[1] < 0 ? item(oi.get(step[0]), false, tally)
                            : step[0] < 0 ? item(ni.get(step[1]), true, tally)
                            : new Block.ListItem(blocks(oi.get(step[0]).blocks(), ni.get(step[1]).blocks(), tally), ni.get(step[1]).line()));
                }
            }
            return new Block.ItemList(l.ordered(), l.continues(), l.start(), items, l.line());
        }
        Block.Table t = (Block.Table) newer;
        List<List<List<Inline>>> o = ((Block.Table) older).rows();
        List<List<List<Inline>>> n = t.rows();
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(row(o.get(0), n.get(0), tally)); // the header rows: the same width (the blocks' kind)
        Function<List<List<Inline>>, String> words = row -> String.join("\u0001", row.stream().map(Text::plain).toList());
        List<List<List<Inline>>> ob = o.subList(1, o.size());
        List<List<List<Inline>>> nb = n.subList(1, n.size());
        List<String> olderWords = ob.stream().map(words).toList();
        List<String> newerWords = nb.stream().map(words).toList();
        for (Runs.Run run : Runs.of(olderWords, newerWords)) {
            if (run.same()) {
                rows.addAll(nb.subList(run.newerFrom(), run.newerTo()));
                continue;
            }
            List<List<List<Inline>>> or = ob.subList(run.olderFrom(), run.olderTo());
            List<List<List<Inline>>> nr = nb.subList(run.newerFrom(), run.newerTo());
            int olderFrom = run.olderFrom();
            int newerFrom = run.newerFrom();
            for (int[] step : align(or.size(), nr.size(), (i, j) -> or.get(i).size() == nr.get(j).size(),
                    i -> tally.texts.bag(olderWords.get(olderFrom + i)), j -> tally.texts.bag(newerWords.get(newerFrom + j)))) {
                rows.add(step[1] < 0 ? wrapRow(or.get(step[0]), false, tally)
                        : step[0] < 0 ? wrapRow(nr.get(step[1]), true, tally)
                        : row(or.get(step[0]), nr.get(step[1]), tally));
            }
        }
        return new Block.Table(rows, t.line());
    }

    /** Two rows of the same width, cell by cell. */
    private static List<List<Inline>> row(List<List<Inline>> older, List<List<Inline>> newer, Tally tally) {
        List<List<Inline>> cells = new ArrayList<>();
        for (int i = 0; i < newer.size(); i++) {
            String o = Text.plain(older.get(i));
            String n = Text.plain(newer.get(i));
            if (o.equals(n)) {
                cells.add(newer.get(i));
            } else {
                Words.Marked m = Words.diff(o, n);
                tally.add(m);
                cells.add(m.inlines());
            }
        }
        return cells;
    }

    private static List<List<Inline>> wrapRow(List<List<Inline>> row, boolean added, Tally tally) {
        return row.stream().map(cell -> cell(cell, added, tally)).toList();
    }

    private static List<Inline> cell(List<Inline> cell, boolean added, Tally tally) {
        String words = Text.plain(cell);
        if (words.isEmpty()) {
            return cell;
        }
        count(words, added, tally);
        return List.of(mark(cell, added));
    }

    private static Block.ListItem item(Block.ListItem item, boolean added, Tally tally) {
        return new Block.ListItem(item.blocks().stream().map(b -> wrap(b, added, tally)).toList(), item.line());
    }

    /** A block only one version has: all its words added, or all removed. */
    private static Block wrap(Block block, boolean added, Tally tally) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(cell(p.content(), added, tally), p.line());
        }
        if (block instanceof Block.Subheading h) {
            return new Block.Subheading(cell(h.content(), added, tally), h.line());
        }
        if (block instanceof Block.ItemList l) {
            return new Block.ItemList(l.ordered(), l.continues(), l.start(), l.items().stream().map(i -> item(i, added, tally)).toList(), l.line());
        }
        Block.Table t = (Block.Table) block;
        return new Block.Table(t.rows().stream().map(r -> wrapRow(r, added, tally)).toList(), t.line());
    }

    private static void count(String words, boolean added, Tally tally) {
        int n = Words.count(words);
        if (added) {
            tally.added += n;
        } else {
            tally.removed += n;
        }
        tally.marked = true;
    }

    private static Inline mark(List<Inline> content, boolean added) {
        return added ? new Inline.Inserted(content) : new Inline.Deleted(content);
    }

    /** What kind of block: blocks of different kinds are never the same one changed. */
    private static String kind(Block b) {
        if (b instanceof Block.Paragraph) {
            return "p";
        }
        if (b instanceof Block.Subheading) {
            return "h";
        }
        if (b instanceof Block.ItemList l) {
            return l.ordered() ? "ol" : "ul";
        }
        List<List<List<Inline>>> rows = ((Block.Table) b).rows();
        return "table" + (rows.isEmpty() ? 0 : rows.get(0).size());
    }

    /** A block's kind and words: two blocks with the same signature read the same. */
    private static String signature(Block b, Texts texts) {
        StringBuilder sb = new StringBuilder(kind(b)).append('\u0000');
        if (b instanceof Block.ItemList l) {
            l.items().forEach(i -> sb.append(texts.words(i)).append('\u0001'));
        } else if (b instanceof Block.Table t) {
            t.rows().forEach(r -> {
                r.forEach(c -> sb.append(Text.plain(c)).append('\u0001'));
                sb.append('\u0002');
            });
        } else {
            sb.append(texts.plain(b));
        }
        return sb.toString();
    }

    /** Whether the i-th older and the j-th newer item may be the same one changed (of the same kind). */
    @FunctionalInterface
    interface Pairable {
        boolean test(int older, int newer);
    }

    /**
     * Aligns two stretches that differ (given as their items' words): which older item is which newer one changed (alike at least
     * {@link #ALIKE}, in order, as much alike in all as can be), and which were removed or added.
     * Steps in reading order, a removal before an addition: {i, -1} removed, {-1, j} added, {i, j} paired.
     */
    static List<int[]> align(List<String> older, List<String> newer, Pairable comparable) {
        return align(older.size(), newer.size(), comparable, i -> Words.Bag.of(older.get(i)), j -> Words.Bag.of(newer.get(j)));
    }

    /**
     * @param m        how many older items
     * @param n        how many newer items
     * @param olderBag the i-th older item's bag of words (issue 15: one a section's {@link Texts} remembers)
     * @param newerBag the j-th newer item's
     */
    static List<int[]> align(int m, int n, Pairable comparable, java.util.function.IntFunction<Words.Bag> olderBag,
                             java.util.function.IntFunction<Words.Bag> newerBag) {
        List<int[]> steps = new ArrayList<>();
        if ((long) m * n > ALIGN_LIMIT) {
            for (int i = 0; i < Math.max(m, n); i++) {
                if (i < m && i < n && comparable.test(i, i) && Words.likeness(olderBag.apply(i), newerBag.apply(i)) >= ALIKE) {
                    steps.add(new int[] {i, i});
                } else {
                    if (i < m) {
                        steps.add(new int[] {i, -1});
                    }
                    if (i < n) {
                        steps.add(new int[] {-1, i});
                    }
                }
            }
            return steps;
        }
        // Each text's words counted once, not once per pair.
        List<Words.Bag> olderBags = java.util.stream.IntStream.range(0, m).mapToObj(olderBag).toList();
        List<Words.Bag> newerBags = java.util.stream.IntStream.range(0, n).mapToObj(newerBag).toList();
        double[][] like = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double l = comparable.test(i, j) ? Words.likeness(olderBags.get(i), newerBags.get(j)) : 0;
                like[i][j] = l >= ALIKE ? l : -1;
            }
        }
        double[][] best = new double[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                double b = Math.max(best[i + 1][j], best[i][j + 1]);
                if (like[i][j] >= 0) {
                    b = Math.max(b, like[i][j] + best[i + 1][j + 1]);
                }
                best[i][j] = b;
            }
        }
        int i = 0;
        int j = 0;
        while (i < m || j < n) {
            if (i < m && j < n && like[i][j] >= 0 && best[i][j] == like[i][j] + best[i + 1][j + 1]) {
                steps.add(new int[] {i++, j++});
            } else if (i < m && (j == n || best[i][j] == best[i + 1][j])) {
                steps.add(new int[] {i++, -1});
            } else {
                steps.add(new int[] {-1, j++});
            }
        }
        return steps;
    }
}
