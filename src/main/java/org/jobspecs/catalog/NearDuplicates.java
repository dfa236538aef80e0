package org.jobspecs.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
        for (List<Spelling> same : byKey.values()) {
            Spelling usual = usual(same);
            names.add(usual);
            for (Spelling other : same) {
                if (other != usual) {
                    problems.error(other.first, what + " \"" + other.name + "\" (" + other.where() + ") and \"" + usual.name
                                    + "\" (" + usual.where() + ") differ only in case, \"&\" or punctuation",
                            "write one spelling, e.g. \"" + usual.name + "\", on every row");
                }
            }
        }
        for (Spelling[] pair : candidatePairs(names)) {
            Spelling a = pair[0];
            Spelling b = pair[1];
            if (oneEditApart(key(a.name), key(b.name))) {
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
     */
    private static List<Spelling[]> candidatePairs(List<Spelling> names) {
        Map<String, List<Integer>> byVariant = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String k = key(names.get(i).name);
            Set<String> variants = new HashSet<>();
            variants.add(k);
            for (int c = 0; c < k.length(); c++) {
                variants.add(k.substring(0, c) + k.substring(c + 1));
            }
            for (String v : variants) {
                byVariant.computeIfAbsent(v, x -> new ArrayList<>()).add(i);
            }
        }
        SortedSet<Long> pairIds = new TreeSet<>(); // i << 32 | j, i < j: ordered as the names are
        for (List<Integer> group : byVariant.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    pairIds.add((long) group.get(x) << 32 | group.get(y));
                }
            }
        }
        List<Spelling[]> pairs = new ArrayList<>();
        for (long id : pairIds) {
            pairs.add(new Spelling[] {names.get((int) (id >>> 32)), names.get((int) id)});
        }
        return pairs;
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
