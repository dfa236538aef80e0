package org.jobspecs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jobspecs.site.ClassView;

/**
 * The yes/no facts a visitor can filter search results by (issue 13): each a labelled checkbox of
 * the search page's filters, combined with AND, with truthful counts and its id in the address
 * ({@code &facet=entry-level}). A class has a facet when its page's view says so, decided here and
 * nowhere else; the export writes each class's facets as a bit set in {@code search/facets.json}
 * ({@code flags}), and the page builds its checkboxes from that list.
 *
 * <p><b>Adding a facet is one line in {@link #ALL}</b>: an id (lower case, letters and '-', stable:
 * it is kept in bookmarked addresses), the checkbox's label, and the test on the class's view, e.g.
 * {@code new Facet("open-now", "Open now", ClassView::openNow)}.
 * Nothing else changes: the export, the client, the page and the tests take the list as it is
 * (at most {@link #MAX} facets, one bit each).
 */
public final class Facets {

    /** One yes/no facet: its id in the address and in facets.json, its label, and which classes have it. */
    public record Facet(String id, String label, Predicate<ClassView> test) {

        public Facet {
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("facet id: " + id);
            }
        }
    }

    /** The facets, in the order the page shows them. */
    public static final List<Facet> ALL = List.of(
            new Facet("entry-level", "Entry level", c -> c.entryLevel() || c.needs().entryLevel()),
            new Facet("no-degree", "No degree required", c -> c.needs().noDegreeRequired()),
            new Facet("drivers-licence", "Driver's licence required", c -> c.needs().driversLicence()),
            new Facet("open-now", "Open now", ClassView::openNow));

    /** At most this many facets: each is one bit of a class's number in facets.json. */
    static final int MAX = 30;

    static {
        if (ALL.size() > MAX || ALL.stream().map(Facet::id).distinct().count() != ALL.size()) {
            throw new IllegalStateException("facets must have distinct ids, at most " + MAX);
        }
    }

    private Facets() {
    }

    /** The ids of the facets a class has, in {@link #ALL}'s order. */
    public static List<String> of(ClassView c) {
        List<String> ids = new ArrayList<>();
        for (Facet f : ALL) {
            if (f.test().test(c)) {
                ids.add(f.id());
            }
        }
        return List.copyOf(ids);
    }

    /** A class's facets as a bit set: bit i is {@link #ALL}'s i-th facet. */
    static int bits(List<String> ids) {
        int bits = 0;
        for (int i = 0; i < ALL.size(); i++) {
            if (ids.contains(ALL.get(i).id())) {
                bits |= 1 << i;
            }
        }
        return bits;
    }
}
