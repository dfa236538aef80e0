package org.jobspecs.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.requirement.Needs;
import org.jobspecs.requirement.Requirements;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Document;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.Reviser;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.Series;

/** Builds the view of each class page, and the pages left at former codes' addresses. */
final class ClassPages {

    /** Ids the class page uses itself; a section never takes one of them. */
    private static final Set<String> RESERVED_IDS = Set.of("main", "changes", "pay", "summary", "summary-heading", "facts", "series",
            "openings", "top", "content", "skip", "redline", "next-step", "next-step-heading", "similar", "similar-heading");

    private final Catalog catalog;
    private final SiteConfig config;
    /** How pay is turned into a year's or an hour's ({@code pay.hours.per.year}). */
    private final PayRule rule;
    /** The pictures' data, by the site's pay rule. */
    private final ChartData charts;
    private final MetaFactory meta;
    private final Documents documents;
    private final Map<String, List<JobClass>> seriesMembers;
    private final PlanMemo memo;
    /** Issue 13: each series' ladder (its levels' pay in force), made once per plan for all its class pages. */
    private final Map<String, List<org.jobspecs.site.chart.Band>> ladders = new java.util.concurrent.ConcurrentHashMap<>();
    private final Related related;
    /** Issue 13 §6: each unit's benefits beside the pay, made once per plan for all its class pages. */
    private final Map<String, BenefitsGlance> glances = new java.util.concurrent.ConcurrentHashMap<>();
    /** Issue 13: what each class needs, read once per plan for its page and for the next step of the level below. */
    private final Map<ClassCode, Needs> needs = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param similar each class's similar classes by code, most similar first (issue 13; see org.jobspecs.search.SimilarClasses), asked for when the first page is made */
    ClassPages(Catalog catalog, SiteConfig config, MetaFactory meta, Documents documents,
               Map<String, List<JobClass>> seriesMembers, PlanMemo memo, java.util.function.Supplier<Map<String, List<String>>> similar) {
        this.rule = new PayRule(config.payHoursPerYear());
        this.related = new Related(catalog, rule, similar, (s, id) -> memo.remembers()
                ? Related.section(memo.get(s, "approved", ClassPages::sections), id) : section(s, id), this::needs);
        this.catalog = catalog;
        this.memo = memo;
        this.documents = documents;
        this.config = config;
        this.charts = new ChartData(catalog, rule);
        this.meta = meta;
        this.seriesMembers = seriesMembers;
    }

    /**
     * What a class page is made from besides the site's configuration and asset files (which a
     * planner holds fixed): equal inputs make an equal page, so a live build reuses the page of a
     * class whose inputs did not change ({@link PlanMemo}). The page is made from these alone.
     *
     * @param inForce its pay in the schedule in force, or null
     * @param future  its pay in an adopted future schedule, or null
     * @param series  its series, or null
     * @param lower   lower levels of its series, nearest last
     * @param higher  higher levels of its series, nearest first
     * @param charts  what its pictures are made from (issue 13)
     * @param open    its postings taking applications on the build date (issue 13)
     * @param related its next step and similar classes (issue 13)
     */
    record Inputs(JobClass c, BargainingUnit unit, SchedulePay inForce, SchedulePay future, Series series,
                  List<ClassLink> lower, List<ClassLink> higher, ChartData.Inputs charts,
                  List<org.jobspecs.spec.Opening> open, RelatedView related) { }

    /** A schedule's facts and one class's pay on it. */
    record SchedulePay(String id, String title, LocalDate effective, String adoptedBy, Document document, Pay pay) {

        static SchedulePay of(SalarySchedule s, ClassCode code) {
            return new SchedulePay(s.id(), s.title(), s.effective(), s.adoptedBy(), s.document(), s.pay().get(code));
        }
    }

    Page page(JobClass c) {
        return memo.page(c.code(), inputs(c), this::page);
    }

