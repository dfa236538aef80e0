package org.jobspecs.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.Benefit;
import org.jobspecs.spec.BenefitRow;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.PayRow;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.ScheduleRow;
import org.jobspecs.spec.Series;
import org.jobspecs.spec.SeriesRow;
import org.jobspecs.spec.SourceSet;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.UnitRow;

/**
 * Joins a {@link SourceSet} into a {@link Catalog}, reporting every catalog-wide problem. A class
 * with an error is left out of the catalog but the checks still run over all the others, so one
 * run lists every problem.
 */
public final class CatalogBuilder {

    private final LocalDate asOf;
    private final Problems problems;

    /** @param asOf the build date: which salary schedule is in force, which MOUs have expired */
    public CatalogBuilder(LocalDate asOf, Problems problems) {
        this.asOf = asOf;
        this.problems = problems;
    }

    public Catalog build(SourceSet sources) {
        Map<String, BargainingUnit> units = units(sources.units(), sources.benefits());
        Map<String, Series> series = unique(sources.series(), SeriesRow::id, SeriesRow::location, "series", "data/series.csv")
                .values().stream().collect(LinkedHashMap::new, (m, r) -> m.put(r.id(), new Series(r.id(), r.title(), r.summary())), Map::putAll);
        Map<String, RegisterEntry> register = register(sources.register());
        Map<String, SpecSource> specs = specs(sources.specs());
        spellings(sources);
        Versions versions = new Versions(sources.versions(), register.values().stream().map(RegisterEntry::code).toList(), problems);
        SpreadsheetFormulas.report(sources.register(), sources.units(), problems);

        SortedMap<ClassCode, JobClass> classes = new TreeMap<>();
        for (Map.Entry<String, RegisterEntry> e : register.entrySet()) {
            RegisterEntry row = e.getValue();
            SpecSource spec = specs.get(e.getKey());
            if (spec == null) {
                problems.error(row.location(), "class " + row.code() + " (" + row.title() + ") has no spec source",
                        "add its spec to the content folder (e.g. content/" + row.code() + ".md), or remove the row");
                continue;
            }
            if (spec.draft()) {
                continue;
            }
            boolean ok = compare(spec, row);
            if (!units.containsKey(row.unit())) {
                problems.error(row.location(), "class " + row.code() + " names unit \"" + row.unit() + "\", which is not in data/units.csv",
                        oneOf(row.unit(), units.keySet(), "add the unit"));
                ok = false;
            }
            if (row.series() != null && !series.containsKey(row.series())) {
                problems.error(row.location(), "class " + row.code() + " names series \"" + row.series() + "\", which is not in data/series.csv",
                        oneOf(row.series(), series.keySet(), "add the series"));
                ok = false;
            }
            if (spec.approval() == null) {
                problems.notice(spec.location(), "class " + row.code() + " has no approval date", "add approved=YYYY-MM-DD and approved.by=…");
            }
            List<org.jobspecs.spec.SpecVersion> earlier = versions.of(row.code(), spec); // checked even when the class has errors
            if (ok) {
                classes.put(row.code(), new JobClass(row.code(), row.title(), row.department(), row.unit(), row.flsa(),
                        row.series(), row.level(), row.status(), row.statusDate(), row.formerTitles(), row.formerCodes(),
                        row.openings(), spec.approval(), spec.history(), spec.revisers(), spec.sections(), spec.location().path(),
                        earlier));
            }
        }
        for (Map.Entry<String, SpecSource> e : specs.entrySet()) {
            if (!register.containsKey(e.getKey())) {
                SpecSource spec = e.getValue();
                Field code = spec.fields().get(RegisterField.CODE);
                problems.error(spec.location().atLine(code.line()), "class " + code.value() + " is not in the class register",
                        "add a row for it to data/classes.csv");
            }
        }
        formerCodes(register);
        Map<String, ScheduleRow> scheduleRows = unique(sources.schedules(), ScheduleRow::id, ScheduleRow::location, "schedule",
                "data/schedules.csv");
        List<SalarySchedule> schedules = schedules(scheduleRows, sources.pay(), register);
        Catalog catalog = new Catalog(asOf, classes, units, series, schedules,
                OpeningsCheck.check(sources.openings(), register, classes, problems));
        java.util.Set<String> payInForce = new java.util.HashSet<>();
        for (JobClass c : classes.values()) {
            catalog.scheduleInForce(c.code()).ifPresent(s -> payInForce.add(c.code().key()));
        }
        new PayScheduleLaw(asOf, problems).check(scheduleRows, sources.pay(), register, classes.values(), payInForce);
        for (JobClass c : classes.values()) {
            if (!c.abolished() && catalog.scheduleInForce(c.code()).isEmpty()) {
                problems.error(register.get(c.code().key()).location(), "current class " + c.code() + " is on no salary schedule in force on " + asOf,
                        "add a row for it to data/pay.csv in the schedule in force");
            }
        }
        return catalog;
    }

