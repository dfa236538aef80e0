package org.jobspecs.search;

import org.jobspecs.problem.Closest;
import java.util.List;

/**
 * When a word no class uses is a typo of one that some class uses. A correction is one edit away
 * (optimal string alignment: a letter added, dropped, changed, or two neighbours swapped). It is a
 * <em>likely</em> typo, one search may make on its own (saying so), when the edit is one a hand
 * makes: two letters swapped, a letter left out, a letter doubled or struck beside the one meant, or
 * a letter changed for its neighbour on a QWERTY keyboard ("custmer" → customer, "acountant" →
 * accountant, "enginer" → engineer). Any other edit is only offered as "Did you mean …?": it often
 * joins two different real words ("police" → policy: e and y are far apart). {@code search-core.js}
 * repeats this rule.
 */
final class Typos {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {
    }

    /** Whether a word can be corrected: five letters or more, letters only (the words of the typo list). */
    static boolean correctable(String w) {
        return w.length() >= SearchExport.MIN_TYPO_WORD && w.chars().allMatch(Character::isLetter);
    }

    /**
     * The words of a dictionary that no class uses (among {@code corpus}) but that are one likely
     * slip from a correctable word classes use: such a word is a real word, not a typo, so search
     * only offers the correction ("estate" is not turned into state). Found by one-letter deletions.
     */
    static java.util.SortedSet<String> realWords(java.util.Set<String> dictionary, java.util.Set<String> corpus) {
        RealWords finder = new RealWords(corpus);
        dictionary.forEach(finder::offer);
        return finder.found();
    }

    /** A word and each of its one-letter deletions. */
    static java.util.Set<String> deletions(String w) {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.add(w);
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /** Optimal string alignment distance ({@link Closest#distance}), up to {@code max} (anything larger gives max + 1). */
    static int distance(String a, String b, int max) {
        return Math.abs(a.length() - b.length()) > max ? max + 1 : Math.min(Closest.distance(a, b), max + 1);
    }

    /** Whether two keys touch on a QWERTY keyboard. */
    static boolean adjacent(char x, char y) {
        int[] p = key(x);
        int[] q = key(y);
        if (p == null || q == null || x == y) {
            return false;
        }
        if (p[0] == q[0]) {
            return Math.abs(p[1] - q[1]) == 1;
        }
        // Each row sits half a key right of the one above it.
        if (q[0] == p[0] - 1) {
            return q[1] == p[1] || q[1] == p[1] + 1;
        }
        if (q[0] == p[0] + 1) {
            return q[1] == p[1] || q[1] == p[1] - 1;
        }
        return false;
    }

    private static int[] key(char c) {
        for (int r = 0; r < ROWS.length; r++) {
            int col = ROWS[r].indexOf(c);
            if (col >= 0) {
                return new int[] {r, col};
            }
        }
        return null;
    }

    /** Whether {@code typed} is a hand's slip for {@code meant}, one edit away (see the class comment). */
    static boolean likely(String typed, String meant) {
        int n = typed.length();
        if (n + 1 == meant.length()) {
            return true; // a letter left out
        }
        if (n == meant.length() + 1) {
            for (int i = 0; i < n; i++) {
                if ((typed.substring(0, i) + typed.substring(i + 1)).equals(meant)) {
                    char extra = typed.charAt(i);
                    for (int k : new int[] {i - 1, i + 1}) {
                        if (k >= 0 && k < n && (typed.charAt(k) == extra || adjacent(typed.charAt(k), extra))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        if (n != meant.length()) {
            return false;
        }
        int i = 0;
        while (i < n && typed.charAt(i) == meant.charAt(i)) {
            i++;
        }
        if (i == n) {
            return false;
        }
        if (i + 1 < n && typed.charAt(i) == meant.charAt(i + 1) && typed.charAt(i + 1) == meant.charAt(i)
                && typed.substring(i + 2).equals(meant.substring(i + 2))) {
            return true; // two neighbours swapped
        }
        return typed.substring(i + 1).equals(meant.substring(i + 1)) && adjacent(typed.charAt(i), meant.charAt(i));
    }
}