    /**
     * Makes, ahead of the class's page, what the page needs that does not depend on the similar classes:
     * its approved sections, their words for the JSON-LD, and what the class needs (all remembered).
     */
    void prepare(JobClass c) {
        List<SectionView> sections = memo.get(c.sections(), "approved", ClassPages::sections);
        memo.get(sections, "words", OccupationJsonLd.Words::of);
        needs(c);
    }

    private Inputs inputs(JobClass c) {
        SchedulePay inForce = c.abolished() ? null : catalog.scheduleInForce(c.code()).map(s -> SchedulePay.of(s, c.code())).orElse(null);
        SchedulePay future = c.abolished() ? null : catalog.futureSchedule(c.code()).map(s -> SchedulePay.of(s, c.code())).orElse(null);
        Series series = catalog.seriesOf(c).orElse(null);
        List<ClassLink> lower = new ArrayList<>();
        List<ClassLink> higher = new ArrayList<>();
        if (series != null && c.level() != null) {
            for (JobClass other : seriesMembers.get(series.id())) {
                if (other.level() != null && other.level() < c.level()) {
                    lower.add(link(other));
                } else if (other.level() != null && other.level() > c.level()) {
                    higher.add(link(other));
                }
            }
        }
        RelatedView relatedView = related.of(c, series == null ? List.of() : seriesMembers.get(series.id()),
                inForce == null ? null : inForce.pay());
        return new Inputs(c, catalog.unitOf(c), inForce, future, series, List.copyOf(lower), List.copyOf(higher),
                charts.inputs(c, series == null || c.level() == null ? List.of()
                        : ladders.computeIfAbsent(series.id(), id -> charts.ladder(seriesMembers.get(id))), series == null ? null : series.title()),
                catalog.openNow(c.code()), relatedView);
    }

    /** What the class needs, as its spec says plainly (read once per plan). */
    private Needs needs(JobClass c) {
        return needs.computeIfAbsent(c.code(), code -> Requirements.of(c.title(), firstOfSeries(c), c.sections()));
    }

    /** Whether the class is the lowest level of its series (a class of no level counts as one); null outside a series. */
    private Boolean firstOfSeries(JobClass c) {
        Series series = catalog.seriesOf(c).orElse(null);
        if (series == null) {
            return null;
        }
        return c.level() == null || seriesMembers.get(series.id()).stream().noneMatch(o -> o.level() != null && o.level() < c.level());
    }

    private Page page(Inputs in) {
        JobClass c = in.c();
        BargainingUnit unit = in.unit();
        String path = Paths.classPage(c.code().value());
        List<SectionView> sections = memo.get(c.sections(), "approved", ClassPages::sections);
        String root = Paths.root(path);
        PayView pay = in.inForce() == null ? null : pay(in.inForce(), c.code(), root, unit.workBasis());
        String unitHref = Paths.unit(unit.id());
        Optional<Series> series = Optional.ofNullable(in.series());
        String description = c.title() + " (class " + c.code() + "), " + c.department() + ": class specification"
                + (pay != null ? ", pay " + pay.range() + " " + pay.timeBase() : "") + ".";
        PageMeta pageMeta = meta.of(path, c.title() + " (" + c.code() + ")", "classes", description);
        SectionView requirements = Summary.requirementSection(sections);
        ChangesView changes = changes(c);
        Needs needs = needs(c);
        HiringView hiring = HiringView.of(in.open());
        String jsonLd = OccupationJsonLd.of(c, memo.get(sections, "words", OccupationJsonLd.Words::of),
                in.inForce() == null ? null : in.inForce().pay(), in.inForce() == null ? "" : in.inForce().effective().toString(),
                config.location(), config.agency(), pageMeta.canonical(), needs);
        ClassView view = new ClassView(pageMeta, c.code().value(), c.title(), c.department(),
                c.abolished() ? "" : Paths.department(c.department()), c.flsa(), c.abolished() ? "Abolished" : "Current",
                c.abolished() ? Format.date(c.statusDate()) : "", approval(c.approval()), unit.name(),
                unit.hasMou() ? "Bargaining unit" : "Employee group", unitHref,
                pay == null ? "" : pay.scheduleHref(), unitHref + "#mou",
                unit.hasMou() ? "MOU" : "MOU (none: " + unit.name() + ")", unitHref + "#benefits",
                pay, in.future() == null ? null : pay(in.future(), c.code(), root, unit.workBasis()), sections,
                series.map(Series::title).orElse(""), series.map(s -> Paths.series(s.id())).orElse(""),
                in.lower(), in.higher(), c.openings() == null ? "" : c.openings(), c.formerTitles(),
                c.formerCodes().stream().map(ClassCode::value).toList(), changes, jsonLd,
                Summary.requirements(requirements), requirements == null ? "" : requirements.id(),
                requirements == null ? "" : requirements.name(), contents(pay, sections, in.series(), c.openings() != null || hiring.openNow(), changes),
                benefits(unit, unitHref, root), NeedsView.of(needs, sections),
                charts.classCharts(in.charts(), c.code().value(), c.title()), hiring,
                in.related(), Paths.versions(c.code().value()), c.versions().size());
        return new Page(Paths.file(path), "class.ftl", view);
    }

