package org.jobspecs.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.RenderedPage;

/**
 * The link check of a whole site, kept between the rebuilds of a live build: every file's scan
 * (the ids it offers, the links it makes) and every page's findings. An update rescans only the
 * files that were rendered again. It re-checks only those pages, unless a link target may have
 * changed (a file added or removed, a page's ids changed, the asset files changed): then every page
 * is re-checked from its kept scan. Either way the problems reported are those a check of the whole
 * site would report. Immutable: an update returns a new index, so a failed rebuild keeps the last good one.
 */
public final class LinkIndex {

    private final LinkChecker checker;
    /** Every file of the site by output path. */
    private final Map<String, LinkChecker.Scan> scans;
    private final Set<String> assets;
    /** Every HTML page's findings by output path. */
    private final Map<String, LinkChecker.Checked> checked;

    private LinkIndex(LinkChecker checker, Map<String, LinkChecker.Scan> scans, Set<String> assets,
                      Map<String, LinkChecker.Checked> checked) {
        this.checker = checker;
        this.scans = scans;
        this.assets = assets;
        this.checked = checked;
    }

    /** The index of a site without files. @param siteHost {@code site.host} without a trailing slash, or empty */
    public static LinkIndex empty(String siteHost) {
        return new LinkIndex(new LinkChecker(siteHost), Map.of(), Set.of(), Map.of());
    }

    /**
     * The index after a rebuild; reports every broken link of the whole site into {@code problems}.
     *
     * @param rendered the files rendered again (new or changed)
     * @param removed  the output paths of files no longer in the site
     * @param assets   the output paths of the asset files now
     */
    public LinkIndex update(List<RenderedPage> rendered, Set<String> removed, Set<String> assets, Problems problems) {
        return update(rendered.parallelStream().collect(Collectors.toMap(RenderedPage::output, LinkChecker::scan, (a, b) -> b)),
                removed, assets, problems);
    }

    /** The index after a rebuild whose files were scanned already ({@link PageScans}). */
    LinkIndex update(Map<String, LinkChecker.Scan> rescanned, Set<String> removed, Set<String> assets, Problems problems) {
        boolean targetsChanged = !removed.isEmpty() || !assets.equals(this.assets)
                || rescanned.entrySet().stream().anyMatch(e -> !scans.containsKey(e.getKey())
                        || !scans.get(e.getKey()).ids().equals(e.getValue().ids()));
        Map<String, LinkChecker.Scan> nowScans = new HashMap<>(scans);
        nowScans.keySet().removeAll(removed);
        nowScans.putAll(rescanned);
        Map<String, Set<String>> ids = new HashMap<>();
        nowScans.forEach((output, scan) -> ids.put(output, scan.ids()));

        Map<String, LinkChecker.Checked> nowChecked = new HashMap<>(checked);
        nowChecked.keySet().removeAll(removed);
        Set<String> recheck = targetsChanged ? nowScans.keySet() : rescanned.keySet();
        Set<String> assetSet = Set.copyOf(assets);
        Map<String, LinkChecker.Checked> results = recheck.parallelStream()
                .filter(output -> nowScans.get(output).page())
                .collect(Collectors.toMap(output -> output, output -> checker.check(output, nowScans.get(output), ids, assetSet)));
        nowChecked.putAll(results);
        nowChecked.values().forEach(c -> c.problems().forEach(problems::add));
        return new LinkIndex(checker, Map.copyOf(nowScans), assetSet, Map.copyOf(nowChecked));
    }

    /** How many internal links the site's pages make. */
    public long links() {
        return checked.values().stream().mapToLong(LinkChecker.Checked::links).sum();
    }
}
