package org.jobspecs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.output.LinkChecker;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.render.PageRenderer;
import org.jobspecs.render.RenderedPage;
import org.jobspecs.search.SiteSearch;
import org.jobspecs.site.ClassView;
import org.jobspecs.site.Page;
import org.jobspecs.site.SitePlan;
import org.jobspecs.site.SitePlanner;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.SourceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH benchmarks of the build's hot parts, on a demo catalog of {@code classes} classes written in
 * the setup: parse one spec, render one class page, plan the whole site, check its links, build the
 * search index and its export. Run with {@code scripts/bench.sh --jmh} (1 fork, short iterations);
 * the harness is generated at test-compile, and no test runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPartsJmh {

    @Param({"2000"})
    public int classes;

    private Path dir;
    private SiteConfig site;
    private Catalog catalog;
    private SitePlan plan;
    private PageRenderer renderer;
    private Page classPage;
    private byte[] specBytes;
    private List<RenderedPage> rendered;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jobspecs-jmh-");
        new DemoCatalogWriter(classes, 1).write(dir.resolve("site"), Path.of(System.getProperty("jobspecs.root", ".")));
        Problems problems = new Problems();
        site = ConfigLoader.load(dir.resolve("site"), problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(site.source(), site.contentFolder(), site.dataFolder(), site.agency(), site.sectionAliases());
        List<Path> files = reader.specFiles(problems);
        specBytes = Files.readAllBytes(files.get(0));
        SourceSet sources = reader.withData(reader.readSpecs(files, problems), problems);
        catalog = new CatalogBuilder(LocalDate.of(2026, 1, 1), problems).build(sources);
        plan = new SitePlanner(site, Map.of()).plan(catalog);
        renderer = new PageRenderer(site.templateFolder(), "templates");
        classPage = plan.pages().stream().filter(p -> p.view() instanceof ClassView).findFirst().orElseThrow();
        rendered = renderer.render(plan.pages(), problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException(problems.sorted().toString());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Reads one Markdown spec (header, sections, redline) from its bytes. */
    @Benchmark
    public Object parseOneSpec() {
        return new SpecReader("Demo County", org.jobspecs.spec.SectionAliases.builtIn()).read(specBytes, Location.file("content/1000.md"), new Problems());
    }

    /** Renders one class page with FreeMarker. */
    @Benchmark
    public Object renderOneClassPage() {
        return renderer.render(List.of(classPage), new Problems());
    }

    /** Plans every page of the catalog (views of every class, listings, sitemap). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object planCatalog() {
        return new SitePlanner(site, Map.of()).plan(catalog);
    }

    /** Checks every internal link of the rendered site. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long checkLinks() {
        return new LinkChecker(site.siteHost()).check(rendered, java.util.Set.of("css/site.css"), new Problems());
    }

    /** Builds the Lucene index and writes its static export. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object searchExport() {
        return SiteSearch.export(plan);
    }
}
