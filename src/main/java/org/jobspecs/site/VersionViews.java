package org.jobspecs.site;

import java.util.List;

/** Issue 14: what the pages of a class's approved versions show. */
public final class VersionViews {

    private VersionViews() {
    }

    /**
     * A page about an old text that search engines should not index (its robots meta says so) and
     * the site map leaves out; the site's own search never indexes anything but class pages.
     */
    public interface NotIndexed { }

    /**
     * The class a page of versions is about, for its heading and breadcrumb.
     *
     * @param href        the class page
     * @param abolishedOn the date the class was abolished, formatted; empty for a current class
     * @param versionsHref the list of its versions
     */
    public record ClassRef(String code, String title, String href, String abolishedOn, String versionsHref) {

        public boolean abolished() {
            return !abolishedOn.isEmpty();
        }
    }

    /**
     * One version in the list.
     *
     * @param date        its approval date, "July 1, 2009"; empty when the current spec has none
     * @param approvedBy  the approving body spelled out, "Civil Service Board"; empty when unknown
     * @param current     whether it is the text in force (or, for an abolished class, the last one)
     * @param href        its own page; empty when it has no date to be addressed by
     * @param changesHref what it changed from the version before; empty for the earliest
     * @param summary     what changed in a line: "2 sections changed: Definition and Knowledge; 14 words added, 3 removed."
     */
    public record Row(String date, String approvedBy, boolean current, String href, String changesHref, String summary) { }

    /** {@code classes/<code>/versions/}: every version, newest first. */
    public record Listing(PageMeta meta, ClassRef c, List<Row> versions) { }

    /**
     * {@code classes/<code>/versions/<date>/}: one version's text, read-only.
     *
     * @param banner      "This version was approved on July 1, 2009 by the Civil Service Board and replaced on October 8, 2025."
     * @param current     whether it is the text in force
     * @param date        its approval date, formatted
     * @param changesHref what it changed from the version before; empty for the earliest
     * @param origin      how its text was obtained when that is worth saying (a redline's changes undone); else empty
     * @param sections    its text, as the class page shows a spec
     */
    public record Version(PageMeta meta, ClassRef c, String banner, boolean current, String date, String changesHref, String origin,
                          List<SectionView> sections) implements NotIndexed { }

    /**
     * {@code classes/<code>/versions/<date>/changes/}: what a version changed, word by word.
     *
     * @param date         the version's approval date, formatted
     * @param href         the version's own page
     * @param current      whether it is the text in force
     * @param previousDate the version before, formatted (empty when it has no date)
     * @param previousHref the version before's page (empty when it has no date)
     * @param summary      what changed in a line
     * @param sections     the sections that changed, were added or were removed, with their changes marked
     * @param unchanged    the names of the sections that read the same
     */
    public record Changes(PageMeta meta, ClassRef c, String date, String href, boolean current, String previousDate, String previousHref,
                          String summary, List<Change> sections, List<String> unchanged) implements NotIndexed { }

    /**
     * A section on a changes page.
     *
     * @param status  "Changed", "Added" or "Removed"
     * @param section its heading and text with the changes marked
     */
    public record Change(String status, SectionView section) { }
}
