package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SourceOptionsTest {

    /** Zones at both ends of the offsets, with half and quarter hours, summer time, and a custom offset. */
    private static final List<String> ZONES = List.of("UTC", "Etc/UTC", "America/Los_Angeles", "America/Adak",
            "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe",
            "Europe/London", "America/St_Johns", "GMT+05:30", "GMT-11:00");

    @Test
    void issue15TodayIsTheDayLocalDateNowGivesInEveryZoneAroundTheYear() {
        long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long step = 37 * 60_000L + 11_000L; // not a divisor of an hour: every minute of the day is met in turn
        for (String id : ZONES) {
            TimeZone zone = TimeZone.getTimeZone(id);
            ZoneId zoneId = zone.toZoneId();
            for (long t = start; t < start + 400L * 86_400_000L; t += step) {
                assertEquals(LocalDate.ofInstant(Instant.ofEpochMilli(t), zoneId), SourceOptions.today(t, zone), id + " at " + t);
            }
        }
    }

    @Test
    void issue15TheDefaultDateIsTodayInTheDefaultZone() {
        SourceOptions options = new SourceOptions();
        LocalDate before = LocalDate.now();
        LocalDate asOf = options.asOf();
        LocalDate after = LocalDate.now();
        // The run may cross midnight between the three.
        assertTrue(asOf.equals(before) || asOf.equals(after), asOf + " between " + before + " and " + after);
    }

    @Test
    void theDateGivenWins() {
        SourceOptions options = new SourceOptions();
        options.date = LocalDate.of(2026, 1, 1);
        assertEquals(LocalDate.of(2026, 1, 1), options.asOf());
    }
}
