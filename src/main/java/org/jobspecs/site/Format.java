package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How dates and amounts read on the pages (US English). */
final class Format {

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
        // What replacing each run of [^a-z0-9] with "-" and then trimming the dashes at the ends gives,
        // in one pass without regular expressions (issue 15: a slug is made for every section of every class page).
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "x" : slug.toString();
    }
}
