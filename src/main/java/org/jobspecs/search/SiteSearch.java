package org.jobspecs.search;

import java.util.List;
import org.jobspecs.site.ClassView;
import org.jobspecs.site.Page;
import org.jobspecs.site.SitePlan;

/** Builds the search index of a planned site and its static export. */
public final class SiteSearch {

    private SiteSearch() {
    }

    /** The index of the site's classes, in class-code order (the order the plan lists class pages in). */
    public static SearchIndex index(SitePlan plan) {
        return SearchIndex.build(documents(plan), plan.synonyms(), plan.dictionary());
    }

    private static List<SearchDocument> documents(SitePlan plan) {
        return plan.pages().stream()
                .filter(p -> p.view() instanceof ClassView)
                .map(p -> SearchDocument.of((ClassView) p.view()))
                .toList();
    }

    /**
     * Starts, on a daemon thread, a throw-away export of two made-up documents, so that the analysis
     * classes (Lucene's) are loaded and first compiled while the build reads its sources
     * (in a one-shot JVM that otherwise happens on the index step's critical path). Changes nothing
     * the build writes.
     */
    public static void prepareInBackground() {
        Thread t = new Thread(() -> {
            try {
                List<SearchDocument> docs = List.of(
                        new SearchDocument("1", List.of(), "Office Assistant", "Performs clerical duties; keeps records.\nGeneral", "classes/1/",
                                "Finance", "General", "Non-exempt", false, "$1 monthly", "Performs clerical duties"),
                        new SearchDocument("2", List.of("02"), "Senior Engineer", "Plans engineering projects; reviews designs.", "classes/2/",
                                "Public Works", "Technical", "Exempt", false, "", "Plans engineering projects"));
                SearchExport.pages(SitePostings.of(docs, List.of(), null));
            } catch (RuntimeException | Error e) {
                // A preparation only: the index step reports whatever is really wrong.
            }
        }, "jobspecs-search-prepare");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The files of {@code search/} (issue 15: from the postings of the class pages, with no Lucene index). */
    public static List<Page> export(SitePlan plan) {
        return SearchExport.pages(SitePostings.of(documents(plan), plan.synonyms(), plan.dictionary()));
    }

    /** Issue 15: the files of {@code search/} of the postings made as the class pages rendered ({@link SitePostings.Builder}). */
    public static List<Page> export(SitePostings postings) {
        return SearchExport.pages(postings);
    }
}
