package org.jobspecs.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    /** {@code site.host} without a trailing slash, or empty. */
    private final String siteHost;
    /**
     * Issue 15: one copy of each id and link, however many pages have it. Most links are the same on
     * many pages (the navigation, the stylesheet, a unit's or a series' page, a class linked as
     * similar), and a 10,000-class site has some 680,000 of them: kept one string per link, they
     * were a good part of a build's memory. An open-addressing table of the strings themselves
     * (a map's entries took some 40 MB at 100,000 classes), written under its lock.
     */
    private String[] strings = new String[1 << 12];
    private int stringCount;

    /** @param siteHost {@code site.host} without a trailing slash, or empty: links elsewhere are not checked, and not kept */
    public PageScans(String siteHost) {
        this.siteHost = siteHost;
    }

    /**
     * Issue 15: the strings met lately, by the hash of their bytes, so that a link already known is
     * found without making a string or a look-up in {@link #strings}. One entry a slot, the last
     * met; a miss goes to {@link #strings}. Shared by the render workers without a lock: an entry is
     * immutable (its fields final), so a worker sees a whole entry or an older one or none.
     */
    private final Known[] known = new Known[1 << 14];
    private final LinkChecker.Strings sharing = this::shared;

    private record Known(byte[] bytes, int hash, String string) { }

    /** Scans one rendered file (a file rendered twice counts once, as the last). */
    public void add(RenderedPage page) {
        scans.put(page.output(), compact(LinkChecker.scan(page, sharing), siteHost));
    }

    /** The scan kept for a file, or null (for tests). */
    LinkChecker.Scan scanOf(String output) {
        return scans.get(output);
    }

    /**
     * The same scan in less memory: the ids' set an immutable one (the strings are shared already), and
     * without the links to other sites (issue 15: never checked, and a sixth of the distinct links).
     */
    private static LinkChecker.Scan compact(LinkChecker.Scan scan, String siteHost) {
        if (!scan.page()) {
            return scan;
        }
        Set<String> ids = scan.ids().isEmpty() ? Set.of() : Set.copyOf(scan.ids());
        List<String> links = scan.links();
        int[] lines = scan.lines();
        int kept = 0;
        String[] keptLinks = new String[links.size()];
        int[] keptLines = new int[links.size()];
        for (int i = 0; i < links.size(); i++) {
            if (LinkChecker.internal(links.get(i), siteHost)) {
                keptLinks[kept] = links.get(i);
                keptLines[kept++] = lines[i];
            }
        }
        if (kept < links.size()) {
            links = Arrays.asList(Arrays.copyOf(keptLinks, kept));
            lines = Arrays.copyOf(keptLines, kept);
        }
        return new LinkChecker.Scan(true, ids, links, lines);
    }

    private String shared(byte[] b, int from, int to, int hash) {
        int slot = (hash ^ (hash >>> 14)) & (known.length - 1);
        Known k = known[slot];
        if (k != null && k.hash == hash && Arrays.equals(k.bytes, 0, k.bytes.length, b, from, to)) {
            return k.string;
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (!LinkChecker.internal(s, siteHost)) {
            return s; // a link to another site: dropped by compact, so not kept here either
        }
        String one = intern(s);
        known[slot] = new Known(Arrays.copyOfRange(b, from, to), hash, one);
        return one;
    }

    /** The one copy of {@code s} (linear probing; the table kept at most half full). */
    private synchronized String intern(String s) {
        int h = s.hashCode();
        int mask = strings.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        for (String t = strings[slot]; t != null; t = strings[slot]) {
            if (t.equals(s)) {
                return t;
            }
            slot = (slot + 1) & mask;
        }
        strings[slot] = s;
        if (2 * ++stringCount > strings.length) {
            String[] table = new String[strings.length * 2];
            int m = table.length - 1;
            for (String t : strings) {
                if (t != null) {
                    int i = (t.hashCode() ^ (t.hashCode() >>> 16)) & m;
                    while (table[i] != null) {
                        i = (i + 1) & m;
                    }
                    table[i] = t;
                }
            }
            strings = table;
        }
        return s;
    }

    /**
     * Reports every broken internal link of the scanned pages.
     *
     * @param assets   the output paths of the asset files (they can be linked to, and have no anchors)
     * @return the number of internal links checked
     */
    public long check(Set<String> assets, Problems problems) {
        return LinkIndex.empty(siteHost).update(Map.copyOf(scans), Set.of(), assets, problems).links();
    }
}
