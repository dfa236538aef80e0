package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: the yes/no search facets: ids fit for the address, one bit each, "Entry level" first. */
class FacetsTest {

    @Test
    void eachFacetIsABitOfItsClassesNumber() {
        assertEquals("entry-level", Facets.ALL.get(0).id());
        assertEquals("Entry level", Facets.ALL.get(0).label());
        assertEquals(0, Facets.bits(List.of()));
        assertEquals(1, Facets.bits(List.of("entry-level")));
        assertEquals(1, Facets.bits(List.of("entry-level", "not-a-facet")), "ids no facet has are ignored");
        assertTrue(Facets.ALL.size() <= Facets.MAX);
        assertThrows(IllegalArgumentException.class, () -> new Facets.Facet("Open now", "Open now", c -> true), "ids go into addresses");
    }
}
