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

    /**
     * Finds what {@code \\s(id|href|src)="([^"]*)"} finds, scanning the page's UTF-8 bytes (every byte
     * of the pattern is ASCII, and no byte of a multi-byte character is) and decoding only the values.
     */
    static Scan scan(RenderedPage page) {
        if (!page.output().endsWith(".html")) {
            return Scan.NONE;
        }
        byte[] b = page.bytes();
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>(64);
        int[] lines = new int[64];
        int line = 1;
        int counted = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            // One table look-up per byte, and the attribute names tried only after whitespace followed by
            // their first letter: pages with pictures (issue 13) have many short attributes.
            if (!SPACE[b[i] & 0xFF] || i + 1 >= n) {
                i++;
                continue;
            }
            int name = i + 1;
            byte first = b[name];
            boolean id;
            int value;
            if (first == 'i' && starts(b, name, ID)) {
                id = true;
                value = name + ID.length;
            } else if (first == 'h' && starts(b, name, HREF)) {
                id = false;
                value = name + HREF.length;
            } else if (first == 's' && starts(b, name, SRC)) {
                id = false;
                value = name + SRC.length;
            } else {
                i++;
                continue;
            }
            int end = value;
            while (end < n && b[end] != '"') {
                end++;
            }
            if (end >= n) { // no closing quote: no match here
                i++;
                continue;
            }
            String v = new String(b, value, end - value, StandardCharsets.UTF_8);
            if (id) {
                ids.add(v);
            } else {
                for (; counted < i; counted++) {
                    if (b[counted] == '\n') {
                        line++;
                    }
                }
                if (links.size() == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                }
                lines[links.size()] = line;
                links.add(v);
            }
            i = end + 1;
        }
        return new Scan(true, ids, links, java.util.Arrays.copyOf(lines, links.size()));
    }

    /** The whitespace of {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static final boolean[] SPACE = new boolean[256];

    static {
        for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
            SPACE[c] = true;
        }
    }

    private static final byte[] ID = "id=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HREF = "href=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SRC = "src=\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean starts(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
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

    /**
     * What {@code URI.resolve(...).normalize().getPath()} (less its leading slash) gives for a path of
     * plain characters (letters, digits, {@code - . _ ~ /}) that needs neither quoting nor decoding;
     * null for any other path, which goes through {@link URI}.
     */
    static String plainResolve(String page, String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')) {
                return null;
            }
        }
        if (path.startsWith("//")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        String joined;
        if (path.startsWith("/")) {
            joined = path.substring(1);
        } else {
            int slash = page.lastIndexOf('/');
            joined = (slash < 0 ? "" : page.substring(0, slash + 1)) + path;
        }
        String[] parts = joined.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else if (part.equals("..")) {
                if (!segments.isEmpty() && !segments.get(segments.size() - 1).equals("..")) {
                    segments.remove(segments.size() - 1);
                    if (last) {
                        segments.add("");
                    }
                } else {
                    return null; // above the root: let URI say what it makes of it
                }
            } else if (part.isEmpty() && !last) {
                return null; // "//" inside the path
            } else {
                segments.add(part);
            }
        }
        return String.join("/", segments);
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
            String plain = plainResolve(page, path);
            if (plain != null) {
                target = plain;
            } else try {
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
