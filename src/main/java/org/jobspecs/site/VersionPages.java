package org.jobspecs.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.site.diff.Comparison;
import org.jobspecs.site.diff.SectionChange;
import org.jobspecs.site.diff.SpecDiff;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.ClassStatus;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SpecVersion;
import org.jobspecs.spec.VersionOrigin;

/**
 * Issue 14: the pages of a class's approved versions, for a class that has earlier ones: the list
 * ({@code classes/<code>/versions/}), each version's text ({@code versions/<date>/}, the current one
 * included, so that its address holds once it is replaced) and what each changed from the one
 * before ({@code versions/<date>/changes/}). Each pair of neighbouring versions is compared once,
 * for both the list's one-line summary and the changes page.
 */
final class VersionPages {

    private final SiteConfig config;
    private final MetaFactory meta;
    private final PlanMemo memo;

    VersionPages(SiteConfig config, MetaFactory meta, PlanMemo memo) {
        this.config = config;
        this.meta = meta;
        this.memo = memo;
    }

    /** What a class's version pages are made from: equal inputs make equal pages (a live build reuses them). */
    record Inputs(ClassCode code, String title, ClassStatus status, java.time.LocalDate statusDate, Approval approval,
                  List<Section> sections, List<SpecVersion> versions) { }

    /** A version as the pages list it: the current spec first. */
    private record Entry(Approval approval, List<Section> sections, VersionOrigin origin, String key) {

        String date() {
            return approval == null ? "" : Format.date(approval.date());
        }
    }

    /** The class's version pages; none when it has no earlier version. */
    List<Page> pages(JobClass c) {
        if (c.versions().isEmpty()) {
            return List.of();
        }
        return memo.value("versions " + c.code(), new Inputs(c.code(), c.title(), c.status(), c.statusDate(), c.approval(),
                c.sections(), c.versions()), this::pages);
    }

