package org.jobspecs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Series;

/** The browse pages: home, A–Z, archive of abolished classes, departments and series. */
final class ListingPages {

    private final Catalog catalog;
    private final MetaFactory meta;
    private final List<JobClass> current;
    private final List<JobClass> abolished;
    private final Map<String, List<JobClass>> seriesMembers;
    /** Each class's pay on the listings' one base (issue 13). */
    private final ListingPay pay;
    private final ChartData charts;

    ListingPages(Catalog catalog, MetaFactory meta, Map<String, List<JobClass>> seriesMembers, ListingPay pay) {
        this.pay = pay;
        this.charts = new ChartData(catalog, pay.rule());
        this.catalog = catalog;
        this.meta = meta;
        this.seriesMembers = seriesMembers;
        this.current = catalog.classes().values().stream().filter(c -> !c.abolished()).toList();
        this.abolished = catalog.classes().values().stream().filter(JobClass::abolished).toList();
    }

    /**
     * The listings in page order, each made when asked for (issue 15): the home page, A to Z, the
     * archive, by department, the series index, then each series' page.
     */
    List<Supplier<List<Page>>> groups(List<ListingViews.Entry> unitEntries, ListingViews.Entry schedule) {
        List<Supplier<List<Page>>> groups = new ArrayList<>();
        groups.add(() -> {
            List<ListingViews.Group> departments = departments();
            return List.of(new Page("index.html", "home.ftl", new ListingViews.Home(
                    meta.of("", "Class specifications", "home", "Class specifications, pay and bargaining units of every job class."),
                    current.size(), departments.size(), abolished.size(), departments, seriesEntries(), unitEntries, schedule)));
        });
        groups.add(() -> List.of(new Page(Paths.file(Paths.AZ), "classes.ftl", new ListingViews.AtoZ(
                meta.of(Paths.AZ, "All classes, A to Z", "classes", "Every current job class by title, with its class code."),
                letters(), abolished.size()))));
        groups.add(() -> List.of(new Page(Paths.file(Paths.ARCHIVE), "archive.ftl", new ListingViews.Archive(
                meta.of(Paths.ARCHIVE, "Abolished classes (archive)", "classes", "Job classes that are no longer used, kept for reference."),
                abolished.stream().map(ClassPages::link).toList()))));
        groups.add(() -> List.of(new Page(Paths.file(Paths.DEPARTMENTS), "departments.ftl", new ListingViews.Departments(
                meta.of(Paths.DEPARTMENTS, "Classes by department", "departments", "Every current job class, grouped by department."),
                departments(), charts.departments(byDepartment())))));
        groups.add(() -> List.of(new Page(Paths.file(Paths.SERIES), "series-index.ftl", new ListingViews.SeriesIndex(
                meta.of(Paths.SERIES, "Class series", "series", "Class series: related classes at rising levels."),
                seriesEntries()))));
        for (Series s : catalog.series().values()) {
            groups.add(() -> List.of(seriesPage(s)));
        }
        return groups;
    }

    private Page seriesPage(Series s) {
        String path = Paths.series(s.id());
        List<ClassLink> levels = seriesMembers.getOrDefault(s.id(), List.of()).stream()
                .map(c -> {
                    ClassLink l = pay.link(c);
                    String note = (c.level() == null ? "" : "Level " + c.level()) + (l.note().isEmpty() ? "" : " · " + l.note());
                    return new ClassLink(l.code(), l.title(), l.href(), l.department(), l.abolished(), note, l.pay());
                }).toList();
        return new Page(Paths.file(path), "series.ftl", new ListingViews.SeriesPage(
                meta.of(path, s.title() + " series", "series", "The classes of the " + s.title() + " series, from entry level up."),
                s.title(), s.summary(), levels, charts.seriesLadder(s.title(), seriesMembers.getOrDefault(s.id(), List.of()))));
    }

    private List<ListingViews.Entry> seriesEntries() {
        return catalog.series().values().stream()
                .sorted(Comparator.comparing(Series::title))
                .map(s -> new ListingViews.Entry(s.title(), Paths.series(s.id()),
                        count(seriesMembers.getOrDefault(s.id(), List.of()).size())))
                .toList();
    }

    private List<ListingViews.Group> letters() {
        Map<String, List<ClassLink>> byLetter = new TreeMap<>();
        TitleOrder.sorted(current)
                .forEach(c -> byLetter.computeIfAbsent(letter(c.title()), k -> new ArrayList<>()).add(pay.link(c)));
        return byLetter.entrySet().stream()
                .map(e -> new ListingViews.Group("letter-" + e.getKey().toLowerCase(Locale.ROOT), e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The current classes of each department (issue 13: its picture of pay). */
    private Map<String, List<JobClass>> byDepartment() {
        Map<String, List<JobClass>> byDepartment = new TreeMap<>();
        current.forEach(c -> byDepartment.computeIfAbsent(c.department(), k -> new ArrayList<>()).add(c));
        return byDepartment;
    }

    private List<ListingViews.Group> departments() {
        Map<String, List<ClassLink>> byDepartment = new TreeMap<>();
        TitleOrder.sorted(current)
                .forEach(c -> byDepartment.computeIfAbsent(c.department(), k -> new ArrayList<>()).add(pay.link(c)));
        return byDepartment.entrySet().stream()
                .map(e -> new ListingViews.Group(Format.slug(e.getKey()), e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private static String letter(String title) {
        char first = Character.toUpperCase(title.strip().charAt(0));
        return Character.isLetter(first) ? String.valueOf(first) : "#";
    }

    static String count(int n) {
        return n == 1 ? "1 class" : n + " classes";
    }
}
