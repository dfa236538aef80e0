package org.jobspecs.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.render.RenderedPage;

/**
 * Checks that every internal link and anchor of the rendered site resolves: relative and
 * root-relative addresses, and absolute ones on the site's own host. Links to other sites are not
 * fetched. Linear in the size of the site: one scan of each page for its ids and links, then each
 * page's links are resolved against the scans. {@link LinkIndex} keeps the scans between rebuilds.
 */
public final class LinkChecker {

    /** One scan finds both the ids a page offers and the links it makes. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(id|href|src)=\"([^\"]*)\"");
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private final String siteHost;

    /** @param siteHost {@code site.host} without a trailing slash, or empty */
    public LinkChecker(String siteHost) {
        this.siteHost = siteHost;
    }

    /**
     * A scanned file: the ids it offers, and the links it makes with the line each stands on (the
     * page's text is not kept: a site's pages would all stay in memory twice). Files other than
     * HTML pages offer no ids and make no links.
     */
    record Scan(boolean page, Set<String> ids, List<String> links, int[] lines) {
        static final Scan NONE = new Scan(false, Set.of(), List.of(), new int[0]);
    }

    /** What checking one page found: how many internal links it has, and the broken ones. */
    record Checked(long links, List<Problem> problems) { }

    /**
     * @param pages  the rendered files
     * @param assets the output paths of the asset files (they can be linked to, and have no anchors)
     * @return the number of internal links checked
     */
    public long check(List<RenderedPage> pages, Set<String> assets, Problems problems) {
        return LinkIndex.empty(siteHost).update(pages, Set.of(), assets, problems).links();
    }

    static Scan scan(RenderedPage page) {
        if (!page.output().endsWith(".html")) {
            return Scan.NONE;
        }
        String text = new String(page.bytes(), StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int counted = 0;
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("id")) {
                ids.add(m.group(2));
            } else {
                for (; counted < m.start(); counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                links.add(m.group(2));
                lines.add(line);
            }
        }
        return new Scan(true, ids, links, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Checks one page's links.
     *
     * @param ids    the ids of every file of the site, by output path
     * @param assets the output paths of the asset files
     */
    Checked check(String page, Scan scan, Map<String, Set<String>> ids, Set<String> assets) {
        long checked = 0;
        List<Problem> found = new ArrayList<>();
        Map<String, String> verdicts = new HashMap<>(); // a page repeats links (navigation, listings): resolve each once
        for (int i = 0; i < scan.links().size(); i++) {
            String href = scan.links().get(i).replace("&amp;", "&");
            if (!siteHost.isEmpty() && (href.equals(siteHost) || href.startsWith(siteHost + "/"))) {
                href = href.equals(siteHost) ? "/" : href.substring(siteHost.length());
            } else if (EXTERNAL.matcher(href).matches()) {
                continue;
            }
            checked++;
            String problem = verdicts.computeIfAbsent(href, h -> {
                String p = resolve(page, h, ids, assets);
                return p == null ? "" : p;
            });
            if (!problem.isEmpty()) {
                found.add(new Problem(new Location(page, scan.lines()[i]), Severity.ERROR, "broken link \"" + href + "\": " + problem,
                        "correct the link in the template or source that wrote it"));
            }
        }
        return new Checked(checked, List.copyOf(found));
    }

    /** Null when the link resolves, else what is wrong. */
    private static String resolve(String page, String href, Map<String, Set<String>> ids, Set<String> assets) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target;
        if (path.isEmpty()) {
            target = page;
        } else {
            try {
                URI base = new URI("http", "site", "/" + page, null);
                URI resolved = base.resolve(new URI(null, null, path, null)).normalize();
                target = resolved.getPath().substring(1);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return "not a valid address";
            }
            if (target.startsWith("..") || target.contains("/../")) {
                return "it points outside the site";
            }
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            } else if (!ids.containsKey(target) && !assets.contains(target) && ids.containsKey(target + "/index.html")) {
                target = target + "/index.html";
            }
        }
        if (!ids.containsKey(target) && !assets.contains(target)) {
            return "no page " + target;
        }
        if (fragment != null && !fragment.isEmpty() && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            return "no element with id \"" + fragment + "\" on " + target;
        }
        return null;
    }
}
