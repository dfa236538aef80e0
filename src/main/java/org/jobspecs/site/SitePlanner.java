package org.jobspecs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;

/**
 * Plans the whole site from a catalog: class pages (in parallel: each is independent), redirects
 * from former codes, listings, schedules, units, the 404 page, {@code sitemap.xml} and
 * {@code robots.txt}. Listings and series memberships are computed once, so planning is linear in
 * the number of classes.
 */
public final class SitePlanner {

    private final SiteConfig config;
    private final Map<String, Long> siteFiles;
    private final Documents documents;
    private final PlanMemo memo;

    /**
     * @param siteFiles the files the site carries besides its pages (its assets) with their sizes in
     *                  bytes, by output path: document links to them state the measured size
     */
    public SitePlanner(SiteConfig config, Map<String, Long> siteFiles) {
        this(config, siteFiles, new PlanMemo());
    }

    /** A planner that remembers what class pages derive from unchanged specs in {@code memo} (a live build's). */
    public SitePlanner(SiteConfig config, Map<String, Long> siteFiles, PlanMemo memo) {
        this.config = config;
        this.siteFiles = Map.copyOf(siteFiles);
        this.documents = new Documents(this.siteFiles);
        this.memo = memo;
    }

    public SitePlan plan(Catalog catalog) {
        return plan(catalog, Map.of());
    }

    /**
     * @param similar each class's similar classes by code, most similar first, for the class pages'
     *                "Similar classes" lists (issue 13: org.jobspecs.search.SimilarClasses computes them from the catalog)
     */
    public SitePlan plan(Catalog catalog, Map<String, List<String>> similar) {
        return plan(catalog, () -> similar);
    }

    /**
     * @param similar each class's similar classes, asked for only once the planner has made everything
     *                that does not depend on them (the other pages, each class's sections and what it
     *                needs), so that they can be computed meanwhile on another thread
     */
    public SitePlan plan(Catalog catalog, Supplier<Map<String, List<String>>> similar) {
        memo.begin(List.of(config, siteFiles, catalog.hiring().listed()));
        MetaFactory meta = new MetaFactory(config, catalog.hiring().listed());
        ClassPages classPages = new ClassPages(catalog, config, meta, documents, seriesMembers(catalog), memo, similar);
        List<Page> others = memo.value("other pages", facts(catalog), facts -> otherPages(facts, meta, true));
        catalog.classes().values().parallelStream().forEach(classPages::prepare);
        similar.get(); // waited for here, not inside the class pages' parallel tasks (which would hold the pool's threads)
        List<Page> pages = new ArrayList<>(catalog.classes().values().parallelStream().map(classPages::page).toList());
        int classCount = pages.size();
        List<Page> rest = new ArrayList<>();
        if (versionTemplates()) { // issue 14: each class's approved versions
            VersionPages versions = new VersionPages(config, meta, memo);
            rest.addAll(catalog.classes().values().parallelStream().flatMap(c -> versions.pages(c).stream()).toList());
        }
        rest.addAll(others);
        rest.addAll(last(catalog, meta, rest.stream().map(PageGroups.Made::of).toList(), memo));
        pages.addAll(rest);
        memo.planned();
        return new SitePlan(List.copyOf(pages), classCount, synonyms(catalog), config.searchDictionary());
    }

    /**
     * Issue 15: the plan of a build, whose pages are made as they are rendered and then forgotten (see
     * {@link StreamedPlan}): each class page one by one, the others a group at a time ({@link PageGroups}).
     * Its pages are those {@link #plan(Catalog, Supplier)} gives. Nothing is remembered (a planner of a
     * live build, whose memo reuses pages, plans with {@link #plan(Catalog, Supplier)} instead).
     *
     * @param similar as for {@link #plan(Catalog, Supplier)}; waited for before this returns, so that
     *                making a class page never waits for it
     */
    public StreamedPlan stream(Catalog catalog, Supplier<Map<String, List<String>>> similar) {
        PlanMemo none = PlanMemo.none();
        MetaFactory meta = new MetaFactory(config, catalog.hiring().listed());
        ClassPages classPages = new ClassPages(catalog, config, meta, documents, seriesMembers(catalog), none, similar);
        similar.get(); // waited for here, not inside the class pages' parallel tasks (which would hold the pool's threads)
        List<Supplier<List<Page>>> groups = new ArrayList<>();
        if (versionTemplates()) { // issue 14: each class's approved versions
            VersionPages versions = new VersionPages(config, meta, none);
            catalog.classes().values().forEach(c -> groups.add(() -> versions.pages(c)));
        }
        groups.addAll(otherGroups(facts(catalog), meta, false));
        List<Supplier<Page>> made = catalog.classes().values().stream().<Supplier<Page>>map(c -> () -> classPages.page(c)).toList();
        return new StreamedPlan(made, new PageGroups(groups, before -> last(catalog, meta, before, none)),
                synonyms(catalog), config.searchDictionary());
    }

