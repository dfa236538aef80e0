package org.jobspecs.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** issue 11: a mistyped key gets "did you mean" the closest key, not the list of all of them. */
class ClosestTest {

    private static final List<String> KEYS = List.of("title", "code", "department", "unit", "flsa", "series", "level",
            "class.status", "abolished", "former.titles", "former.codes", "openings", "approved", "approved.by", "history");

    @Test
    void typosOfEveryKindFindTheirKey() {
        assertEquals(Optional.of("title"), Closest.to("titel", KEYS), "two letters swapped");
        assertEquals(Optional.of("title"), Closest.to("Title", KEYS), "case");
        assertEquals(Optional.of("department"), Closest.to("departmnt", KEYS), "a letter dropped");
        assertEquals(Optional.of("department"), Closest.to("deparment", KEYS), "a letter dropped inside");
        assertEquals(Optional.of("approved.by"), Closest.to("approvedby", KEYS), "separators do not count");
        assertEquals(Optional.of("former.codes"), Closest.to("former_code", KEYS), "a plural dropped and _ for .");
        assertEquals(Optional.of("openings"), Closest.to("opennings", KEYS), "a letter doubled");
    }

    @Test
    void aNameFarFromEveryKeyFindsNone() {
        assertEquals(Optional.empty(), Closest.to("salary", KEYS));
        assertEquals(Optional.empty(), Closest.to("x", KEYS), "one letter is not a typo of a four-letter key");
        assertEquals(Optional.empty(), Closest.to("grade", KEYS));
    }

    @Test
    void shortNamesAllowOneEditLongOnesMore() {
        assertEquals(Optional.of("unit"), Closest.to("unti", KEYS));
        assertEquals(Optional.empty(), Closest.to("uxyt", KEYS), "two edits in four letters is another word");
        assertEquals(Optional.of("former.titles"), Closest.to("formertitels", KEYS));
    }

    @Test
    void adviceNamesTheClosestOrListsAtMostTen() {
        assertEquals("did you mean \"title\"?", Closest.advice("titel", KEYS));
        assertEquals("use one of: title, code, department, unit, flsa, series, level, class.status, abolished, former.titles,"
                + " … (15 in all)", Closest.advice("salary", KEYS));
        assertEquals("use one of: a, b", Closest.advice("zzzzzz", List.of("a", "b")));
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertEquals(1, Closest.distance("titel", "title"));
        assertEquals(1, Closest.distance("tilte", "title"), "one adjacent swap");
        assertEquals(0, Closest.distance("", ""));
        assertEquals(3, Closest.distance("abc", ""));
        assertEquals(1, Closest.distance("parks", "park"));
    }
}