    /** The page's sections in the order it shows them, for its "On this page" list. */
    private static List<ClassView.Anchor> contents(PayView pay, List<SectionView> sections, Series series, boolean openings,
                                                   ChangesView changes) {
        List<ClassView.Anchor> contents = new ArrayList<>();
        if (pay != null) {
            contents.add(new ClassView.Anchor("pay", "Pay"));
        }
        for (SectionView s : sections) {
            contents.add(new ClassView.Anchor(s.id(), s.name()));
        }
        if (series != null) {
            contents.add(new ClassView.Anchor("series", "Career path"));
        }
        if (openings) {
            contents.add(new ClassView.Anchor("openings", "Openings"));
        }
        contents.add(new ClassView.Anchor("changes", changes.heading()));
        return List.copyOf(contents);
    }

    /** The page at a former code's address: a link (and an instant refresh) to the current class. */
    static Page redirect(MetaFactory meta, ClassCode former, JobClass target) {
        String path = Paths.classPage(former.value());
        PageMeta pageMeta = meta.of(path, "Class " + former + " is now " + target.title() + " (" + target.code() + ")",
                "classes", "Class code " + former + " is now " + target.code() + ", " + target.title() + ".");
        return new Page(Paths.file(path), "redirect.ftl", new ListingViews.Redirect(pageMeta, former.value(), link(target)));
    }

    static ClassLink link(JobClass c) {
        String note = c.abolished() ? "Abolished " + Format.date(c.statusDate()) : "";
        return new ClassLink(c.code().value(), c.title(), Paths.classPage(c.code().value()), c.department(), c.abolished(), note);
    }

    /** Issue 13 §6: the unit's benefits beside the pay, with links to the unit's page and its MOU (or resolution). */
    private BenefitsGlance benefits(BargainingUnit unit, String unitHref, String root) {
        return glances.computeIfAbsent(unit.id() + "\n" + unitHref + "\n" + root, k -> glance(unit, unitHref, root));
    }

    private BenefitsGlance glance(BargainingUnit unit, String unitHref, String root) {
        DocumentLink agreement = unit.hasMou()
                ? documents.link(unit.mouDocument(), "MOU: " + (unit.mouTitle() == null ? unit.name() : unit.mouTitle()), root)
                : documents.link(unit.resolutionDocument(), unit.resolutionTitle() == null ? "Resolution" : unit.resolutionTitle(), root);
        return new BenefitsGlance(unit.benefits(), unitHref + "#benefits", agreement);
    }