    /** One name spelled two ways ("Recreation & Parks", "Recreation and Parks") is an error naming both. */
    private void spellings(SourceSet sources) {
        NearDuplicates departments = new NearDuplicates("department");
        sources.register().forEach(r -> departments.add(r.department(), r.location()));
        departments.report(problems);
        NearDuplicates unitNames = new NearDuplicates("unit name");
        sources.units().forEach(u -> unitNames.add(u.name(), u.location()));
        unitNames.report(problems);
        NearDuplicates seriesTitles = new NearDuplicates("series title");
        sources.series().forEach(s -> seriesTitles.add(s.title(), s.location()));
        seriesTitles.report(problems);
    }

    private Map<String, BargainingUnit> units(List<UnitRow> rows, List<BenefitRow> benefitRows) {
        Map<String, UnitRow> byId = unique(rows, UnitRow::id, UnitRow::location, "unit", "data/units.csv");
        Map<String, List<Benefit>> benefits = new HashMap<>();
        for (BenefitRow b : benefitRows) {
            if (!byId.containsKey(b.unitId())) {
                problems.error(b.location(), "benefit \"" + b.benefit() + "\" names unit \"" + b.unitId() + "\", which is not in data/units.csv",
                        oneOf(b.unitId(), byId.keySet()));
                continue;
            }
            benefits.computeIfAbsent(b.unitId(), k -> new ArrayList<>()).add(new Benefit(b.benefit(), b.summary()));
        }
        Map<String, BargainingUnit> units = new LinkedHashMap<>();
        for (UnitRow u : byId.values()) {
            BargainingUnit unit = new BargainingUnit(u.id(), u.name(), u.kind(), u.mouTitle(), u.mouStart(), u.mouEnd(),
                    u.mouDocument(), u.resolutionTitle(), u.resolutionDocument(), List.copyOf(benefits.getOrDefault(u.id(), List.of())),
                    u.workBasis());
            if (unit.expiredOn(asOf)) {
                problems.notice(u.location(), "the MOU of " + u.name() + " expired on " + u.mouEnd() + "; it is shown as expired",
                        "add the successor MOU when it is adopted");
            }
            units.put(u.id(), unit);
        }
        return units;
    }

    private Map<String, RegisterEntry> register(List<RegisterEntry> rows) {
        Map<String, RegisterEntry> byKey = new TreeMap<>();
        for (RegisterEntry row : rows) {
            RegisterEntry first = byKey.putIfAbsent(row.code().key(), row);
            if (first != null) {
                problems.error(row.location(), "class code " + row.code() + " is already used on line " + first.location().line()
                        + (first.code().value().equals(row.code().value()) ? "" : " (as " + first.code() + ")"),
                        "give each class its own code; codes differing only by case or leading zeros are the same");
            }
        }
        return byKey;
    }

    private Map<String, SpecSource> specs(List<SpecSource> sources) {
        Map<String, SpecSource> byKey = new TreeMap<>();
        for (SpecSource spec : sources) {
            Field code = spec.fields().get(RegisterField.CODE);
            Field title = spec.fields().get(RegisterField.TITLE);
            if (title == null || title.value().isBlank()) {
                problems.error(spec.location().atLine(1), "the spec has no title", "add title=… to the header");
            }
            if (code == null || code.value().isBlank()) {
                problems.error(spec.location().atLine(1), "the spec has no class code", "add code=… to the header");
                continue;
            }
            if (!ClassCode.isSafe(code.value())) {
                problems.error(spec.location().atLine(code.line()), "class code \"" + code.value() + "\" cannot be part of a web address",
                        "use letters, digits, '-' and '_' only (no spaces, slashes or dots)");
                continue;
            }
            SpecSource first = byKey.putIfAbsent(new ClassCode(code.value()).key(), spec);
            if (first != null) {
                problems.error(spec.location().atLine(code.line()), "class code " + code.value() + " is also used by " + first.location().path(),
                        "give each class its own code; codes differing only by case or leading zeros are the same");
            }
        }
        return byKey;
    }

