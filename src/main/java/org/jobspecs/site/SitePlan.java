package org.jobspecs.site;

import java.util.List;

/**
 * Every page of the site, in a fixed order (so output is deterministic).
 *
 * @param classPages how many of the pages are class pages
 * @param synonyms   the groups of words and phrases site search treats as one: the site's
 *                   {@code search.synonyms}, each bargaining unit's id and name, and each
 *                   {@code abbreviation.*} with its spelling out
 * @param dictionary the words of the site's {@code search.dictionary} (lower case, letters only), or empty
 */
public record SitePlan(List<Page> pages, int classPages, List<List<String>> synonyms, java.util.Set<String> dictionary) {

    public SitePlan(List<Page> pages, int classPages) {
        this(pages, classPages, List.of(), java.util.Set.of());
    }
}
