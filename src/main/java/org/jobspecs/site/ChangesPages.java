package org.jobspecs.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.SpecVersion;

/**
 * What changed, site-wide (issue 14 §3): the {@code changes/} page, the Atom feed {@code changes.xml}
 * and one feed per bargaining unit or employee group ({@code units/<id>/changes.xml}).
 *
 * <p>Every change is dated by its sources, never by the build clock: a class's approvals (the
 * current one, its history, its earlier versions; the first is the new class, each later one a
 * revision), the date a class was abolished, a salary schedule's effective and revision dates, and
 * the start and end of each unit's MOU term. The page and the feeds cover the {@value #MONTHS}
 * months up to the build date; changes dated after it (a schedule adopted for next July) are listed
 * on the page as coming up and enter the feeds on their day. Former titles and codes carry no date
 * in the class list, so the page lists them apart, undated, and the feeds leave them out.
 *
 * <p>Feeds need absolute addresses: they are written only when {@code site.host} is set. Entry ids
 * are the entry's anchor on the changes page under the site's host, so they stay the same from build
 * to build and across feeds (a unit's feed reuses the site feed's ids).
 */
final class ChangesPages {

    /** How many months back from the build date the page and the feeds reach. */
    static final int MONTHS = 24;
    static final String PAGE = "changes/";
    static final String FEED = "changes.xml";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    /** What a change is, in the order changes of one day are listed. */
    enum Kind {
        NEW("New class", "new"),
        REVISED("Revised specification", "revised"),
        ABOLISHED("Class abolished", "abolished"),
        SCHEDULE("Salary schedule in effect", "schedule"),
        SCHEDULE_REVISED("Salary schedule revised", "schedule-revised"),
        MOU_BEGINS("MOU term begins", "mou-begins"),
        MOU_ENDS("MOU term ends", "mou-ends");

        final String label;
        final String slug;

        Kind(String label, String slug) {
            this.label = label;
            this.slug = slug;
        }
    }

    /**
     * One dated change.
     *
     * @param anchor  its id on the changes page, unique on the site (kind, subject, date)
     * @param subject what changed: a class's title, a schedule's or an MOU's title
     * @param href    the page it is about, site-relative
     * @param units   the units whose feeds carry it
     */
    record Change(LocalDate date, Kind kind, String anchor, String subject, String summary, String href, Set<String> units) { }

    /** A change as the page lists it. */
    public record Item(String id, String kind, String date, String iso, String subject, String href, String summary) { }

    /** The changes of one month, newest first. */
    public record Month(String id, String name, List<Item> items) { }

    /** A class with former titles or codes (undated in the class list). */
    public record Renamed(ClassLink job, String formerTitles, String formerCodes) { }

    /**
     * The changes page.
     *
     * @param since    the first day it covers, formatted
     * @param asOf     the build date, formatted
     * @param upcoming changes dated after the build date, soonest first
     * @param months   the months that have changes, newest first
     * @param feed     the site feed's address ("changes.xml"), or empty when the site has none
     */
    public record View(PageMeta meta, int monthsCovered, String since, String asOf, List<Item> upcoming, List<Month> months,
                       int count, List<Renamed> renamed, String feed) { }

    /** An entry of a feed: absolute addresses, RFC 3339 dates. */
    public record FeedEntry(String id, String title, String updated, String href, String summary) { }

    /**
     * An Atom feed (templates/changes-feed.ftl).
     *
     * @param id        the feed's id: its own absolute address
     * @param alternate the HTML page it follows
     * @param updated   the newest entry's date (without entries, the newest change of the feed's subject up to the build date)
     */
    public record Feed(String id, String title, String subtitle, String alternate, String updated, String author,
                       List<FeedEntry> entries) { }

    private ChangesPages() {
    }

    /**
     * Whether the site's templates make the changes page: a site made before issue 14 keeps its own
     * templates and has no {@code changes.ftl}; it builds as before, without the page and the feeds,
     * until the two templates are copied from the demo.
     */
    static boolean templated(SiteConfig config) {
        return java.nio.file.Files.isRegularFile(config.templateFolder().resolve("changes.ftl"));
    }

