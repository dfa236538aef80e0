package org.jobspecs.output;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
     * Makes the string of an id or link from its UTF-8 bytes {@code b[from..to)}; {@code hash} is
     * {@code h = 31 * h + byte} (signed) over those bytes, from 0. {@link PageScans} gives one string
     * to each value however many pages have it.
     */
    interface Strings {
        String of(byte[] b, int from, int to, int hash);

        /** A new string each time. */
        Strings NEW = (b, from, to, hash) -> new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** {@link #scan(RenderedPage, Strings)} with a new string for each value. */
    static Scan scan(RenderedPage page) {
        return scan(page, Strings.NEW);
    }

    /**
     * Finds what {@code \\s(id|href|src)="([^"]*)"} finds, scanning the page's UTF-8 bytes (every byte
     * of the pattern is ASCII, and no byte of a multi-byte character is) and decoding only the values.
     * A link's line is 1 + the number of line feeds before the whitespace that starts its match.
     *
     * <p>Issue 15: one pass, eight bytes at a time. Each match holds {@code ="}: the scan finds each
     * {@code ="} ({@link #equalsQuote}) and checks the name and whitespace before it. Matches cannot
     * overlap (a candidate's bytes before its {@code "} hold none), so taking the candidates in order
     * and going on after each match's closing quote finds what the pattern finds. With no closing
     * quote after a candidate, no later candidate has one either: the scan stops. Line feeds are
     * counted up to each link as it is found, eight bytes at a time ({@link #lineFeeds}).
     */
    static Scan scan(RenderedPage page, Strings strings) {
        if (!page.output().endsWith(".html")) {
            return Scan.NONE;
        }
        byte[] b = page.bytes();
        int n = b.length;
        Set<String> ids = new HashSet<>();
        String[] links = new String[64];
        int[] lines = new int[64];
        int count = 0;
        int line = 1;
        int counted = 0;
        int from = 0; // where the next match may begin
        while (true) {
            int quote = equalsQuote(b, from);
            if (quote < 0) {
                break;
            }
            if (quote < 4) { // too near the start for a whitespace, a name and "="
                from = quote + 1;
                continue;
            }
            int start; // the whitespace before the name
            boolean id = false;
            byte last = b[quote - 2];
            if (last == 'd' && b[quote - 3] == 'i' && SPACE[b[quote - 4] & 0xFF]) {
                id = true;
                start = quote - 4;
            } else if (last == 'f' && quote >= 6 && b[quote - 3] == 'e' && b[quote - 4] == 'r' && b[quote - 5] == 'h'
                    && SPACE[b[quote - 6] & 0xFF]) {
                start = quote - 6;
            } else if (last == 'c' && quote >= 5 && b[quote - 3] == 'r' && b[quote - 4] == 's' && SPACE[b[quote - 5] & 0xFF]) {
                start = quote - 5;
            } else {
                from = quote + 1;
                continue;
            }
            int end = quote + 1;
            int h = 0;
            while (end < n && b[end] != '"') {
                h = 31 * h + b[end];
                end++;
            }
            if (end >= n) { // no closing quote: neither this nor any later candidate matches
                break;
            }
            String v = strings.of(b, quote + 1, end, h);
            if (id) {
                ids.add(v);
            } else {
                line += lineFeeds(b, counted, start);
                counted = start;
                if (count == links.length) {
                    links = Arrays.copyOf(links, count * 2);
                    lines = Arrays.copyOf(lines, count * 2);
                }
                lines[count] = line;
                links[count++] = v;
            }
            from = end + 1;
        }
        return new Scan(true, ids, Arrays.asList(Arrays.copyOf(links, count)), Arrays.copyOf(lines, count));
    }

    /** A page's bytes read eight at a time (the first in the lowest bits). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** The high bit of each zero byte of {@code x}, and no other bit set (no carry crosses bytes). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * The index of the first {@code "} after a {@code =} at {@code from} or later, or -1: eight bytes at
     * a time, the {@code =} and the {@code "} marked by {@link #zeroBytes}, a mark of {@code =} moved
     * one byte on meeting a mark of {@code "}.
     */
    static int equalsQuote(byte[] b, int from) {
        int n = b.length;
        int w = from;
        for (; w + 8 <= n; w += 8) {
            long v = (long) LONGS.get(b, w);
            long equals = zeroBytes(v ^ 0x3D3D3D3D3D3D3D3DL);
            long pairs = (equals << 8) & zeroBytes(v ^ 0x2222222222222222L);
            if (pairs != 0) {
                return w + (Long.numberOfTrailingZeros(pairs) >>> 3);
            }
            if (equals < 0 && w + 8 < n && b[w + 8] == '"') { // "=" the last of the eight, '"' the next
                return w + 8;
            }
        }
        for (; w + 1 < n; w++) {
            if (b[w] == '=' && b[w + 1] == '"') {
                return w + 1;
            }
        }
        return -1;
    }

    /**
     * How many line feeds {@code b[from..to)} holds: eight bytes at a time, each line feed made a zero
     * byte, each zero byte marked by its high bit (exactly: no carry crosses bytes), the marks summed
     * by one multiplication. Several times faster than byte by byte with the quick compiler alone.
     */
    static int lineFeeds(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long t = zeroBytes((long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL); // 0x80 for each line feed
            count += (int) (((t >>> 7) * 0x0101010101010101L) >>> 56);
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The whitespace of {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static final boolean[] SPACE = new boolean[256];

    static {
        for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
            SPACE[c] = true;
        }
    }

    /** Whether a link is checked: one within the site (relative, root-relative, or on {@code siteHost}), not one to another site. */
    static boolean internal(String href, String siteHost) {
        if (href.indexOf(':') < 0 && !href.startsWith("//")) {
            return true; // no scheme: what EXTERNAL matches has one, or starts with "//" (issue 15: most links, no pattern run)
        }
        href = href.replace("&amp;", "&");
        return !siteHost.isEmpty() && (href.equals(siteHost) || href.startsWith(siteHost + "/")) || !EXTERNAL.matcher(href).matches();
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
            } else if (!internal(href, siteHost)) {
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
