package org.jobspecs.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.output.LinkChecker;
import org.jobspecs.output.Publisher;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.AssetCopier;
import org.jobspecs.render.PageRenderer;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SearchIndex;
import org.jobspecs.search.SimilarClasses;
import org.jobspecs.search.SiteSearch;
import org.jobspecs.site.SitePlan;
import org.jobspecs.site.SitePlanner;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.SourceSet;

/**
 * Builds a site: {@code config → load → parse → catalog → similar → plan → index → render → links → publish}. Every
 * step runs even after errors where it can (so one run lists every problem), but nothing is
 * published unless the whole build is free of errors.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    public static BuildReport run(BuildOptions options) {
        Problems problems = new Problems();
        Steps steps = new Steps();
        Optional<SiteConfig> config = steps.run("config", () -> ConfigLoader.load(options.source(), problems));
        if (config.isEmpty()) {
            return new BuildReport(problems.sorted(), false, 0, 0, 0, steps.times(), steps.elapsedMillis());
        }
        SiteConfig site = config.get();
        Publisher publisher = options.writes() ? new Publisher(options.out()) : null;
        if (publisher != null) {
            String refusal = publisher.refusal(site.source());
            if (refusal != null) {
                problems.error(Location.file(options.out().toString()), "cannot publish here: " + refusal,
                        "choose another --out folder");
                return new BuildReport(problems.sorted(), false, 0, 0, 0, steps.times(), steps.elapsedMillis());
            }
        }
        Map<String, Long> assets = assetFiles(site);
        SitePlan plan = plan(site, assets, options.asOf(), problems, steps, true);
        // The search index needs only the plan, and no page links into it: it is built while the
        // pages render and their links are checked.
        var indexing = steps.start("index", () -> SiteSearch.export(plan));
        PageRenderer renderer = renderer(site);
        List<RenderedPage> pages = steps.run("render", () -> renderer.render(plan.pages(), problems));
        long links = steps.run("links", () -> new LinkChecker(site.siteHost()).check(pages, assets.keySet(), problems));
        List<RenderedPage> rendered = new java.util.ArrayList<>(pages);
        rendered.addAll(renderer.render(Steps.join(indexing), problems));
        boolean published = false;
        if (publisher != null && !problems.hasErrors()) {
            published = steps.run("publish", () -> publish(publisher, site, rendered, problems));
        }
        return new BuildReport(problems.sorted(), published, plan.classPages(), rendered.size(), links, steps.times(), steps.elapsedMillis());
    }

    /**
     * The search index of a source folder, as the build would make it (nothing is written). Errors in
     * the content are reported; the index holds every class that could be read.
     */
    public static SearchIndex searchIndex(BuildOptions options, Problems problems) {
        Optional<SiteConfig> config = ConfigLoader.load(options.source(), problems);
        if (config.isEmpty()) {
            return SearchIndex.build(List.of());
        }
        return SiteSearch.index(plan(config.get(), assetFiles(config.get()), options.asOf(), problems, new Steps(), false));
    }

    /**
     * The steps from sources to the page plan: load, parse, catalog, similar (the class pages' similar
     * classes, issue 13; left out when only the search index is wanted, which does not show them), plan.
     */
    private static SitePlan plan(SiteConfig site, Map<String, Long> assets, LocalDate asOf, Problems problems, Steps steps,
                                 boolean similarClasses) {
        SourceFolderReader reader = new SourceFolderReader(site.source(), site.contentFolder(), site.dataFolder(), site.agency(),
                site.sectionAliases(), site.versionsFromGit());
        List<Path> files = steps.run("load", () -> reader.specFiles(problems));
        SourceSet sources = steps.run("parse", () -> reader.withData(reader.readSpecs(files, problems), problems)
                .withVersions(reader.readVersions(reader.historyFiles(), problems)));
        Catalog catalog = steps.run("catalog", () -> new CatalogBuilder(asOf, problems).build(sources));
        Map<String, List<String>> similar = similarClasses ? steps.run("similar", () -> SimilarClasses.of(catalog)) : Map.of();
        return steps.run("plan", () -> new SitePlanner(site, assets).plan(catalog, similar));
    }

    /** One FreeMarker configuration for the whole build: the pages and the search export's files. */
    static PageRenderer renderer(SiteConfig site) {
        try {
            return new PageRenderer(site.templateFolder(), site.source().relativize(site.templateFolder()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean publish(Publisher publisher, SiteConfig site, List<RenderedPage> rendered, Problems problems) {
        Problems copyProblems = new Problems();
        Path staging = publisher.stage(rendered, folder -> AssetCopier.copy(site.source(), folder, copyProblems));
        problems.addAll(copyProblems);
        if (copyProblems.hasErrors()) {
            publisher.discard(staging);
            return false;
        }
        publisher.swapIn(staging);
        return true;
    }

    /** The asset files as output paths with their sizes (JBake copies the asset folder's content to the site root). */
    static Map<String, Long> assetFiles(SiteConfig site) {
        Path assets = site.assetFolder();
        if (!Files.isDirectory(assets)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            return walk.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(p -> assets.relativize(p).toString().replace('\\', '/'), p -> p.toFile().length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