    /**
     * Whether feeds are written: their template, a site host to make absolute addresses, and at least
     * one dated change on or before the build date.
     */
    static boolean feeds(Catalog catalog, MetaFactory meta, SiteConfig config) {
        return templated(config) && java.nio.file.Files.isRegularFile(config.templateFolder().resolve("changes-feed.ftl"))
                && !meta.absolute("").isEmpty() && anyDatedBy(catalog, catalog.asOf());
    }

    /** Whether any change is dated on or before {@code day} (the dates {@link #changes} reads, without making the changes). */
    private static boolean anyDatedBy(Catalog catalog, LocalDate day) {
        java.util.function.Predicate<LocalDate> by = d -> d != null && !d.isAfter(day);
        for (JobClass c : catalog.classes().values()) {
            if (c.approval() != null && by.test(c.approval().date()) || c.history().stream().anyMatch(a -> by.test(a.date()))
                    || c.versions().stream().anyMatch(v -> by.test(v.approval().date())) || c.abolished() && by.test(c.statusDate())) {
                return true;
            }
        }
        return catalog.schedules().stream().anyMatch(s -> by.test(s.effective()) || s.revised().stream().anyMatch(by))
                || catalog.units().values().stream().anyMatch(u -> u.hasMou() && !blank(u.mouTitle()) && (by.test(u.mouStart()) || by.test(u.mouEnd())));
    }

    /** A unit's feed, as its page's head links it (issue 14). */
    static PageMeta.Feed unitFeed(BargainingUnit unit) {
        return new PageMeta.Feed(Paths.unit(unit.id()) + FEED, "Changes for " + unit.name() + " (Atom feed)");
    }

    static PageMeta.Feed siteFeed() {
        return new PageMeta.Feed(FEED, "Changes to the class specifications (Atom feed)");
    }

    /**
     * The changes page and the feeds.
     *
     * @param planned the site's other pages: a version's own pages (issue 14: {@code classes/<code>/versions/<date>/}
     *                and its {@code changes/}) are linked when the site has them, else the class page
     */
    static List<Page> pages(Catalog catalog, MetaFactory meta, SiteConfig config, List<PageGroups.Made> planned, PlanMemo memo) {
        if (!templated(config)) {
            return List.of();
        }
        String author = config.agency().isBlank() ? config.title() : config.agency();
        Map<String, String> abbreviations = config.abbreviations();
        Set<String> versionPages = new TreeSet<>();
        for (PageGroups.Made p : planned) {
            if (p.output().startsWith(Paths.AZ) && p.output().contains("/versions/")) {
                versionPages.add(p.output());
            }
        }
        List<Change> changes = changes(catalog, versionPages, abbreviations);
        boolean feeds = feeds(catalog, meta, config);
        record Key(List<Change> changes, LocalDate asOf, List<Renamed> renamed, Map<String, String> units, boolean feeds, String author) { }
        Map<String, String> units = new TreeMap<>();
        catalog.units().values().forEach(u -> units.put(u.id(), u.name()));
        return memo.value("changes", new Key(changes, catalog.asOf(), renamed(catalog), units, feeds, author),
                key -> make(key.changes(), key.asOf(), key.renamed(), key.units(), key.feeds(), key.author(), meta));
    }