    private PayView pay(SchedulePay schedule, ClassCode code, String root, org.jobspecs.spec.WorkBasis basis) {
        Pay p = schedule.pay();
        String range = Summary.range(p.minimum(), p.maximum());
        return new PayView(range, p.timeBase().word(), p.timeBase().phrase(), Format.date(schedule.effective()),
                schedule.title(), Paths.schedule(schedule.id()) + "#" + Paths.scheduleRow(code.value()),
                documents.link(schedule.document(), "Adopted schedule: " + schedule.title(), root), schedule.adoptedBy(), p.steps().stream().map(Format::money).toList(), Summary.bases(p, rule, basis),
                ComparablePay.of(p, basis, rule), Summary.annualEquivalent(p, rule, basis), Summary.basisNote(basis));
    }

    private String approval(Approval a) {
        if (a == null) {
            return "";
        }
        return Format.date(a.date()) + (a.body().isEmpty() ? "" : " by the " + config.spellOut(a.body()));
    }

    static List<SectionView> sections(List<Section> sections) {
        List<SectionView> views = new ArrayList<>();
        approved(sections, view -> {
            views.add(view);
            return false;
        });
        return List.copyOf(views);
    }

    /**
     * The first section the page shows with this id, or null: {@code sections(sections)}'s, made
     * only as far as that section. Issue 15: the next step of the level below reads one section of a
     * class (the first two, mostly), when nothing remembers the class's sections.
     */
    static SectionView section(List<Section> sections, String id) {
        SectionView[] found = new SectionView[1];
        approved(sections, view -> {
            found[0] = view.id().equals(id) ? view : null;
            return found[0] != null;
        });
        return found[0];
    }

    /** Makes the page's sections in order, handing each to {@code stop} until it says to stop. */
    private static void approved(List<Section> sections, java.util.function.Predicate<SectionView> stop) {
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            String name = ApprovedText.plain(s.heading());
            List<BlockView> blocks = ApprovedText.blocks(s.blocks(), name);
            if (blocks.isEmpty()) {
                continue; // the approved change deleted the whole section, heading included
            }
            if (stop.test(new SectionView(id(s, name, ids), ApprovedText.inlines(s.heading()), name, blocks))) {
                return;
            }
        }
    }

    static String id(Section s, String name, Set<String> taken) {
        String base = s.canonical().map(k -> k.anchor()).orElse(Format.slug(name));
        if (RESERVED_IDS.contains(base)) {
            base = base + "-section";
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private ChangesView changes(JobClass c) {
        List<String> history = new ArrayList<>();
        if (c.approval() != null) {
            history.add(entry(c.approval()));
        }
        c.history().forEach(a -> history.add(entry(a)));
        List<SectionView> redline = memo.get(c.sections(), "redline", ClassPages::redline);
        String heading = !redline.isEmpty() && c.approval() != null
                ? "Changes approved on " + Format.date(c.approval().date()) : "Revision history";
        return new ChangesView(heading, List.copyOf(history), trackedChanges(c.revisers()), redline);
    }

    /** The sections the approved change marks, with their redline. */
    private static List<SectionView> redline(List<Section> sections) {
        List<SectionView> redline = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            if (ApprovedText.hasMarks(s.heading()) || s.blocks().stream().anyMatch(ApprovedText::hasMarks)) {
                String name = ApprovedText.plain(s.heading());
                redline.add(new SectionView("changes-" + id(s, name, ids), s.heading(), name, ApprovedText.redline(s.blocks(), "Changes to " + name)));
            }
        }
        return List.copyOf(redline);
    }

    /** "Tracked changes by Pat Lee (September 12, 2025) and Sam Roe."; empty when the source names no one. */
    static String trackedChanges(List<Reviser> revisers) {
        if (revisers.isEmpty()) {
            return "";
        }
        String names = Format.list(revisers.stream()
                .map(r -> r.date() == null ? r.name() : r.name() + " (" + Format.date(r.date()) + ")").toList());
        return "Tracked changes by " + names + (names.endsWith(".") ? "" : ".");
    }

    private String entry(Approval a) {
        return Format.date(a.date()) + (a.body().isEmpty() ? "" : " — approved by the " + config.spellOut(a.body()));
    }
}
