package org.jobspecs.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.output.LinkIndex;
import org.jobspecs.output.LiveOutput;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.AssetCopier;
import org.jobspecs.render.PageRenderer;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SimilarClasses;
import org.jobspecs.site.Page;
import org.jobspecs.site.PlanMemo;
import org.jobspecs.site.SitePlan;
import org.jobspecs.site.SitePlanner;
import org.jobspecs.spec.SourceSet;

/**
 * The build behind {@code serve}: it stays alive between rebuilds, redoes only what an edit
 * affects and updates its output folder in place. Between rebuilds it keeps the sources as read
 * ({@link SourceCache}: only changed spec files are parsed again), what class pages derive from
 * unchanged specs ({@link PlanMemo}), and the last good output ({@link Published}: every page's view,
 * the link index, the stamps of the template and asset folders).
 *
 * <p>A rebuild reads what changed, runs catalog and plan over everything (cheap), renders the pages
 * whose view changed (all of them when a template or the configuration changed), checks the links
 * of the whole site from the kept scans, and, when there are no errors, writes the changed files
 * and deletes the ones gone. With errors nothing is written: the last good output stays, and the
 * next rebuild compares with it. The search export follows on a thread of its own
 * ({@link SearchUpdates}). The output is what {@link SiteBuild} publishes for the same sources, byte
 * for byte, and each rebuild reports the problems such a build reports.
 */
public final class LiveBuild implements AutoCloseable {

    /** The last good output: what the files on disk were made from. */
    private record Published(SiteConfig config, SourceSet sources, FolderStamp templates, FolderStamp assets, PageRenderer renderer,
                             Map<String, Long> assetSizes, Set<String> assetFiles, Map<String, Page> pages, LinkIndex links) { }

    private final BuildOptions options;
    private final LiveOutput output;
    private final SourceCache sources = new SourceCache();
    private final PlanMemo memo = new PlanMemo();
    private final SearchUpdates search;
    private SiteConfig config;
    private Published last;
    /** The similar classes (issue 13) and what they were computed from: made again only when a class's title, text, series or status changed. */
    private List<SimilarClasses.Source> similarFrom;
    private Map<String, List<String>> similar = Map.of();
    /** Each class's analysed words for the similar classes, kept between rebuilds (issue 15: an edit re-analyses its class alone). */
    private final SimilarClasses.Analysed similarWords = new SimilarClasses.Analysed();

    /**
     * @param options what to build; {@code out} is the folder to keep up to date
     * @param searchListener told each time the search export was brought up to date (on its own thread)
     */
    public LiveBuild(BuildOptions options, Consumer<SearchReport> searchListener) {
        if (!options.writes()) {
            throw new IllegalArgumentException("a live build needs an output folder");
        }
        this.options = options;
        this.output = new LiveOutput(options.out());
        this.search = new SearchUpdates(output, searchListener);
    }

    /**
     * Brings the output up to date after these changes, trusting them to name every changed file of
     * the content folder (the watcher's events); the template, asset and data folders are compared
     * with their stamps anyway. The first rebuild reads everything.
     *
     * @param touched files and folders that changed (absolute)
     */
    public LiveReport rebuild(Set<Path> touched) {
        return rebuild(touched, false);
    }

    /** Brings the output up to date, looking at every source file (when changes may have gone unseen). */
    public LiveReport rebuildAll() {
        return rebuild(Set.of(), true);
    }

