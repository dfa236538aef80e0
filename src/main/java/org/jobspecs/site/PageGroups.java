package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issue 15: the pages of a {@link StreamedPlan} other than the class pages, made a group at a time
 * when they are rendered: a listing, a salary schedule, a unit, a series, a class's earlier versions…
 * At 100,000 classes these pages' views took some 500 MB when they were all made ahead (a schedule's
 * rows, the A to Z and department lists, the series' pictures); made group by group, memory holds
 * only the groups being rendered.
 *
 * <p>The pages made {@linkplain #last() last} (the changes pages and feeds, {@code sitemap.xml},
 * {@code robots.txt}) look at the others: they are made from what each group recorded of its pages
 * (the output path, whether the sitemap lists it) once every group is made.
 */
public final class PageGroups {

    /** What the pages made last need of a page made before: its output path, and whether the sitemap lists it. */
    record Made(String output, boolean listed) {

        static Made of(Page page) {
            return new Made(page.output(), SitePlanner.listed(page));
        }
    }

    private final List<Supplier<List<Page>>> groups;
    private final Function<List<Made>, List<Page>> last;
    private final AtomicReferenceArray<List<Made>> made;

    /**
     * @param groups the groups, in page order, each made when asked for
     * @param last   the pages made from all the others (given in page order)
     */
    PageGroups(List<Supplier<List<Page>>> groups, Function<List<Made>, List<Page>> last) {
        this.groups = List.copyOf(groups);
        this.last = last;
        this.made = new AtomicReferenceArray<>(groups.size());
    }

    /** How many groups there are, besides the pages made last. */
    public int size() {
        return groups.size();
    }

    /** Makes group {@code i} (thread-safe: groups may be made in parallel, in any order). */
    public List<Page> make(int i) {
        List<Page> pages = groups.get(i).get();
        made.set(i, pages.stream().map(Made::of).toList());
        return pages;
    }

    /**
     * The pages made from the others (the changes pages and feeds, the sitemap, robots.txt).
     *
     * @throws IllegalStateException when a group was not made yet
     */
    public List<Page> last() {
        List<Made> all = new ArrayList<>();
        for (int i = 0; i < made.length(); i++) {
            List<Made> group = made.get(i);
            if (group == null) {
                throw new IllegalStateException("page group " + i + " of " + made.length() + " was not made");
            }
            all.addAll(group);
        }
        return last.apply(all);
    }
}
