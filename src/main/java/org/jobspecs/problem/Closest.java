package org.jobspecs.problem;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for a name that is not one of a known set: a mistyped header key, CSV column
 * or id gets the closest known name instead of the whole list. Distance is Damerau–Levenshtein
 * (a swapped pair of letters is one edit) over lower-cased names with {@code .}, {@code -},
 * {@code _} and spaces ignored, and a name is proposed only when it is close for its length: at
 * most one edit for names up to four letters, two up to eight, three beyond.
 */
public final class Closest {

    private Closest() {
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern APOSTROPHE = java.util.regex.Pattern.compile("['\u2019]");

    /**
     * What two spellings of one name have in common when they differ only in case, "&" for "and",
     * apostrophes or punctuation: lower case, "&" read as "and", apostrophes dropped, other
     * punctuation and runs of spaces as one space ("Recreation & Parks" and "recreation and parks"
     * give the same key).
     */
    public static String sameNameKey(String name) {
        String k = APOSTROPHE.matcher(name.toLowerCase(java.util.Locale.ROOT).replace("&", " and ")).replaceAll("");
        return NOT_WORD.matcher(k).replaceAll(" ").strip();
    }

    /** The known name closest to {@code typed}, when one is close enough to be a likely typo. */
    public static Optional<String> to(String typed, Collection<String> known) {
        String t = plain(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = plain(candidate);
            int d = c.equals(t) ? 0 : distance(t, c);
            if (d < bestDistance && d <= allowed(Math.min(t.length(), c.length()))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What to do about an unknown name: {@code did you mean "title"?} when one is close, else the
     * known names (at most ten, then how many there are in all).
     */
    public static String advice(String typed, List<String> known) {
        return to(typed, known).map(k -> "did you mean \"" + k + "\"?")
                .orElseGet(() -> "use one of: " + String.join(", ", known.stream().limit(10).toList())
                        + (known.size() > 10 ? ", … (" + known.size() + " in all)" : ""));
    }

    static int allowed(int length) {
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    private static String plain(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch != '.' && ch != '-' && ch != '_' && !Character.isWhitespace(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
