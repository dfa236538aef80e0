package org.jobspecs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviserTest {

    @Test
    void anEntryIsTheNameWithItsIsoDate() {
        assertEquals("Pat Lee (2025-09-12)", new Reviser(" Pat Lee ", LocalDate.of(2025, 9, 12)).entry());
        assertEquals("Sam Roe", new Reviser("Sam Roe", null).entry());
    }

    @Test
    void aNameThatWouldNotReadBackIsRefused() {
        for (String name : new String[] {"", "  ", "Pat; Sam", "Pat\nLee", "Pat Lee (2)", "Pat Lee (HR 2) "}) {
            assertThrows(IllegalArgumentException.class, () -> new Reviser(name, null), name);
        }
        assertEquals("Lee, Pat (HR)", new Reviser("Lee, Pat (HR)", null).name(), "parentheses without a digit are part of the name");
    }
}