    /**
     * The pages made from all the others: the changes pages and feeds (issue 14: they look at the
     * version pages only), {@code sitemap.xml} and {@code robots.txt}.
     *
     * @param before every page but the class pages and these, in page order
     */
    private List<Page> last(Catalog catalog, MetaFactory meta, List<PageGroups.Made> before, PlanMemo memo) {
        List<Page> pages = new ArrayList<>(ChangesPages.pages(catalog, meta, config, before, memo));
        List<PageGroups.Made> listed = new ArrayList<>(before);
        pages.forEach(p -> listed.add(PageGroups.Made.of(p)));
        pages.add(sitemap(catalog, listed, meta));
        pages.add(new Page("robots.txt", "robots.ftl", new ListingViews.Robots(
                config.siteHost().isEmpty() ? "" : meta.absolute("sitemap.xml"))));
        return pages;
    }

    /**
     * Issue 14: whether the site's templates have the version pages' ({@code versions.ftl}). A site
     * whose own templates predate them gets none of these pages rather than an error for each (its
     * {@code class.ftl} has no link to them either); copying the demo's templates adds them.
     */
    private boolean versionTemplates() {
        return config.templateFolder() == null || java.nio.file.Files.isRegularFile(config.templateFolder().resolve("versions.ftl"));
    }

    /**
     * The search synonyms: the configured groups, then a unit's id with its name (an "IBEW" unit),
     * then each abbreviation with its spelling out ({@code abbreviation.CSB=Civil Service Board}).
     */
    private List<List<String>> synonyms(Catalog catalog) {
        List<List<String>> groups = new ArrayList<>(config.synonyms());
        catalog.units().values().forEach(u -> {
            if (!u.id().equalsIgnoreCase(u.name())) {
                groups.add(List.of(u.id(), u.name()));
            }
        });
        new TreeMap<>(config.abbreviations()).forEach((abbr, full) -> groups.add(List.of(abbr, full)));
        return List.copyOf(groups);
    }

    /**
     * The catalog without the classes' sections: what every page but the class pages is made from.
     * Listings, schedules, units and open data never show a spec's text, so they stay the same
     * while only spec text changes (and are made from this, so they cannot come to depend on it unseen).
     */
    private static Catalog facts(Catalog catalog) {
        TreeMap<ClassCode, JobClass> classes = new TreeMap<>(catalog.classes());
        classes.replaceAll((code, c) -> new JobClass(c.code(), c.title(), c.department(), c.unitId(), c.flsa(), c.seriesId(),
                c.level(), c.status(), c.statusDate(), c.formerTitles(), c.formerCodes(), c.openings(), c.approval(),
                c.history(), List.of(), List.of(), c.source(),
                c.versions().stream().map(v -> new org.jobspecs.spec.SpecVersion(v.approval(), List.of(), v.origin(), v.source())).toList()));
        return new Catalog(catalog.asOf(), classes, catalog.units(), catalog.series(), catalog.schedules(), catalog.hiring());
    }

    /**
     * Pages at former codes, listings, schedules, units, open data, the search and 404 pages, made in
     * parallel (issue 15: they do not depend on one another), kept in this order.
     *
     * @param dataAhead whether the open-data files' texts are made now ({@link OpenData#pages(boolean)})
     */
    private List<Page> otherPages(Catalog facts, MetaFactory meta, boolean dataAhead) {
        return otherGroups(facts, meta, dataAhead).parallelStream().flatMap(group -> group.get().stream()).toList();
    }

