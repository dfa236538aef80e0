package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How dates and amounts read on the pages (US English). */
final class Format {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Format() {
    }

    /** "October 8, 2025"; empty for null. */
    static String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        int n = items.size();
        return n <= 1 ? String.join("", items) : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** "$5,432.10": always with cents. */
    static String money(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder out = new StringBuilder("$");
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, dot, plain.length()).toString();
    }

    /** A lower-case slug for anchors and addresses: "Alameda Municipal Power" → "alameda-municipal-power". */
    static String slug(String text) {
        String s = EDGE_DASHES.matcher(NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }
}
