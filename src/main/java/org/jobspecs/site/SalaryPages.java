package org.jobspecs.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SalarySchedule;

/**
 * One page per salary schedule (past ones stay published: California requires five years), each
 * row anchored by class code, and an index of schedules: in force, adopted for the future, past. Each
 * page shows what 2 CCR 570.5(a) asks of a pay schedule (catalog.PayScheduleLaw checks the sources):
 * the governing body that adopted it, every class title with its rate or range and time base, the
 * effective date and every revision date, and for a past schedule how long it stays published.
 */
final class SalaryPages {

    private final Catalog catalog;
    private final MetaFactory meta;
    private final Documents documents;

    SalaryPages(Catalog catalog, MetaFactory meta, Documents documents) {
        this.catalog = catalog;
        this.documents = documents;
        this.meta = meta;
    }

    /** The entry of the schedule in force, for the home page; null when none is. */
    ListingViews.Entry currentEntry() {
        return catalog.currentSchedule().map(this::entry).orElse(null);
    }

    /** Each schedule's page, then the index of schedules, in page order, each made when asked for (issue 15). */
    List<Supplier<List<Page>>> groups() {
        List<Supplier<List<Page>>> groups = new ArrayList<>();
        Optional<SalarySchedule> current = catalog.currentSchedule();
        List<ListingViews.Entry> now = new ArrayList<>();
        List<ListingViews.Entry> future = new ArrayList<>();
        List<ListingViews.Entry> past = new ArrayList<>();
        List<SalarySchedule> schedules = catalog.schedules();
        for (int i = 0; i < schedules.size(); i++) {
            SalarySchedule s = schedules.get(i);
            SalarySchedule next = i + 1 < schedules.size() ? schedules.get(i + 1) : null;
            boolean isFuture = s.effective().isAfter(catalog.asOf());
            boolean isCurrent = current.isPresent() && current.get() == s;
            String status;
            if (isCurrent) {
                status = "In force since " + Format.date(s.effective());
                now.add(entry(s));
            } else if (isFuture) {
                status = "Adopted: takes effect " + Format.date(s.effective());
                future.add(entry(s));
            } else {
                status = "Past: in force from " + Format.date(s.effective())
                        + (next != null ? " until " + Format.date(next.effective().minusDays(1)) : "");
                past.add(entry(s));
            }
            String keptUntil = !isCurrent && !isFuture && next != null ? Format.date(next.effective().plusYears(5)) : "";
            String currentHref = current.filter(c -> c != s).map(c -> Paths.schedule(c.id())).orElse("");
            groups.add(() -> List.of(page(s, status, !isCurrent && !isFuture, currentHref, keptUntil)));
        }
        Collections.reverse(past);
        groups.add(() -> List.of(new Page(Paths.file(Paths.SALARY), "salary-index.ftl", new ListingViews.SalaryIndex(
                meta.of(Paths.SALARY, "Salary schedules", "salary", "Adopted salary schedules: in force, adopted for the future, and past."),
                now, future, past))));
        return groups;
    }

    private ListingViews.Entry entry(SalarySchedule s) {
        return new ListingViews.Entry(s.title(), Paths.schedule(s.id()), "Effective " + Format.date(s.effective()));
    }

    private Page page(SalarySchedule s, String status, boolean past, String currentHref, String keptUntil) {
        String path = Paths.schedule(s.id());
        int width = s.pay().values().stream().mapToInt(p -> p.steps().size()).max().orElse(0);
        List<String> stepHeaders = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            stepHeaders.add("Step " + i);
        }
        List<ListingViews.ScheduleRow> rows = new ArrayList<>();
        Map<ClassCode, JobClass> classes = catalog.classes();
        List<JobClass> published = new ArrayList<>();
        for (ClassCode code : s.pay().keySet()) {
            JobClass c = classes.get(code);
            if (c != null) { // else a draft class: in the register, not published
                published.add(c);
            }
        }
        List<JobClass> listed = TitleOrder.sorted(published);
        Map<String, Integer> perLetter = new LinkedHashMap<>();
        for (JobClass c : listed) {
            Pay p = s.pay().get(c.code());
            String letter = letter(c.title());
            boolean first = !perLetter.containsKey(letter);
            perLetter.merge(letter, 1, Integer::sum);
            List<String> steps = new ArrayList<>(p.steps().stream().map(Format::money).toList());
            while (steps.size() < width) {
                steps.add("");
            }
            rows.add(new ListingViews.ScheduleRow(c.code().value(), c.title(), Paths.classPage(c.code().value()),
                    Paths.scheduleRow(c.code().value()), p.timeBase().word(), Format.money(p.minimum()),
                    Format.money(p.maximum()), List.copyOf(steps), first ? letterId(letter) : ""));
        }
        List<ListingViews.Entry> letters = new ArrayList<>();
        perLetter.forEach((letter, n) -> letters.add(new ListingViews.Entry(letter, "#" + letterId(letter), ListingPages.count(n))));
        PageMeta pageMeta = meta.of(path, s.title(), "salary", s.title() + ", effective " + Format.date(s.effective()) + ".");
        return new Page(Paths.file(path), "salary.ftl", new ListingViews.Schedule(pageMeta, s.title(), Format.date(s.effective()),
                status, past, s.adoptedBy(), documents.link(s.document(), "Adopted schedule document: " + s.title(), Paths.root(path)),
                stepHeaders, rows, currentHref, List.copyOf(letters), s.revised().stream().map(Format::date).toList(), keptUntil));
    }

    /** A title's first letter, upper case; "#" for a digit or sign. */
    private static String letter(String title) {
        char first = Character.toUpperCase(title.strip().charAt(0));
        return Character.isLetter(first) ? String.valueOf(first) : "#";
    }

    private static String letterId(String letter) {
        return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT);
    }
}
