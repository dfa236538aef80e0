package org.jobspecs.output;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.RenderedPage;

/**
 * The link check of a build whose pages are scanned one by one as they are rendered: each page's
 * ids and links are kept, not its bytes, so that a page can be written out and forgotten at once.
 * Thread-safe; {@link #check} checks the whole site as {@link LinkChecker#check} does.
 */
public final class PageScans {

    private final Map<String, LinkChecker.Scan> scans = new ConcurrentHashMap<>();

    /** Scans one rendered file (a file rendered twice counts once, as the last). */
    public void add(RenderedPage page) {
        scans.put(page.output(), LinkChecker.scan(page));
    }

    /**
     * Reports every broken internal link of the scanned pages.
     *
     * @param siteHost {@code site.host} without a trailing slash, or empty
     * @param assets   the output paths of the asset files (they can be linked to, and have no anchors)
     * @return the number of internal links checked
     */
    public long check(String siteHost, Set<String> assets, Problems problems) {
        return LinkIndex.empty(siteHost).update(Map.copyOf(scans), Set.of(), assets, problems).links();
    }
}
