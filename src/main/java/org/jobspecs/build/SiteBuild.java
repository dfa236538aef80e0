package org.jobspecs.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.output.PageScans;
import org.jobspecs.output.Publisher;
import org.jobspecs.output.Staging;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.AssetCopier;
import org.jobspecs.render.PageRenderer;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SearchIndex;
import org.jobspecs.search.SimilarClasses;
import org.jobspecs.search.SitePostings;
import org.jobspecs.search.SiteSearch;
import org.jobspecs.search.SearchDocument;
import org.jobspecs.site.ClassView;
import org.jobspecs.site.Page;
import org.jobspecs.site.PageGroups;
import org.jobspecs.site.StreamedPlan;
import org.jobspecs.site.SitePlanner;
import org.jobspecs.source.SourceChanged;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.SourceSet;
import org.jobspecs.spec.SpecSource;

/**
 * Builds a site: {@code config → load → parse → catalog → (similar ‖ plan) → index ‖ (render → links) → publish}. Every
 * step runs even after errors where it can (so one run lists every problem), but nothing is
 * published unless the whole build is free of errors.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    public static BuildReport run(BuildOptions options) {
        Problems problems = new Problems();
        Steps steps = new Steps();
        try {
            return build(options, problems, steps);
        } catch (RuntimeException e) {
            // Issue 15: a spec whose sections are read again changed on disk meanwhile (the staging is gone).
            SourceChanged changed = SourceChanged.in(e);
            if (changed == null) {
                throw e;
            }
            problems.error(Location.file(changed.file()), changed.getMessage(), "build again once the file is saved");
            return new BuildReport(problems.sorted(), false, 0, 0, 0, steps.times(), steps.elapsedMillis());
        }
    }

    private static BuildReport build(BuildOptions options, Problems problems, Steps steps) {
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
        // FreeMarker's configuration and templates are made on another thread while the sources are read;
        // the main thread helps parse the templates left once the plan is made (issue 15).
        CompletableFuture<PageRenderer> rendererMade = new CompletableFuture<>();
        CompletableFuture<PageRenderer> rendererReady = Steps.beside("templates", () -> {
            PageRenderer r;
            try {
                r = renderer(site);
            } catch (RuntimeException | Error e) {
                rendererMade.completeExceptionally(e);
                throw e;
            }
            rendererMade.complete(r);
            r.parseTemplates(site.templateFolder());
            return r;
        });
        StreamedPlan plan = streamedPlan(site, assets, options, problems, steps);
        Steps.join(rendererMade).parseTemplates(site.templateFolder());
        PageRenderer renderer = Steps.join(rendererReady);
        // Each page is scanned for the link check and written to the staging folder as soon as it is
        // rendered, and then forgotten. A build with errors so far writes nothing (it still renders and
        // checks every page, to report every problem); a build that ends with errors discards its staging.
        Staging staging = publisher != null && !problems.hasErrors() ? publisher.open() : null;
        // A run ended before the build does (Ctrl-C, or the command line giving up on an exhausted
        // heap) leaves no staging folder behind.
        Thread discardOnExit = staging == null ? null : new Thread(() -> publisher.abandon(staging), "abandon staging");
        if (discardOnExit != null) {
            try {
                Runtime.getRuntime().addShutdownHook(discardOnExit);
            } catch (IllegalStateException exiting) {
                publisher.abandon(staging); // the run is ending already: nothing more is written
                throw exiting;
            }
        }
        PageScans scans = new PageScans(site.siteHost());
        Consumer<RenderedPage> write = staging == null ? page -> { } : staging::write;
        Consumer<RenderedPage> scanAndWrite = page -> {
            scans.add(page);
            write.accept(page);
        };
        int pages;
        long links;
        int files;
        BlockingQueue<SitePostings.Analysed[]> toIndex = new ArrayBlockingQueue<>(4);
        CompletableFuture<?> started = null;
        try {
            // Issue 15: the other pages render first (each view let go of once rendered); then each class
            // page is made right before it is rendered, and its search document analysed there and handed
            // to the search index (which no page links into), built beside meanwhile; the links are checked
            // at the end, while the index writes the search export's files (not link-checked: no page links
            // into them).
            SitePostings.Builder postings = new SitePostings.Builder(plan.classPageCount(), plan.synonyms(), plan.dictionary());
            CompletableFuture<Integer> indexing = steps.start("index",
                    () -> renderer.render(SiteSearch.export(index(toIndex, postings)), problems, write));
            started = indexing;
            pages = steps.run("render", () -> renderOtherPages(plan, renderer, problems, scanAndWrite)
                    + renderClassPages(plan, renderer, postings, toIndex, indexing, problems, scanAndWrite));
            links = steps.run("links", () -> scans.check(assets.keySet(), problems));
            files = pages + Steps.join(indexing);
        } catch (RuntimeException | Error e) {
            if (staging != null) {
                if (started != null) {
                    // The index's thread writes into the staging folder: it is ended, and waited for, first.
                    hand(toIndex, END, started);
                    started.handle((r, x) -> null).join();
                }
                // Render threads may still be writing (a parallel stream throws before all its tasks end).
                publisher.abandon(staging);
            }
            throw e;
        } finally {
            if (discardOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(discardOnExit);
                } catch (IllegalStateException exiting) {
                    // the hook runs: the run is ending
                }
            }
        }
        boolean published = false;
        if (staging != null) {
            if (problems.hasErrors()) {
                publisher.discard(staging.folder());
            } else {
                published = steps.run("publish", () -> publish(publisher, site, staging, problems));
            }
        }
        return new BuildReport(problems.sorted(), published, plan.classPageCount(), files, links, steps.times(), steps.elapsedMillis());
    }

    /** Issue 15: how many class pages are rendered before their search documents are handed to the index. */
    private static final int BATCH = 256;
    /** The end of the documents handed to the index. */
    private static final SitePostings.Analysed[] END = new SitePostings.Analysed[0];

    /**
     * Issue 15: renders the pages other than the class pages, a group at a time (groups in parallel),
     * each made right before it is rendered and let go of once rendered; then the pages made from them.
     */
    private static int renderOtherPages(StreamedPlan plan, PageRenderer renderer, Problems problems, Consumer<RenderedPage> sink) {
        PageGroups groups = plan.takePages();
        return renderer.renderGroups(groups.size(), groups::make, problems, sink) + renderer.render(groups.last(), problems, sink);
    }

    /**
     * Issue 15: makes, renders and hands to {@code sink} each class page, in batches of {@link #BATCH}
     * (in parallel within one), analyses each page's search document there, and hands each batch's
     * analysed documents, in class-code order, to the index being built beside; the plan's class pages
     * (and so the catalog) are let go of when this returns.
     */
    private static int renderClassPages(StreamedPlan plan, PageRenderer renderer, SitePostings.Builder postings,
                                        BlockingQueue<SitePostings.Analysed[]> toIndex, CompletableFuture<?> indexing,
                                        Problems problems, Consumer<RenderedPage> sink) {
        List<Supplier<Page>> classPages = plan.takeClassPages();
        int rendered = 0;
        try {
            for (int from = 0; from < classPages.size(); from += BATCH) {
                int first = from;
                SitePostings.Analysed[] documents = new SitePostings.Analysed[Math.min(BATCH, classPages.size() - from)];
                rendered += renderer.render(documents.length, i -> {
                    Page page = classPages.get(first + i).get();
                    documents[i] = postings.analyse(SearchDocument.of((ClassView) page.view()));
                    return page;
                }, problems, sink);
                hand(toIndex, documents, indexing);
            }
        } finally {
            hand(toIndex, END, indexing);
        }
        return rendered;
    }

    /** Queues documents for the index, unless the index failed (joining it then reports why). */
    private static void hand(BlockingQueue<SitePostings.Analysed[]> toIndex, SitePostings.Analysed[] documents,
                             CompletableFuture<?> indexing) {
        try {
            while (!toIndex.offer(documents, 50, TimeUnit.MILLISECONDS)) {
                if (indexing.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the class pages were rendered", e);
        }
    }

    /** Issue 15: the search postings of the documents analysed and handed to it batch by batch, until {@link #END} (no Lucene index). */
    private static SitePostings index(BlockingQueue<SitePostings.Analysed[]> documents, SitePostings.Builder builder) {
        try {
            for (SitePostings.Analysed[] batch = documents.take(); batch != END; batch = documents.take()) {
                for (SitePostings.Analysed d : batch) {
                    builder.add(d);
                }
            }
            return builder.build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was built", e);
        }
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
        // The search index does not show the similar classes (issue 13): the plan is made without them.
        SiteConfig site = config.get();
        Catalog catalog = catalog(site, options, problems, new Steps());
        return SiteSearch.index(new SitePlanner(site, assetFiles(site)).plan(catalog));
    }

    /** Issue 15: the build's plan, whose class pages are made as they are rendered (the similar classes found on another thread meanwhile: the planner makes what does not need them first). */
    private static StreamedPlan streamedPlan(SiteConfig site, Map<String, Long> assets, BuildOptions options, Problems problems, Steps steps) {
        Catalog catalog = catalog(site, options, problems, steps);
        var similar = steps.start("similar", () -> SimilarClasses.of(catalog));
        return steps.run("plan", () -> new SitePlanner(site, assets).stream(catalog, () -> Steps.join(similar)));
    }

    /** The steps from sources to the catalog: load, parse, catalog. */
    private static Catalog catalog(SiteConfig site, BuildOptions options, Problems problems, Steps steps) {
        SourceFolderReader reader = new SourceFolderReader(site.source(), site.contentFolder(), site.dataFolder(), site.agency(),
                site.sectionAliases(), site.versionsFromGit());
        List<Path> files = steps.run("load", () -> reader.specFiles(problems));
        SourceSet sources = steps.run("parse", () -> {
            // The data files are read on another thread while the specs, then the earlier versions, are read in parallel.
            CompletableFuture<SourceSet> data = Steps.beside("data", () -> reader.readData(problems));
            List<SpecSource> specs = reader.readSpecs(files, problems, options.specHeap(files.size()));
            var versions = reader.readVersions(reader.historyFiles(), problems);
            return SourceFolderReader.withSpecs(Steps.join(data), specs).withVersions(versions);
        });
        return steps.run("catalog", () -> new CatalogBuilder(options.asOf(), problems).build(sources));
    }

    /** One FreeMarker configuration for the whole build: the pages and the search export's files. */
    static PageRenderer renderer(SiteConfig site) {
        try {
            return new PageRenderer(site.templateFolder(), site.source().relativize(site.templateFolder()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the asset files into the staging folder, marks it, and swaps it in; discards it when an asset cannot be copied. */
    private static boolean publish(Publisher publisher, SiteConfig site, Staging staging, Problems problems) {
        return publisher.publish(staging, folder -> {
            Problems copyProblems = new Problems();
            AssetCopier.copy(site.source(), folder, copyProblems);
            problems.addAll(copyProblems);
            return !copyProblems.hasErrors();
        });
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
