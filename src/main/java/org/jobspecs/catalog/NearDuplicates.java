package org.jobspecs.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/**
 * Finds names that are almost certainly one name spelled two ways: departments in the class
 * register, unit names, series titles. "Recreation &amp; Parks" beside "Recreation and Parks"
 * would otherwise make two departments. Two spellings are the same name when they differ only by
 * case, "&amp;" for "and", punctuation or spacing, or when they are one edit apart (a letter added,
 * dropped, changed or two swapped) outside a word that tells classes apart (a number, a roman
 * numeral, a one- or two-letter word: "Unit A" and "Unit B" are different names).
 */
final class NearDuplicates {

    private static final Pattern NUMERAL = Pattern.compile(".*\\p{N}.*|[ivxlc]+");

    /** One way a name is written: where it first appears and on how many rows. */
    private static final class Spelling {
        final String name;
        final Location first;
        int rows;

        Spelling(String name, Location first) {
            this.name = name;
            this.first = first;
        }

        String where() {
            return "line " + first.line() + (rows == 1 ? ", 1 row" : ", " + rows + " rows");
        }
    }

    private final String what;
    private final Map<String, Spelling> spellings = new LinkedHashMap<>();

    /** @param what the kind of name, e.g. "department" */
    NearDuplicates(String what) {
        this.what = what;
    }

    void add(String name, Location where) {
        if (name == null || name.isBlank()) {
            return;
        }
        spellings.computeIfAbsent(name.strip(), n -> new Spelling(n, where)).rows++;
    }

    /** Reports every pair of spellings of one name, each as an error at the less used spelling's first line. */
    void report(Problems problems) {
        Map<String, List<Spelling>> byKey = new LinkedHashMap<>();
        for (Spelling s : spellings.values()) {
            byKey.computeIfAbsent(key(s.name), k -> new ArrayList<>()).add(s);
        }
        List<Spelling> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, List<Spelling>> e : byKey.entrySet()) {
            List<Spelling> same = e.getValue();
            Spelling usual = usual(same);
            names.add(usual);
            keys.add(e.getKey());
            for (Spelling other : same) {
                if (other != usual) {
                    problems.error(other.first, what + " \"" + other.name + "\" (" + other.where() + ") and \"" + usual.name
                                    + "\" (" + usual.where() + ") differ only in case, \"&\" or punctuation",
                            "write one spelling, e.g. \"" + usual.name + "\", on every row");
                }
            }
        }
        for (long pair : candidatePairs(keys)) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            Spelling a = names.get(i);
            Spelling b = names.get(j);
            if (oneEditApart(keys.get(i), keys.get(j))) {
                Spelling usual = a.rows >= b.rows ? a : b;
                Spelling other = usual == a ? b : a;
                problems.error(other.first, what + " \"" + other.name + "\" (" + other.where() + ") is one letter away from \""
                                + usual.name + "\" (" + usual.where() + ")",
                        "if they are one " + what + ", write \"" + usual.name + "\" on every row; if not, name them so that they differ clearly");
            }
        }
    }

    /**
     * Pairs of names that may be one edit apart, found without comparing every pair: two strings
     * one insertion, deletion, substitution or adjacent swap apart share a string made by deleting
     * at most one character from each (the "symmetric delete" neighbourhood). Linear in the number
     * of names times their length; a catalog has thousands of series titles.
     *
     * @param keys the names' keys ({@link #key}), each name's once (issue 15: not made again here and for each pair)
     * @return each pair as {@code i << 32 | j}, {@code i < j}, in order
     */
    static long[] candidatePairs(List<String> keys) {
        Map<String, List<Integer>> byVariant = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            variant(byVariant, k, i);
            StringBuilder without = new StringBuilder(k.length());
            for (int c = 0; c < k.length(); c++) {
                without.setLength(0);
                variant(byVariant, without.append(k, 0, c).append(k, c + 1, k.length()).toString(), i);
            }
        }
        long[] ids = new long[16];
        int count = 0;
        for (List<Integer> group : byVariant.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    if (count == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = (long) group.get(x) << 32 | group.get(y);
                }
            }
        }
        java.util.Arrays.sort(ids, 0, count);
        int distinct = 0;
        for (int n = 0; n < count; n++) {
            if (distinct == 0 || ids[n] != ids[distinct - 1]) {
                ids[distinct++] = ids[n];
            }
        }
        return java.util.Arrays.copyOf(ids, distinct);
    }

    /** Files name {@code i} under one of its variants, once (deleting either of two equal letters gives one variant). */
    private static void variant(Map<String, List<Integer>> byVariant, String variant, int i) {
        List<Integer> group = byVariant.computeIfAbsent(variant, x -> new ArrayList<>());
        if (group.isEmpty() || group.get(group.size() - 1) != i) {
            group.add(i);
        }
    }

    private static Spelling usual(List<Spelling> same) {
        Spelling usual = same.get(0);
        for (Spelling s : same) {
            if (s.rows > usual.rows) {
                usual = s;
            }
        }
        return usual;
    }

    /** Lower case, "&" read as "and", apostrophes dropped, other punctuation and runs of spaces as one space. */
    static String key(String name) {
        return Closest.sameNameKey(name);
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 4 || Closest.distance(a, b) != 1) {
            return false;
        }
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length != wb.length) {
            return true; // a space added or dropped inside a word: "Parks Department" / "ParksDepartment"
        }
        for (int i = 0; i < wa.length; i++) {
            if (!wa[i].equals(wb[i])) {
                return !(distinguishing(wa[i]) || distinguishing(wb[i]));
            }
        }
        return false;
    }

    /** A word that names one of several: "2", "II", "A", "IT", "B12". */
    private static boolean distinguishing(String word) {
        return word.length() <= 2 || NUMERAL.matcher(word).matches();
    }
}
