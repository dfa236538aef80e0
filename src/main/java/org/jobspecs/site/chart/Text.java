package org.jobspecs.site.chart;

import java.math.BigDecimal;

/** Numbers as the SVG and the labels write them, and how wide a label is. */
final class Text {

    /** Average advance of a character of the pictures' sans-serif text, in ems (measured on system fonts: 0.50–0.55). */
    static final double EM_PER_CHAR = 0.56;

    private Text() {
    }

    /** A coordinate: at most one decimal, no grouping, "." as the decimal point ("12.5", "40"). */
    static String coord(double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10;
        long tenth = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return tenth == 0 ? Long.toString(whole) : sign + whole + "." + tenth;
    }

    /** A coordinate to two decimals, for the thin bars of a compact picture ("12.25"). */
    static String coord2(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    /** "60", "2.5": a tick's number without trailing zeros. */
    static String number(double v) {
        // a whole number below 2^53 is what BigDecimal writes for it (issue 15: most ticks are whole)
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** "$62,400", "$19.63": the amount as given (its scale kept), with grouping. */
    static String dollars(BigDecimal amount) {
        String plain = amount.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(negative ? "-$" : "$");
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    /** The estimated width of {@code text} at {@code size} user units. */
    static double width(String text, double size) {
        return text.length() * size * EM_PER_CHAR;
    }

    /** {@code text} cut (with "…") to fit {@code room} user units at {@code size}. */
    static String fit(String text, double size, double room) {
        int chars = (int) Math.floor(room / (size * EM_PER_CHAR));
        if (text.length() <= chars) {
            return text;
        }
        return chars <= 1 ? "…" : text.substring(0, chars - 1).stripTrailing() + "…";
    }
}