    private List<Page> pages(Inputs in) {
        String code = in.code().value();
        List<Entry> entries = entries(in);
        VersionViews.ClassRef ref = new VersionViews.ClassRef(code, in.title(), Paths.classPage(code),
                in.status() == ClassStatus.ABOLISHED ? Format.date(in.statusDate()) : "", Paths.versions(code));
        List<Comparison> comparisons = new ArrayList<>();
        List<List<Section>> approved = entries.size() < 2 ? List.of() : entries.stream().map(e -> SpecDiff.approved(e.sections())).toList();
        for (int i = 0; i + 1 < entries.size(); i++) {
            comparisons.add(SpecDiff.compareApproved(approved.get(i + 1), approved.get(i)));
        }
        List<Page> pages = new ArrayList<>();
        List<VersionViews.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean earliest = i == entries.size() - 1;
            String href = e.key().isEmpty() ? "" : Paths.version(code, e.key());
            String changesHref = earliest || e.key().isEmpty() ? "" : Paths.versionChanges(code, e.key());
            rows.add(new VersionViews.Row(e.date(), body(e.approval()), i == 0, href, changesHref,
                    earliest ? "The earliest version on record." : summary(comparisons.get(i))));
            if (!href.isEmpty()) {
                pages.add(version(ref, entries, i, changesHref));
            }
            if (!changesHref.isEmpty()) {
                pages.add(changes(ref, entries, i, comparisons.get(i)));
            }
        }
        String path = Paths.versions(code);
        PageMeta listMeta = meta.of(path, "Versions of " + in.title() + " (" + code + ")", "classes",
                "Every approved version of the " + in.title() + " class specification (class " + code + "), newest first, with what each changed.");
        pages.add(0, new Page(Paths.file(path), "versions.ftl", new VersionViews.Listing(listMeta, ref, List.copyOf(rows))));
        return List.copyOf(pages);
    }

    /** The current spec, then the earlier versions newest first, each with the address key of its date ("2009-07-01"; "-2" on a repeat). */
    private static List<Entry> entries(Inputs in) {
        List<Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        entries.add(new Entry(in.approval(), in.sections(), null, key(in.approval(), keys)));
        for (SpecVersion v : in.versions()) {
            entries.add(new Entry(v.approval(), v.sections(), v.origin(), key(v.approval(), keys)));
        }
        return entries;
    }

    private static String key(Approval a, Set<String> taken) {
        if (a == null) {
            return "";
        }
        String key = a.date().toString();
        for (int n = 2; !taken.add(key); n++) {
            key = a.date() + "-" + n;
        }
        return key;
    }

    private Page version(VersionViews.ClassRef ref, List<Entry> entries, int i, String changesHref) {
        Entry e = entries.get(i);
        String path = Paths.version(ref.code(), e.key());
        boolean current = i == 0;
        String approved = "approved on " + e.date() + (body(e.approval()).isEmpty() ? "" : " by the " + body(e.approval()));
        String banner;
        if (!current) {
            String replaced = entries.get(i - 1).date();
            banner = "This version was " + approved + (replaced.isEmpty() ? " and later replaced." : " and replaced on " + replaced + ".");
        } else if (ref.abolished()) {
            banner = "This is the last version, " + approved + ". The class was abolished on " + ref.abolishedOn() + ".";
        } else {
            banner = "This is the current version, " + approved + ".";
        }
        String origin = e.origin() == VersionOrigin.REDLINE && i > 0 && !entries.get(i - 1).date().isEmpty()
                ? "This text is read from the redline of the specification approved on " + entries.get(i - 1).date()
                + ": its deleted words kept, its added words left out." : "";
        PageMeta m = meta.of(path, ref.title() + " (" + ref.code() + "), version approved " + e.date(), "classes",
                ref.title() + " (class " + ref.code() + "): the class specification as approved on " + e.date() + ".");
        List<SectionView> sections = memo.get(e.sections(), "approved", ClassPages::sections);
        return new Page(Paths.file(path), "version.ftl", new VersionViews.Version(canonical(m, ref.href()), ref, banner, current, e.date(),
                changesHref, origin, sections));
    }

    private Page changes(VersionViews.ClassRef ref, List<Entry> entries, int i, Comparison comparison) {
        Entry e = entries.get(i);
        Entry previous = entries.get(i + 1);
        String path = Paths.versionChanges(ref.code(), e.key());
        List<VersionViews.Change> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SectionChange s : comparison.sections()) {
            if (s.changed()) {
                String id = "change-" + ClassPages.id(s.section(), s.name(), ids);
                String status = switch (s.status()) {
                    case ADDED -> "Added";
                    case REMOVED -> "Removed";
                    default -> "Changed";
                };
                sections.add(new VersionViews.Change(status, new SectionView(id, s.section().heading(), s.name(),
                        ApprovedText.redline(s.section().blocks(), "Changes to " + s.name()))));
            }
        }
        PageMeta m = meta.of(path, ref.title() + ": changes approved on " + e.date() + " (class " + ref.code() + ")", "classes",
                "What the " + ref.title() + " class specification (class " + ref.code() + ") approved on " + e.date()
                        + " changed from the version before, word by word.");
        return new Page(Paths.file(path), "version-changes.ftl", new VersionViews.Changes(m, ref, e.date(), Paths.version(ref.code(), e.key()),
                i == 0, previous.date(), previous.key().isEmpty() ? "" : Paths.version(ref.code(), previous.key()),
                summary(comparison), List.copyOf(sections), comparison.named(SectionChange.Status.UNCHANGED)));
    }

    /** The page's meta with its canonical address set to the class page: absolute with {@code site.host}, else relative. */
    private PageMeta canonical(PageMeta m, String classPath) {
        String absolute = meta.absolute(classPath);
        return new PageMeta(m.site(), m.root(), m.path(), m.title(), absolute.isEmpty() ? m.root() + classPath : absolute, m.area(),
                m.description());
    }

    private String body(Approval a) {
        return a == null || a.body().isEmpty() ? "" : config.spellOut(a.body());
    }

    /** What changed in a line: "2 sections changed: Definition and Knowledge; 1 section added: Licenses; 14 words added, 3 removed." */
    static String summary(Comparison c) {
        if (c.same()) {
            return "The text did not change.";
        }
        List<String> parts = new ArrayList<>();
        part(parts, c.named(SectionChange.Status.CHANGED), "changed");
        part(parts, c.named(SectionChange.Status.ADDED), "added");
        part(parts, c.named(SectionChange.Status.REMOVED), "removed");
        if (c.added() + c.removed() == 0) {
            parts.add("punctuation only");
        } else {
            parts.add(words(c.added()) + " added, " + c.removed() + " removed");
        }
        return String.join("; ", parts) + ".";
    }

    private static void part(List<String> parts, List<String> names, String what) {
        if (!names.isEmpty()) {
            parts.add(names.size() + (names.size() == 1 ? " section " : " sections ") + what + ": " + Format.list(names));
        }
    }

    private static String words(int n) {
        return n + (n == 1 ? " word" : " words");
    }
}
