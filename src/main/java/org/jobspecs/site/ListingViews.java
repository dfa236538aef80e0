package org.jobspecs.site;

import java.util.List;
import org.jobspecs.spec.Benefit;

/** The views of the listing pages: home, A–Z, archive, departments, series, schedules, units, 404, redirects. */
public final class ListingViews {

    private ListingViews() {
    }

    /** A titled group of classes: a letter of the A–Z list, a department. {@code id} is its anchor. */
    public record Group(String id, String name, List<ClassLink> classes) { }

    /** A link with a one-line description, e.g. a unit on the units index. */
    public record Entry(String title, String href, String detail) { }

    public record Home(PageMeta meta, int classCount, int departmentCount, int abolishedCount, List<Group> departments,
                       List<Entry> series, List<Entry> units, Entry schedule) { }

    public record AtoZ(PageMeta meta, List<Group> letters, int abolishedCount) { }

    public record Archive(PageMeta meta, List<ClassLink> classes) { }

    /** @param charts each department's picture of pay (issue 13), by its group's id; a department without pay has none */
    public record Departments(PageMeta meta, List<Group> departments, java.util.Map<String, org.jobspecs.site.chart.BarChart> charts) { }

    public record SeriesIndex(PageMeta meta, List<Entry> series) { }

    /** A series page: its levels from entry upward; {@code ladder} pictures their pay (issue 13), or is null. */
    public record SeriesPage(PageMeta meta, String title, String summary, List<ClassLink> levels, org.jobspecs.site.chart.BarChart ladder) { }

    public record SalaryIndex(PageMeta meta, List<Entry> current, List<Entry> future, List<Entry> past) { }

    /**
     * One row of a schedule table.
     *
     * @param anchor the row's id, so a class page can link to it
     * @param steps  formatted steps, padded with empty cells to the table's width
     * @param letterId the id of the jump index's target when this row is the first whose title starts
     *                 with its letter ("letter-c"), else empty
     */
    public record ScheduleRow(String code, String title, String href, String anchor, String timeBase, String minimum,
                              String maximum, List<String> steps, String letterId) { }

    /**
     * @param status  "In force", "Adopted: takes effect July 1, 2027" or "Past: …"
     * @param rows    by title, A to Z
     * @param letters the jump index: each first letter of the titles (title), its row ("#letter-c") and how many classes
     */
    /**
     * A salary-schedule page.
     *
     * @param revised   the revision dates, written out ("March 11, 2025"); empty when never revised
     * @param keptUntil for a past schedule, the date until which it stays published (five years after it was
     *                  replaced, 2 CCR 570.5(a)(7)); empty otherwise
     */
    public record Schedule(PageMeta meta, String title, String effective, String status, boolean past, String adoptedBy,
                           DocumentLink document, List<String> stepHeaders, List<ScheduleRow> rows, String currentHref,
                           List<Entry> letters, List<String> revised, String keptUntil) { }

    public record UnitsIndex(PageMeta meta, List<Entry> units, List<Entry> groups) { }

    /**
     * A bargaining unit's or employee group's page.
     *
     * @param mouTerm "July 1, 2024 to June 30, 2027"
     * @param payChart the pay of its classes as one picture (issue 13), or null when none has pay
     */
    public record Unit(PageMeta meta, String name, String kindLabel, boolean hasMou, String mouTitle, String mouTerm,
                       boolean mouExpired, DocumentLink mouDocument, String resolutionTitle, DocumentLink resolutionDocument,
                       List<Benefit> benefits, List<ClassLink> classes, org.jobspecs.site.chart.BarChart payChart) { }

    /** The page left at a former code's address. */
    public record Redirect(PageMeta meta, String oldCode, ClassLink target) { }

    public record NotFound(PageMeta meta) { }

    /**
     * The search page: the client fills it; without JavaScript it points to the listings.
     *
     * @param minPay the choices of the minimum-pay filter (issue 13), lowest first
     */
    public record Search(PageMeta meta, List<Choice> minPay) { }

    /** A choice of a select: its value in the address and its label. */
    public record Choice(String value, String label) { }

    /** @param lastmod ISO date, or empty */
    public record SitemapEntry(String loc, String lastmod) { }

    public record Sitemap(List<SitemapEntry> entries) { }

    public record Robots(String sitemap) { }
}
