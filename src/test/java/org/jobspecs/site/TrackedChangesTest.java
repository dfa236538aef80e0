package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jobspecs.spec.Reviser;
import org.junit.jupiter.api.Test;

/** The sentence a class page's changes section says about who made the tracked changes. */
class TrackedChangesTest {

    static final Reviser PAT = new Reviser("Pat Lee", LocalDate.of(2025, 9, 12));
    static final Reviser SAM = new Reviser("Sam Roe", null);
    static final Reviser KIM = new Reviser("Kim Poe Jr.", null);

    @Test
    void namesAreListedWithTheirDatesFormattedLikeThePagesOtherDates() {
        assertEquals("", ClassPages.trackedChanges(List.of()));
        assertEquals("Tracked changes by Pat Lee (September 12, 2025).", ClassPages.trackedChanges(List.of(PAT)));
        assertEquals("Tracked changes by Pat Lee (September 12, 2025) and Sam Roe.", ClassPages.trackedChanges(List.of(PAT, SAM)));
        assertEquals("Tracked changes by Sam Roe, Pat Lee (September 12, 2025) and Kim Poe Jr.",
                ClassPages.trackedChanges(List.of(SAM, PAT, KIM)));
    }
}
