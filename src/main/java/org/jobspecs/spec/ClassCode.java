package org.jobspecs.spec;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A class code as the agency writes it ("7565", "M-104"). It is also the class page's address, so
 * only letters, digits, {@code -} and {@code _} are allowed ({@link #isSafe}). Two codes that differ
 * only by case or leading zeros are the same class ({@link #key}).
 */
public final class ClassCode implements Comparable<ClassCode> {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private final String value;
    /**
     * Issue 13/15: what {@link #compareTo} needs of the code, worked out once (codes are compared in
     * every sorted map of the catalog, millions of times in a large build): whether it is ASCII, how
     * many leading zeros it has, and whether the rest is all digits.
     */
    private final boolean ascii;
    private final int zeros;
    private final boolean digits;

    public ClassCode(String value) {
        this.value = Objects.requireNonNull(value, "value");
        this.ascii = isAscii(value);
        this.zeros = zeros(value);
        this.digits = isDigits(value, zeros);
    }

    /** The code as the agency writes it. */
    public String value() {
        return value;
    }

    /** Whether the code can be used as a folder name in a URL on every host. */
    public static boolean isSafe(String code) {
        return SAFE.matcher(code).matches();
    }

    /** The identity of the code: upper case, leading zeros removed ("0075a" and "75A" agree). */
    public String key() {
        int i = 0;
        while (i < value.length() - 1 && value.charAt(i) == '0') {
            i++;
        }
        String rest = value.substring(i);
        return isUpperOrDigits(rest) ? rest : rest.toUpperCase(Locale.ROOT);
    }

    /** Orders numerically where both codes are numbers, otherwise by text. */
    @Override
    public int compareTo(ClassCode other) {
        String x = value;
        String y = other.value;
        if (ascii && other.ascii) {
            // As below, without building the keys: ASCII upper-casing is one character to one.
            int i = zeros;
            int j = other.zeros;
            int la = x.length() - i;
            int lb = y.length() - j;
            if (la != lb && digits && other.digits) {
                return Integer.compare(la, lb);
            }
            int n = Math.min(la, lb);
            for (int k = 0; k < n; k++) {
                char a = upper(x.charAt(i + k));
                char b = upper(y.charAt(j + k));
                if (a != b) {
                    return a - b;
                }
            }
            return la != lb ? la - lb : x.compareTo(y);
        }
        String a = key();
        String b = other.key();
        if (a.length() != b.length() && isDigits(a) && isDigits(b)) {
            return Integer.compare(a.length(), b.length());
        }
        int byKey = a.compareTo(b);
        return byKey != 0 ? byKey : value.compareTo(other.value);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Leading zeros, as {@link #key} removes them (never the last character). */
    private static int zeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static boolean isDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperOrDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII answered without the Unicode tables: codes are compared in every sorted map of the catalog
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