    /** Every field a source repeats must agree with the register. */
    private boolean compare(SpecSource spec, RegisterEntry row) {
        boolean ok = true;
        for (Map.Entry<RegisterField, Field> e : spec.fields().entrySet()) {
            RegisterField field = e.getKey();
            String source = e.getValue().value();
            String registered = row.raw().getOrDefault(field, "");
            if (!Normalise.value(field, source).equals(Normalise.value(field, registered))) {
                problems.error(spec.location().atLine(e.getValue().line()), field.column() + " \"" + source
                                + "\" conflicts with the class register (\"" + registered + "\", " + row.location() + ")",
                        "make the two agree, or leave the field out of the source");
                ok = false;
            }
        }
        return ok;
    }

    private void formerCodes(Map<String, RegisterEntry> register) {
        Map<String, RegisterEntry> claimed = new HashMap<>();
        for (RegisterEntry row : register.values()) {
            for (ClassCode former : row.formerCodes()) {
                if (register.containsKey(former.key())) {
                    problems.error(row.location(), "former code " + former + " of class " + row.code() + " is the code of a current class",
                            "remove it from former_codes; an old address can only lead to one class");
                } else if (claimed.putIfAbsent(former.key(), row) != null) {
                    problems.error(row.location(), "former code " + former + " is also claimed by class " + claimed.get(former.key()).code(),
                            "keep it on one class only");
                }
            }
        }
    }

    private List<SalarySchedule> schedules(Map<String, ScheduleRow> byId, List<PayRow> payRows, Map<String, RegisterEntry> register) {
        Map<String, SortedMap<ClassCode, Pay>> pay = new HashMap<>();
        Map<String, PayRow> seen = new HashMap<>();
        for (PayRow p : payRows) {
            if (!byId.containsKey(p.scheduleId())) {
                problems.error(p.location(), "pay row names schedule \"" + p.scheduleId() + "\", which is not in data/schedules.csv",
                        oneOf(p.scheduleId(), byId.keySet()));
                continue;
            }
            RegisterEntry entry = register.get(p.code().key());
            if (entry == null) {
                problems.error(p.location(), "pay row for class " + p.code() + ", which is not in the class register",
                        "correct the code, or add the class to data/classes.csv");
                continue;
            }
            PayRow first = seen.putIfAbsent(p.scheduleId() + "\u0000" + p.code().key(), p);
            if (first != null) {
                problems.error(p.location(), "class " + p.code() + " already has pay in schedule " + p.scheduleId()
                        + " (line " + first.location().line() + ")", "keep one row per class and schedule");
                continue;
            }
            if (p.complete()) { // else an error of the pay-schedule check (PayScheduleLaw)
                pay.computeIfAbsent(p.scheduleId(), k -> new TreeMap<>()).put(entry.code(), p.pay());
            }
        }
        return byId.values().stream()
                .map(s -> new SalarySchedule(s.id(), s.title(), s.effective(), s.adoptedBy(), s.document(),
                        pay.getOrDefault(s.id(), new TreeMap<>()), s.revised()))
                .sorted(Comparator.comparing(SalarySchedule::effective).thenComparing(SalarySchedule::id))
                .toList();
    }

    /** "did you mean …?" for a likely typo, else "use one of: a, b, c" naming at most ten ids. */
    static String oneOf(String typed, java.util.Collection<String> ids) {
        return Closest.advice(typed, List.copyOf(ids));
    }

    /** {@link #oneOf(String, java.util.Collection)} with another way out, e.g. "add the unit". */
    static String oneOf(String typed, java.util.Collection<String> ids, String otherwise) {
        String advice = oneOf(typed, ids);
        return advice + (advice.endsWith("?") ? " If not, " : ", or ") + otherwise;
    }

    private <T> Map<String, T> unique(List<T> rows, Function<T, String> id, Function<T, Location> where, String what, String file) {
        Map<String, T> byId = new TreeMap<>();
        for (T row : rows) {
            T first = byId.putIfAbsent(id.apply(row), row);
            if (first != null) {
                problems.error(where.apply(row), what + " id \"" + id.apply(row) + "\" is already used on line " + where.apply(first).line(),
                        "give each " + what + " in " + file + " its own id");
            }
        }
        return byId;
    }
}
