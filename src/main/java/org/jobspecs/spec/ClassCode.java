package org.jobspecs.spec;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A class code as the agency writes it ("7565", "M-104"). It is also the class page's address, so
 * only letters, digits, {@code -} and {@code _} are allowed ({@link #isSafe}). Two codes that differ
 * only by case or leading zeros are the same class ({@link #key}).
 */
public record ClassCode(String value) implements Comparable<ClassCode> {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public ClassCode {
        Objects.requireNonNull(value, "value");
    }

    /** Whether the code can be used as a folder name in a URL on every host. */
    public static boolean isSafe(String code) {
        return SAFE.matcher(code).matches();
    }

    /** The identity of the code: upper case, leading zeros removed ("0075a" and "75A" agree). */
    public String key() {
        String upper = value.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < upper.length() - 1 && upper.charAt(i) == '0') {
            i++;
        }
        return upper.substring(i);
    }

    /** Orders numerically where both codes are numbers, otherwise by text. */
    @Override
    public int compareTo(ClassCode other) {
        String a = key();
        String b = other.key();
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        if (numeric && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        int byKey = a.compareTo(b);
        return byKey != 0 ? byKey : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
