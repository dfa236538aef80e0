package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.JobClass;

/**
 * One page per bargaining unit or employee group: its MOU (or, for a group, the statement that no
 * MOU applies and the resolution that sets its terms), its benefits and the classes it covers.
 */
final class UnitPages {

    private final Catalog catalog;
    /** The classes of each unit, in class-code order, computed once. */
    private final java.util.Map<String, List<JobClass>> covered;
    private final MetaFactory meta;
    private final Documents documents;
    /** Each class's pay on the listings' one base (issue 13). */
    private final ListingPay pay;
    private final ChartData charts;
    /** Whether the site writes Atom feeds of its changes, one per unit (issue 14). */
    private final boolean feeds;

    /** @param feeds whether the site writes a feed of each unit's changes (issue 14), which its page then links */
    UnitPages(Catalog catalog, MetaFactory meta, Documents documents, ListingPay pay, boolean feeds) {
        this.pay = pay;
        this.charts = new ChartData(catalog, pay.rule());
        this.catalog = catalog;
        this.covered = catalog.classes().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(JobClass::unitId, java.util.stream.Collectors.toList()));
        this.documents = documents;
        this.meta = meta;
        this.feeds = feeds;
    }

    List<ListingViews.Entry> entries() {
        return catalog.units().values().stream().map(this::entry).toList();
    }

    private ListingViews.Entry entry(BargainingUnit u) {
        return new ListingViews.Entry(u.name(), Paths.unit(u.id()), ListingPages.count(covered(u).size()));
    }

    /** Each unit's page, then the index of units, in page order, each made when asked for (issue 15). */
    List<Supplier<List<Page>>> groups() {
        List<Supplier<List<Page>>> groups = new ArrayList<>();
        List<ListingViews.Entry> units = new ArrayList<>();
        List<ListingViews.Entry> employeeGroups = new ArrayList<>();
        for (BargainingUnit u : catalog.units().values()) {
            (u.hasMou() ? units : employeeGroups).add(entry(u));
            groups.add(() -> List.of(page(u)));
        }
        groups.add(() -> List.of(new Page(Paths.file(Paths.UNITS), "units-index.ftl", new ListingViews.UnitsIndex(
                meta.of(Paths.UNITS, "Bargaining units and employee groups", "units",
                        "Bargaining units and employee groups: MOUs, benefits and the classes they cover."), units, employeeGroups))));
        return groups;
    }

    private Page page(BargainingUnit u) {
        String path = Paths.unit(u.id());
        String kind = u.hasMou() ? "Bargaining unit" : "Employee group (not represented)";
        String term = u.mouStart() == null && u.mouEnd() == null ? ""
                : (u.mouStart() == null ? "" : Format.date(u.mouStart())) + " to " + (u.mouEnd() == null ? "" : Format.date(u.mouEnd()));
        PageMeta pageMeta = meta.of(path, u.name(), "units", u.name() + ": " + (u.hasMou() ? "MOU" : "terms of employment")
                + ", benefits and the classes covered.");
        if (feeds) {
            pageMeta = pageMeta.withFeed(ChangesPages.unitFeed(u)); // issue 14
        }
        return new Page(Paths.file(path), "unit.ftl", new ListingViews.Unit(pageMeta, u.name(), kind, u.hasMou(),
                nz(u.mouTitle()), term, u.expiredOn(catalog.asOf()), documents.link(u.mouDocument(), "MOU: " + nz(u.mouTitle()), Paths.root(path)),
                nz(u.resolutionTitle()), documents.link(u.resolutionDocument(), nz(u.resolutionTitle()), Paths.root(path)),
                u.benefits(), covered(u).stream().map(pay::link).toList(),
                charts.spread("chart-pay-across", u.name(), covered(u))));
    }

    private List<JobClass> covered(BargainingUnit u) {
        return covered.getOrDefault(u.id(), List.of());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
