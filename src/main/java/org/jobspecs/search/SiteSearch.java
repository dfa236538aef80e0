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
        List<SearchDocument> docs = plan.pages().stream()
                .filter(p -> p.view() instanceof ClassView)
                .map(p -> SearchDocument.of((ClassView) p.view()))
                .toList();
        return SearchIndex.build(docs);
    }

    /** The files of {@code search/}. */
    public static List<Page> export(SitePlan plan) {
        try (SearchIndex index = index(plan)) {
            return SearchExport.pages(index);
        }
    }
}