    /**
     * The pages of {@link #otherPages} in groups, in page order, each made when asked for (issue 15:
     * a schedule, a unit, a listing or a series at a time, so that a build holds few views at once).
     */
    private List<Supplier<List<Page>>> otherGroups(Catalog facts, MetaFactory meta, boolean dataAhead) {
        List<Supplier<List<Page>>> groups = new ArrayList<>();
        groups.add(() -> {
            List<Page> redirects = new ArrayList<>();
            for (JobClass c : facts.classes().values()) {
                for (ClassCode former : c.formerCodes()) {
                    redirects.add(ClassPages.redirect(meta, former, c));
                }
            }
            return redirects;
        });
        ListingPay pay = new ListingPay(facts, new PayRule(config.payHoursPerYear()));
        UnitPages units = new UnitPages(facts, meta, documents, pay, ChangesPages.feeds(facts, meta, config));
        SalaryPages salary = new SalaryPages(facts, meta, documents);
        groups.addAll(new ListingPages(facts, meta, seriesMembers(facts), pay).groups(units.entries(), salary.currentEntry()));
        groups.addAll(salary.groups());
        groups.addAll(units.groups());
        groups.add(() -> new OpenData(facts, meta).pages(dataAhead));
        if (facts.hiring().listed()) {
            groups.add(() -> List.of(OpeningsPage.page(facts, meta)));
        }
        groups.add(() -> List.of(new Page(Paths.file(Paths.SEARCH), "search.ftl", new ListingViews.Search(
                meta.of(Paths.SEARCH, "Search classes", "search", "Search every class by title, words of its duties, or class code."),
                pay.thresholds().stream().map(t -> new ListingViews.Choice(String.valueOf(t), ComparablePay.dollars(t))).toList()))));
        groups.add(() -> List.of(new Page("404.html", "404.ftl", new ListingViews.NotFound(
                meta.anywhere("404.html", "Page not found", "The page you asked for is not on this site.")))));
        return groups;
    }

    /** The classes of each series, entry level first. */
    private static Map<String, List<JobClass>> seriesMembers(Catalog catalog) {
        Map<String, List<JobClass>> seriesMembers = new LinkedHashMap<>();
        catalog.classes().values().stream()
                .filter(c -> c.seriesId() != null)
                .sorted(Comparator.comparing((JobClass c) -> c.level() == null ? 0 : c.level()).thenComparing(JobClass::code))
                .forEach(c -> seriesMembers.computeIfAbsent(c.seriesId(), k -> new ArrayList<>()).add(c));
        return seriesMembers;
    }

    /**
     * Every HTML page but redirects, the 404 page and old versions' pages (issue 14); class pages carry
     * their approval date. The class pages (one per class, first) are listed from the catalog.
     *
     * @param pages the pages after the class pages
     */
    private Page sitemap(Catalog catalog, List<PageGroups.Made> pages, MetaFactory meta) {
        List<ListingViews.SitemapEntry> entries = new ArrayList<>();
        for (JobClass jobClass : catalog.classes().values()) {
            String lastmod = jobClass.approval() == null ? "" : jobClass.approval().date().toString();
            entries.add(new ListingViews.SitemapEntry(loc(meta, Paths.classPage(jobClass.code().value())), lastmod));
        }
        for (PageGroups.Made page : pages) {
            if (page.listed()) {
                String path = page.output().endsWith("index.html")
                        ? page.output().substring(0, page.output().length() - "index.html".length()) : page.output();
                entries.add(new ListingViews.SitemapEntry(loc(meta, path), ""));
            }
        }
        return new Page("sitemap.xml", "sitemap.ftl", new ListingViews.Sitemap(List.copyOf(entries)));
    }

    /** Whether the sitemap lists a page (other than a class page: those are listed from the catalog, with their approval date). */
    static boolean listed(Page page) {
        if (page.view() instanceof ClassView) {
            throw new IllegalArgumentException("class pages are listed from the catalog: " + page.output());
        }
        return !page.isData() && !(page.view() instanceof ListingViews.Redirect) && !(page.view() instanceof ListingViews.NotFound)
                && !(page.view() instanceof VersionViews.NotIndexed) && !(page.view() instanceof ChangesPages.Feed);
    }

    /** Absolute when {@code site.host} is set (as the sitemap protocol wants), else site-relative. */
    private static String loc(MetaFactory meta, String path) {
        String absolute = meta.absolute(path);
        return absolute.isEmpty() ? path : absolute;
    }
}
