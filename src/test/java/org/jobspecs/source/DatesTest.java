package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatesTest {

    /** What {@link Dates#iso} answered before its shortcut for "YYYY-MM-DD" (issue 15): the strict ISO formatter's reading. */
    private static Optional<LocalDate> formatter(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Test
    void isoDatesAreStrict() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Dates.iso(" 2024-02-29\n"));
        assertEquals(Optional.empty(), Dates.iso("2023-02-29"));
        assertEquals(Optional.empty(), Dates.iso("2023-13-01"));
        assertEquals(Optional.empty(), Dates.iso("2023-1-01"));
        assertEquals(Optional.of(LocalDate.of(0, 1, 1)), Dates.iso("0000-01-01"));
        assertEquals(Optional.of(LocalDate.of(12345, 1, 1)), Dates.iso("+12345-01-01"));
    }

    /** Issue 15: the shortcut answers as the formatter does, on dates of the usual shape (possible or not) and on near misses. */
    @Test
    void theShortcutAnswersAsTheFormatter() {
        SplittableRandom r = new SplittableRandom(15);
        String[] odd = {"", " ", "\t", "-", "+", "/", "0", "9", "a", "\u0660", "\uff11", "T", "00", "99"};
        int dates = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(15), r.nextInt(33));
            if (r.nextInt(4) == 0) { // a near miss: a character replaced, inserted or removed
                StringBuilder b = new StringBuilder(text);
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0 -> b.replace(at, at + 1, odd[r.nextInt(odd.length)]);
                    case 1 -> b.insert(at, odd[r.nextInt(odd.length)]);
                    default -> b.deleteCharAt(at);
                }
                text = b.toString();
            }
            if (r.nextInt(8) == 0) {
                text = odd[r.nextInt(3)] + text + odd[r.nextInt(3)];
            }
            String t = text;
            Optional<LocalDate> expected = formatter(text);
            assertEquals(expected, Dates.iso(text), () -> "\"" + t + "\"");
            dates += expected.isPresent() ? 1 : 0;
        }
        assertTrue(dates > 10_000 && dates < 45_000, dates + " dates of 50000");
    }
}
