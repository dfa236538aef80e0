package org.jobspecs.site;

import java.util.List;

/**
 * Every page of the site, in a fixed order (so output is deterministic).
 *
 * @param classPages how many of the pages are class pages
 * @param synonyms   the groups of words and phrases site search treats as one: the site's
 *                   {@code search.synonyms}, each bargaining unit's id and name, and each
 *                   {@code abbreviation.*} with its spelling out
 * @param dictionary the site's {@code search.dictionary} word list (one word a line), or null when it has none;
 *                   search reads it while indexing (issue 15: a set of its 100,000 words cost a small build a third of its time)
 */
public record SitePlan(List<Page> pages, int classPages, List<List<String>> synonyms, java.nio.file.Path dictionary) {

    public SitePlan(List<Page> pages, int classPages) {
        this(pages, classPages, List.of(), null);
    }
}
