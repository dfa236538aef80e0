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
    /**
     * Issue 15: one copy of each id and link, however many pages have it. Most links are the same on
     * many pages (the navigation, the stylesheet, a unit's or a series' page, a class linked as
     * similar), and a 10,000-class site has some 680,000 of them: kept one string per link, they
     * were a good part of a build's memory.
     */
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    /** Scans one rendered file (a file rendered twice counts once, as the last). */
    public void add(RenderedPage page) {
        scans.put(page.output(), compact(LinkChecker.scan(page)));
    }

    /** The same scan in less memory: shared strings, and lists and sets that are arrays. */
    private LinkChecker.Scan compact(LinkChecker.Scan scan) {
        if (!scan.page()) {
            return scan;
        }
        String[] links = new String[scan.links().size()];
        for (int i = 0; i < links.length; i++) {
            links[i] = shared(scan.links().get(i));
        }
        Set<String> ids = scan.ids().isEmpty() ? Set.of() : Set.copyOf(scan.ids().stream().map(this::shared).toList());
        return new LinkChecker.Scan(true, ids, java.util.Arrays.asList(links), scan.lines());
    }

    private String shared(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
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
