package org.jobspecs.site.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.spec.Inline;

/**
 * Text as words and punctuation marks, and the changes between two texts word by word. A word is
 * a run of letters and digits, with the hyphens, apostrophes, slashes, periods and commas inside it
 * ("full-time", "employee's", "and/or", "$5,432.10" is "$" and "5,432.10"); every other mark is a
 * token of its own, so that "duties." against "duties;" changes the mark only.
 */
final class Words {

    /** A token and whether space came before it in its text. */
    record Token(String text, boolean spaceBefore, boolean word) { }

    /** The marked text of a comparison and how many words it added, removed and kept. */
    record Marked(List<Inline> inlines, int added, int removed, int kept) { }

    private Words() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean space = false;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i += Character.charCount(c);
                continue;
            }
            int end = i + Character.charCount(c);
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                end = wordEnd(text, end);
            }
            tokens.add(new Token(text.substring(i, end), space && !tokens.isEmpty(), word));
            space = false;
            i = end;
        }
        return tokens;
    }

    private static boolean inner(int c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '/' || c == '.' || c == ',' || c == '\u2010' || c == '\u2011';
    }

    static int count(String text) {
        int n = 0;
        for (Token t : tokens(text)) {
            if (t.word()) {
                n++;
            }
        }
        return n;
    }

    /** A text's words in lower case, each with how often it occurs: what {@link #likeness} compares. */
    record Bag(Map<String, Integer> counts, int size) {

        /**
         * Issue 15: the words found as {@link #tokens} finds them, without making a token of every
         * word and mark (the differing stretches of every version page are counted so);
         * WordsTest compares the two.
         */
        static Bag of(String text) {
            Map<String, Integer> counts = new HashMap<>();
            int size = 0;
            int n = text.length();
            int i = 0;
            while (i < n) {
                int c = text.codePointAt(i);
                int end = i + Character.charCount(c);
                if (Character.isLetterOrDigit(c)) {
                    end = wordEnd(text, end);
                    String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
                    Integer before = counts.putIfAbsent(word, 1);
                    if (before != null) {
                        counts.put(word, before + 1);
                    }
                    size++;
                }
                i = end; // a space, or a mark of its own
            }
            return new Bag(counts, size);
        }

        /** The old way, kept for WordsTest: every token made, the words counted. */
        static Bag ofTokens(String text) {
            Map<String, Integer> counts = new HashMap<>();
            int size = 0;
            for (Token t : tokens(text)) {
                if (t.word()) {
                    counts.merge(t.text().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    size++;
                }
            }
            return new Bag(counts, size);
        }
    }

    /** Where the word that runs on from {@code end} ends: letters and digits, and the marks {@link #inner} between them. */
    private static int wordEnd(String text, int end) {
        while (end < text.length()) {
            int d = text.codePointAt(end);
            if (Character.isLetterOrDigit(d)) {
                end += Character.charCount(d);
            } else if (inner(d) && end + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(end + 1))) {
                end += 1;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * How alike two texts are, from 0 to 1: the words they share (counted as often as both have
     * them) over the words of the longer. Cheap (no alignment): it decides which paragraphs, list
     * items and rows of two versions are the same one changed, and which were replaced.
     */
    static double likeness(String older, String newer) {
        return likeness(Bag.of(older), Bag.of(newer));
    }

    static double likeness(Bag older, Bag newer) {
        int longer = Math.max(older.size(), newer.size());
        if (longer == 0) {
            return 1;
        }
        Bag small = older.counts().size() <= newer.counts().size() ? older : newer;
        Bag large = small == older ? newer : older;
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.counts().entrySet()) {
            Integer other = large.counts().get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
            }
        }
        return (double) shared / longer;
    }

    /**
     * The newer text with the changes from the older marked: the older's words it drops in
     * {@link Inline.Deleted}, its own new words in {@link Inline.Inserted}, a deletion before the
     * insertion that replaces it. Spacing is each side's own; the space before a change stays
     * outside its mark.
     */
    static Marked diff(String older, String newer) {
        List<Token> o = tokens(older);
        List<Token> n = tokens(newer);
        List<String> ot = o.stream().map(Token::text).toList();
        List<String> nt = n.stream().map(Token::text).toList();
        List<Inline> out = new ArrayList<>();
        StringBuilder same = new StringBuilder();
        int added = 0;
        int removed = 0;
        int kept = 0;
        for (Runs.Run run : Runs.of(ot, nt)) {
            if (run.same()) {
                for (int i = run.newerFrom(); i < run.newerTo(); i++) {
                    Token t = n.get(i);
                    // after a change at the start, the older text's spacing: "<del>x</del> a", not "<del>x</del>a"
                    boolean afterChange = i == run.newerFrom() && !out.isEmpty() && o.get(run.olderFrom()).spaceBefore();
                    if (t.spaceBefore() || afterChange) {
                        same.append(' ');
                    }
                    same.append(t.text());
                    kept += t.word() ? 1 : 0;
                }
                continue;
            }
            if (run.olderTo() > run.olderFrom()) {
                removed += mark(o.subList(run.olderFrom(), run.olderTo()), false, same, out);
            }
            if (run.newerTo() > run.newerFrom()) {
                List<Token> inserted = n.subList(run.newerFrom(), run.newerTo());
                if (run.olderTo() > run.olderFrom() && !inserted.get(0).spaceBefore()
                        && (inserted.get(0).word() || o.get(run.olderFrom()).word())) {
                    same.append(' '); // a replaced word reads "<del>x</del> <ins>y</ins>" even where the text starts
                }
                added += mark(inserted, true, same, out);
            }
        }
        flush(same, out);
        return new Marked(List.copyOf(out), added, removed, kept);
    }

    /** Writes a run of changed tokens as one mark, its leading space outside it; returns its words. */
    private static int mark(List<Token> tokens, boolean inserted, StringBuilder same, List<Inline> out) {
        if (tokens.get(0).spaceBefore()) {
            same.append(' ');
        }
        flush(same, out);
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && t.spaceBefore()) {
                text.append(' ');
            }
            text.append(t.text());
            words += t.word() ? 1 : 0;
        }
        List<Inline> content = List.of(new Inline.Text(text.toString()));
        out.add(inserted ? new Inline.Inserted(content) : new Inline.Deleted(content));
        return words;
    }

    private static void flush(StringBuilder same, List<Inline> out) {
        if (same.length() > 0) {
            out.add(new Inline.Text(same.toString()));
            same.setLength(0);
        }
    }
}
