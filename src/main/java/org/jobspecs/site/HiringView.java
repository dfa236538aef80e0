package org.jobspecs.site;

import java.util.Comparator;
import java.util.List;
import org.jobspecs.spec.Opening;

/**
 * Who is hiring into a class now (issue 13): its postings taking applications on the build date,
 * the soonest closing first and postings open until filled last.
 */
public record HiringView(List<Posting> postings) {

    /** A class nobody is hiring into (or a site without {@code data/openings.csv}). */
    static final HiringView NONE = new HiringView(List.of());

    /**
     * A posting as pages show it.
     *
     * @param title    the posting's title on the job board
     * @param href     its address there
     * @param deadline "apply by January 15, 2027" or "open until filled"
     * @param closes   the closing date ("January 15, 2027"), or empty when open until filled
     * @param closesIso the closing date as YYYY-MM-DD (for {@code <time>}), or empty
     */
    public record Posting(String title, String href, String deadline, String closes, String closesIso) { }

    /** Whether anyone is hiring into the class on the build date: the "Open now" search facet. */
    public boolean openNow() {
        return !postings.isEmpty();
    }

    /** Postings open soonest-closing first, continuous ones last, then by title. */
    static final Comparator<Opening> ORDER = Comparator
            .comparing((Opening o) -> o.closes() == null ? java.time.LocalDate.MAX : o.closes())
            .thenComparing(Opening::title).thenComparing(Opening::link);

    static HiringView of(List<Opening> open) {
        if (open.isEmpty()) {
            return NONE;
        }
        return new HiringView(open.stream().sorted(ORDER).map(HiringView::posting).toList());
    }

    static Posting posting(Opening o) {
        return o.continuous()
                ? new Posting(o.title(), o.link(), "open until filled", "", "")
                : new Posting(o.title(), o.link(), "apply by " + Format.date(o.closes()), Format.date(o.closes()), o.closes().toString());
    }
}
