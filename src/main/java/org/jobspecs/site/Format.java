package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    /** "$5,432.10": always with cents. */
    static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A lower-case slug for anchors and addresses: "Alameda Municipal Power" → "alameda-municipal-power". */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