    private synchronized LiveReport rebuild(Set<Path> touched, boolean rescan) {
        Steps steps = new Steps();
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = steps.run("config", () -> ConfigLoader.load(options.source(), problems));
        if (loaded.isEmpty()) {
            return LiveReport.failed(problems.sorted(), steps);
        }
        SiteConfig site = loaded.get();
        config = site;
        String refusal = refusal(site);
        if (refusal != null) {
            problems.error(Location.file(options.out().toString()), "cannot serve into this folder: " + refusal, "choose another --out folder");
            return LiveReport.failed(problems.sorted(), steps);
        }
        FolderStamp templates = FolderStamp.of(site.templateFolder());
        FolderStamp assets = FolderStamp.of(site.assetFolder());
        boolean fresh = last == null || !site.equals(last.config()) || !templates.equals(last.templates())
                || touched.stream().anyMatch(p -> p.startsWith(site.templateFolder()));
        boolean assetsChanged = last == null || !assets.equals(last.assets())
                || touched.stream().anyMatch(p -> p.startsWith(site.assetFolder()));
        Map<String, Long> assetSizes = assetsChanged ? SiteBuild.assetFiles(site) : last.assetSizes();
        PageRenderer renderer = fresh ? SiteBuild.renderer(site) : last.renderer();

        SourceSet sourceSet = steps.run("read", () -> sources.read(site, touched, rescan, problems));
        Catalog catalog = steps.run("catalog", () -> new CatalogBuilder(options.asOf(), problems).build(sourceSet));
        // As in a build, the similar classes are found on another thread while the planner makes what does not need them.
        var found = steps.start("similar", () -> {
            List<SimilarClasses.Source> from = SimilarClasses.sources(catalog);
            if (!from.equals(similarFrom)) {
                similar = SimilarClasses.of(from, similarWords);
                similarFrom = from;
            }
            return similar;
        });
        SitePlan plan;
        try {
            plan = steps.run("plan", () -> new SitePlanner(site, assetSizes, memo).plan(catalog, () -> Steps.join(found)));
        } finally {
            found.exceptionally(e -> null).join(); // never left running into the next rebuild
        }
        Map<String, Page> before = fresh ? Map.of() : last.pages();
        List<Page> changed = plan.pages().stream().filter(p -> !p.equals(before.get(p.output()))).toList();
        List<RenderedPage> rendered = steps.run("render", () -> renderer.render(changed, problems));
        Map<String, Page> pages = new LinkedHashMap<>();
        plan.pages().forEach(p -> pages.put(p.output(), p));
        Set<String> removed = new HashSet<>(before.keySet());
        removed.removeAll(pages.keySet());
        LinkIndex links = steps.run("links", () -> (fresh ? LinkIndex.empty(site.siteHost()) : last.links())
                .update(rendered, removed, assetSizes.keySet(), problems));
        Map<String, byte[]> assetFiles = assetsChanged ? steps.run("assets", () -> copyAssets(site, problems)) : Map.of();
        List<String> renderedPaths = changed.stream().map(Page::output).toList();
        if (problems.hasErrors()) {
            return new LiveReport(problems.sorted(), false, plan.classPages(), pages.size(), sources.parsed(), renderedPaths,
                    List.of(), steps.times(), steps.elapsedMillis());
        }

        Map<String, byte[]> contents = new LinkedHashMap<>();
        rendered.forEach(r -> contents.put(r.output(), r.bytes()));
        contents.putAll(assetFiles); // as in a build, an asset wins over a page of the same path
        Set<String> assetPaths = assetsChanged ? assetFiles.keySet() : last.assetFiles();
        Set<String> files = new HashSet<>(pages.keySet());
        files.addAll(assetPaths);
        LiveOutput.Changes changes = steps.run("write", () -> output.update("site", files, contents));
        last = new Published(site, sourceSet, templates, assets, renderer, assetSizes, Set.copyOf(assetPaths), Map.copyOf(pages), links);
        search.update(plan, renderer);
        List<String> changedPaths = Stream.concat(changes.written().stream(), changes.deleted().stream()).sorted().toList();
        return new LiveReport(problems.sorted(), true, plan.classPages(), pages.size(), sources.parsed(), renderedPaths,
                changedPaths, steps.times(), steps.elapsedMillis());
    }

    /**
     * Plans the last good sources again, {@code times} times, and compares the plan with the pages
     * on disk, writing nothing: the rebuild's paths through catalog, plan and comparison run hot, so
     * the optimising compiler has compiled them before the first edit instead of during it.
     */
    public void warmUp(int times) {
        for (int i = 0; i < times; i++) {
            synchronized (this) {
                if (last == null) {
                    return;
                }
                Catalog catalog = new CatalogBuilder(options.asOf(), new Problems()).build(last.sources());
                for (Page page : new SitePlanner(last.config(), last.assetSizes(), memo).plan(catalog, similar).pages()) {
                    page.equals(last.pages().get(page.output()));
                }
            }
        }
    }

    /** Waits until the search export of the last good rebuild is written. */
    public void awaitSearch() {
        search.await();
    }

    /**
     * The folders the sources are in, as the configuration last read names them (JBake's defaults
     * before): content, data, templates, assets. {@code jbake.properties} is in the source folder.
     */
    public synchronized List<Path> sourceFolders() {
        if (config == null) {
            Path root = options.source().toAbsolutePath().normalize();
            return List.of(root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"));
        }
        return List.of(config.contentFolder(), config.dataFolder(), config.templateFolder(), config.assetFolder());
    }

    public Path outputFolder() {
        return output.folder();
    }

    /** Why the output folder cannot be written in place, or null: {@code build}'s rules, and it must not be among the sources. */
    private String refusal(SiteConfig site) {
        String refusal = output.refusal(site.source());
        if (refusal != null) {
            return refusal;
        }
        for (Path folder : List.of(site.contentFolder(), site.dataFolder(), site.templateFolder(), site.assetFolder())) {
            if (output.folder().startsWith(folder)) {
                return output.folder() + " is inside " + site.source().relativize(folder) + "/, whose changes serve watches";
            }
        }
        return null;
    }

    /** The asset files as JBake's asset handling copies them, by output path. */
    private static Map<String, byte[]> copyAssets(SiteConfig site, Problems problems) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("jobspecs-assets-");
            AssetCopier.copy(site.source(), temp, problems);
            Map<String, byte[]> files = new LinkedHashMap<>();
            Path root = temp;
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        search.close();
    }
}
