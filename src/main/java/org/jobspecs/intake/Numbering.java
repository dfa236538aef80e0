package org.jobspecs.intake;

/** Labels of numbered list items as documents show them: "3.", "c.", "C.", "iii.". */
public final class Numbering {

    private Numbering() {
    }

    /** The label of item {@code number} in an HTML list of {@code type} ("1", "a", "A", "i", "I" or ""). */
    static String label(int number, String type) {
        return switch (type) {
            case "a" -> letters(number, false) + ".";
            case "A" -> letters(number, true) + ".";
            case "i" -> roman(number).toLowerCase(java.util.Locale.ROOT) + ".";
            case "I" -> roman(number) + ".";
            default -> number + ".";
        };
    }

    static String letters(int number, boolean upper) {
        StringBuilder sb = new StringBuilder();
        int n = number;
        while (n > 0) {
            n--;
            sb.insert(0, (char) ((upper ? 'A' : 'a') + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    /** Upper-case Roman numerals for 1 to 3999; other numbers as digits. */
    public static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return Integer.toString(number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int n = number;
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** The number a label such as "3.", "(3)", "c)" stands for, or -1 for a bullet or an unknown label. */
    static int value(String label) {
        String core = label.replaceAll("[().\\s]", "");
        if (core.matches("\\d{1,4}")) {
            return Integer.parseInt(core);
        }
        if (core.matches("[a-z]") || core.matches("[A-Z]")) {
            return Character.toLowerCase(core.charAt(0)) - 'a' + 1;
        }
        return -1;
    }

    /** Whether a label numbers (as opposed to bulleting) its item. */
    static boolean ordered(String label) {
        return value(label) > 0;
    }
}