    private static List<Page> make(List<Change> all, LocalDate asOf, List<Renamed> renamed, Map<String, String> units,
                                   boolean feeds, String author, MetaFactory meta) {
        LocalDate since = asOf.minusMonths(MONTHS).plusDays(1);
        List<Change> past = all.stream().filter(c -> !c.date().isAfter(asOf) && !c.date().isBefore(since)).toList();
        List<Item> upcoming = all.stream().filter(c -> c.date().isAfter(asOf))
                .sorted(Comparator.comparing(Change::date).thenComparing(Change::kind).thenComparing(Change::anchor))
                .map(ChangesPages::item).toList();
        Map<YearMonth, List<Item>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        past.forEach(c -> byMonth.computeIfAbsent(YearMonth.from(c.date()), m -> new ArrayList<>()).add(item(c)));
        List<Month> months = byMonth.entrySet().stream()
                .map(e -> new Month("month-" + e.getKey(), MONTH.format(e.getKey()), List.copyOf(e.getValue()))).toList();
        String description = past.isEmpty() ? "No class specification, salary schedule or MOU changed in the last " + MONTHS + " months."
                : "What changed in the last " + MONTHS + " months: " + past.size() + (past.size() == 1 ? " change" : " changes")
                + " to classes, their specifications, salary schedules and MOUs, newest first.";
        PageMeta pageMeta = meta.of(PAGE, "What changed", "changes", description);
        if (feeds) {
            pageMeta = pageMeta.withFeed(siteFeed());
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Paths.file(PAGE), "changes.ftl", new View(pageMeta, MONTHS, Format.date(since), Format.date(asOf),
                upcoming, months, past.size(), renamed, feeds ? FEED : "")));
        if (feeds) {
            List<Change> newestFirst = past.stream().sorted(ORDER).toList();
            pages.add(new Page(FEED, "changes-feed.ftl", feed(meta, FEED, PAGE, "What changed",
                    "New, revised and abolished classes, salary schedules and MOUs, newest first.", author, newestFirst, all, asOf)));
            units.forEach((id, name) -> {
                List<Change> own = newestFirst.stream().filter(c -> c.units().contains(id)).toList();
                List<Change> ever = all.stream().filter(c -> c.units().contains(id)).toList();
                pages.add(new Page(Paths.unit(id) + FEED, "changes-feed.ftl", feed(meta, Paths.unit(id) + FEED, Paths.unit(id),
                        "What changed: " + name, "The classes of " + name + ", their salary schedules and the MOU.", author,
                        own, ever.isEmpty() ? all : ever, asOf)));
            });
        }
        return pages;
    }

    /** Newest first; on one day, in the order of {@link Kind}, then by anchor. */
    private static final Comparator<Change> ORDER = Comparator.comparing(Change::date).reversed()
            .thenComparing(Change::kind).thenComparing(Change::anchor);

    private static Item item(Change c) {
        return new Item(c.anchor(), c.kind().label, Format.date(c.date()), c.date().toString(), c.subject(), c.href(), c.summary());
    }

    private static Feed feed(MetaFactory meta, String self, String alternate, String title, String subtitle, String author,
                             List<Change> entries, List<Change> fallback, LocalDate asOf) {
        LocalDate updated = entries.isEmpty()
                ? fallback.stream().map(Change::date).filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder())
                        .orElseGet(() -> fallback.stream().map(Change::date).min(Comparator.naturalOrder()).orElse(asOf))
                : entries.get(0).date();
        return new Feed(meta.absolute(self), title, subtitle, meta.absolute(alternate), instant(updated), author,
                entries.stream().map(c -> new FeedEntry(meta.absolute(PAGE) + "#" + c.anchor(), c.kind().label + ": " + c.subject(),
                        instant(c.date()), meta.absolute(c.href()), c.summary())).toList());
    }

    /** A source date as an RFC 3339 date-time: its midnight, UTC. */
    private static String instant(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /**
     * Every dated change of the site, newest first.
     *
     * @param abbreviations how approving bodies' abbreviations are spelled out ({@code abbreviation.CSB=Civil Service Board})
     */
    static List<Change> changes(Catalog catalog, Set<String> versionPages, Map<String, String> abbreviations) {
        List<Change> changes = new ArrayList<>();
        for (JobClass c : catalog.classes().values()) {
            classChanges(c, versionPages, abbreviations, changes);
        }
        Map<ClassCode, String> unitOf = new TreeMap<>();
        catalog.classes().values().forEach(c -> unitOf.put(c.code(), c.unitId()));
        for (SalarySchedule s : catalog.schedules()) {
            Set<String> units = new TreeSet<>();
            s.pay().keySet().forEach(code -> {
                String unit = unitOf.get(code);
                if (unit != null) {
                    units.add(unit);
                }
            });
            String href = Paths.schedule(s.id());
            if (s.effective() != null) {
                changes.add(new Change(s.effective(), Kind.SCHEDULE, anchor(Kind.SCHEDULE, s.id(), s.effective()), s.title(),
                        "Effective " + Format.date(s.effective()) + (blank(s.adoptedBy()) ? "" : ", adopted by " + s.adoptedBy())
                                + "; pay for " + count(s.pay().size()) + ".", href, Set.copyOf(units)));
            }
            for (LocalDate revised : new TreeSet<>(s.revised())) {
                changes.add(new Change(revised, Kind.SCHEDULE_REVISED, anchor(Kind.SCHEDULE_REVISED, s.id(), revised), s.title(),
                        "Revised " + Format.date(revised) + ".", href, Set.copyOf(units)));
            }
        }
        for (BargainingUnit u : catalog.units().values()) {
            if (!u.hasMou() || blank(u.mouTitle())) {
                continue;
            }
            String href = Paths.unit(u.id());
            String term = "Term " + (u.mouStart() == null ? "" : Format.date(u.mouStart()) + " ") + "to "
                    + (u.mouEnd() == null ? "(no end date)" : Format.date(u.mouEnd())) + ".";
            if (u.mouStart() != null) {
                changes.add(new Change(u.mouStart(), Kind.MOU_BEGINS, anchor(Kind.MOU_BEGINS, u.id(), u.mouStart()), u.mouTitle(),
                        u.name() + ". " + term, href, Set.of(u.id())));
            }
            if (u.mouEnd() != null) {
                changes.add(new Change(u.mouEnd(), Kind.MOU_ENDS, anchor(Kind.MOU_ENDS, u.id(), u.mouEnd()), u.mouTitle(),
                        u.name() + ". " + term + " Its terms continue until a new MOU is adopted; see the unit's page.", href, Set.of(u.id())));
            }
        }
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    /** A class's approvals (first: new; each later one: revised) and its abolition. */
    private static void classChanges(JobClass c, Set<String> versionPages, Map<String, String> abbreviations, List<Change> out) {
        TreeMap<LocalDate, String> approvals = new TreeMap<>();
        List<Approval> all = new ArrayList<>();
        if (c.approval() != null) {
            all.add(c.approval());
        }
        all.addAll(c.history());
        c.versions().stream().map(SpecVersion::approval).forEach(all::add);
        for (Approval a : all) {
            approvals.merge(a.date(), a.body(), (x, y) -> x.isBlank() ? y : x);
        }
        String code = c.code().value();
        String classPage = Paths.classPage(code);
        Set<String> units = c.unitId() == null ? Set.of() : Set.of(c.unitId());
        String subject = c.title() + " (" + code + ")";
        boolean first = true;
        for (Map.Entry<LocalDate, String> a : approvals.entrySet()) {
            Kind kind = first ? Kind.NEW : Kind.REVISED;
            String body = abbreviations.getOrDefault(a.getValue(), a.getValue());
            String by = body.isBlank() ? "" : " by " + (body.equals(a.getValue()) ? body : "the " + body);
            String version = classPage + "versions/" + a.getKey() + "/";
            String href = !first && versionPages.contains(Paths.file(version + "changes/")) ? version + "changes/"
                    : versionPages.contains(Paths.file(version)) ? version : classPage;
            String summary = (first ? "First approved" : "Revised specification approved") + by + " on " + Format.date(a.getKey())
                    + (href.endsWith("changes/") ? "; see what changed from the version before." : ".");
            out.add(new Change(a.getKey(), kind, anchor(kind, code, a.getKey()), subject, summary, href, units));
            first = false;
        }
        if (c.abolished() && c.statusDate() != null) {
            out.add(new Change(c.statusDate(), Kind.ABOLISHED, anchor(Kind.ABOLISHED, code, c.statusDate()), subject,
                    "Abolished on " + Format.date(c.statusDate()) + "; its specification stays on the site for reference.", classPage, units));
        }
    }

    /** Classes with former titles or codes, by code. */
    private static List<Renamed> renamed(Catalog catalog) {
        return catalog.classes().values().stream()
                .filter(c -> !c.formerTitles().isEmpty() || !c.formerCodes().isEmpty())
                .map(c -> new Renamed(ClassPages.link(c), Format.list(c.formerTitles()),
                        Format.list(c.formerCodes().stream().map(ClassCode::value).toList())))
                .toList();
    }

    private static String anchor(Kind kind, String subject, LocalDate date) {
        return kind.slug + "-" + Format.slug(subject) + "-" + date;
    }

    private static String count(int classes) {
        return classes == 1 ? "1 class" : classes + " classes";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
