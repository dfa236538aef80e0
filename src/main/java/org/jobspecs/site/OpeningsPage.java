package org.jobspecs.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Opening;

/**
 * The "Open positions" page (issue 13, at {@code openings/}): every posting taking applications on
 * the build date, with its class and department, soonest closing first. Made only when the site has
 * {@code data/openings.csv}; with no posting open it says so and links to the job board, when known.
 */
final class OpeningsPage {

    /**
     * A row of the page.
     *
     * @param posting    the posting, as class pages show it
     * @param department the class's department
     */
    public record Row(HiringView.Posting posting, ClassLink job, String department) { }

    /**
     * The page's view.
     *
     * @param asOf  the build date, formatted: the day the list is true for
     * @param board the agency's job board (the link most classes give in the {@code openings} column of
     *              {@code data/classes.csv}), or empty when none is known
     */
    public record View(PageMeta meta, String asOf, List<Row> rows, String board) { }

    private OpeningsPage() {
    }

    static Page page(Catalog catalog, MetaFactory meta) {
        List<Row> rows = catalog.hiring().openOn(catalog.asOf()).stream()
                .sorted(HiringView.ORDER.thenComparing(Opening::code))
                .map(o -> {
                    JobClass c = catalog.classes().get(o.code());
                    return new Row(HiringView.posting(o), ClassPages.link(c), c.department());
                }).toList();
        String description = rows.isEmpty() ? "No job postings are open right now."
                : "Job postings open now: " + (rows.size() == 1 ? "1 posting" : rows.size() + " postings") + ", with their class, department and closing date.";
        return new Page(Paths.file(Paths.OPENINGS), "openings.ftl", new View(
                meta.of(Paths.OPENINGS, "Open positions", "openings", description),
                Format.date(catalog.asOf()), rows, board(catalog)));
    }

    /**
     * The job board: of the links classes give for their openings, without query and fragment
     * ("…/careers/alameda?keywords=Lifeguard" is "…/careers/alameda"), the one most give (ties: the first
     * in address order); empty when none do.
     */
    static String board(Catalog catalog) {
        Map<String, Integer> counts = new HashMap<>();
        for (JobClass c : catalog.classes().values()) {
            if (c.openings() != null && !c.openings().isEmpty()) {
                counts.merge(c.openings().replaceFirst("[?#].*$", ""), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }
}
