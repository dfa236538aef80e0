package org.jobspecs.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.BenefitRow;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.ClassStatus;
import org.jobspecs.spec.Document;
import org.jobspecs.spec.Opening;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.PayRow;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.ScheduleRow;
import org.jobspecs.spec.SeriesRow;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.UnitKind;
import org.jobspecs.spec.UnitRow;
import org.jobspecs.spec.WorkBasis;

/**
 * Reads the CSV files of {@code data/} into typed rows. Checks that concern one row (a date that
 * cannot exist, pay that cannot be right, a code unsafe in a URL) are made here, with the row's
 * line; checks across files are the catalog's.
 */
final class DataReader {

    static final List<String> REGISTER_COLUMNS = List.of("code", "title", "department", "unit", "flsa", "series", "level",
            "status", "status_date", "former_titles", "former_codes", "openings");
    static final List<String> SCHEDULE_COLUMNS = List.of("id", "title", "effective", "adopted_by", "document", "document_size",
            "revised", "replaces");
    static final List<String> PAY_COLUMNS = List.of("schedule", "code", "time_base", "minimum", "maximum", "steps");
    static final List<String> UNIT_COLUMNS = List.of("id", "name", "kind", "mou_title", "mou_start", "mou_end",
            "mou_document", "mou_document_size", "resolution_title", "resolution_document", "resolution_document_size", "pay_basis");
    static final List<String> BENEFIT_COLUMNS = List.of("unit", "benefit", "summary");
    static final List<String> SERIES_COLUMNS = List.of("id", "title", "summary");
    static final List<String> OPENING_COLUMNS = List.of("code", "title", "link", "opens", "closes");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,127}");
    private static final Set<String> FLSA = Set.of("exempt", "non-exempt");
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)? (?:bytes|KB|MB|GB)");

    private final Problems problems;

    DataReader(Problems problems) {
        this.problems = problems;
    }

    List<RegisterEntry> register(String text, Location file) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, REGISTER_COLUMNS,
                Set.of("code", "title", "department", "unit", "flsa", "status"), problems)) {
            String code = row.get("code");
            if (!classCode(code, row, "code")) {
                continue;
            }
            require(row, "title", "the class title");
            require(row, "department", "the department name");
            require(row, "unit", "the id of its unit or group in data/units.csv");
            String flsa = row.get("flsa");
            if (!FLSA.contains(flsa.toLowerCase(Locale.ROOT))) {
                problems.error(row.location(), "FLSA status \"" + flsa + "\" for class " + code + " is not Exempt or Non-exempt",
                        "write Exempt or Non-exempt");
            }
            ClassStatus status = ClassStatus.parse(row.get("status")).orElse(null);
            if (status == null) {
                problems.error(row.location(), "status \"" + row.get("status") + "\" for class " + code + " is not current or abolished",
                        "write current or abolished");
            }
            LocalDate statusDate = Cells.date(row, "status_date", problems);
            if (status == ClassStatus.ABOLISHED && row.get("status_date").isEmpty()) {
                problems.error(row.location(), "abolished class " + code + " has no status_date", "give the date it was abolished, YYYY-MM-DD");
            }
            Integer level = level(row);
            if (level != null && row.get("series").isEmpty()) {
                problems.error(row.location(), "class " + code + " has a level but no series", "name its series, or leave level empty");
            }
            List<ClassCode> formerCodes = new ArrayList<>();
            for (String former : Cells.list(row.get("former_codes"))) {
                if (classCode(former, row, "former_codes")) {
                    formerCodes.add(new ClassCode(former));
                }
            }
            link(row, "openings");
            Map<RegisterField, String> raw = new EnumMap<>(RegisterField.class);
            for (RegisterField f : RegisterField.values()) {
                raw.put(f, row.get(f.column()));
            }
            entries.add(new RegisterEntry(row.location(), new ClassCode(code), row.get("title"), row.get("department"),
                    row.get("unit"), flsaWord(flsa), Cells.orNull(row.get("series")), level, status, statusDate,
                    Cells.list(row.get("former_titles")), List.copyOf(formerCodes), Cells.orNull(row.get("openings")), raw));
        }
        return entries;
    }

    List<ScheduleRow> schedules(String text, Location file) {
        List<ScheduleRow> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, SCHEDULE_COLUMNS, Set.of("id", "title", "effective", "document"), problems)) {
            if (!id(row, "id")) {
                continue;
            }
            LocalDate effective = Cells.date(row, "effective", problems);
            require(row, "effective", "the date the schedule takes effect");
            require(row, "document", "a link to the adopted schedule document");
            link(row, "document");
            List<LocalDate> revised = new ArrayList<>();
            boolean datesOk = true;
            for (String r : Cells.list(row.get("revised"))) {
                java.util.Optional<LocalDate> d = Dates.iso(r);
                if (d.isEmpty()) {
                    problems.error(row.location(), "revised \"" + r + "\" is not a possible date",
                            "write each revision date as YYYY-MM-DD, separated by ';', e.g. 2025-01-14;2025-03-11");
                    datesOk = false;
                } else {
                    revised.add(d.get());
                }
            }
            if (effective != null && datesOk) {
                rows.add(new ScheduleRow(row.location(), row.get("id"), row.get("title"), effective,
                        row.get("adopted_by"), document(row, "document", "document_size"), List.copyOf(revised),
                        Cells.orNull(row.get("replaces"))));
            }
        }
        return rows;
    }

    List<PayRow> pay(String text, Location file) {
        List<PayRow> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, PAY_COLUMNS, Set.of("schedule", "code", "time_base"), problems)) {
            String code = row.get("code");
            if (!classCode(code, row, "code")) {
                continue;
            }
            String inLieu = inLieu(row);
            if (inLieu != null) { // words where a rate belongs: the pay-schedule check reports it (2 CCR 570.5(a)(8))
                rows.add(new PayRow(row.location(), row.get("schedule"), new ClassCode(code), null, inLieu));
                continue;
            }
            TimeBase base = TimeBase.parse(row.get("time_base")).orElse(null);
            if (base == null && !row.get("time_base").isBlank()) {
                problems.error(row.location(), "time base \"" + row.get("time_base") + "\" for class " + code
                        + " is not hourly, biweekly, monthly or annual", "write one of the four");
                continue;
            }
            Pay pay = pay(row, code, base);
            if (pay != null) {
                rows.add(new PayRow(row.location(), row.get("schedule"), new ClassCode(code), pay));
            }
        }
        return rows;
    }

    /**
     * The words of an amount cell that refers to another document or gives no number ("See MOU",
     * "per Resolution 123"); null when every amount cell is empty or starts like a number.
     */
    private static String inLieu(CsvTable.Row row) {
        for (String column : List.of("minimum", "maximum", "steps")) {
            String v = row.get(column).strip();
            if (!v.isEmpty() && v.chars().noneMatch(Character::isDigit) && v.chars().anyMatch(Character::isLetter)) {
                return v;
            }
            if (IN_LIEU.matcher(v).find()) {
                return v;
            }
        }
        return null;
    }

    /** Words that point elsewhere for a rate. */
    private static final java.util.regex.Pattern IN_LIEU = java.util.regex.Pattern.compile(
            "(?i)^\\s*(see|per|refer|as in|according to)\\b");

    private Pay pay(CsvTable.Row row, String code, TimeBase base) {
        List<BigDecimal> steps = new ArrayList<>();
        for (String step : Cells.list(row.get("steps"))) {
            BigDecimal amount = Cells.amount(step, row, "step", problems);
            if (amount == null) {
                return null;
            }
            steps.add(amount);
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).compareTo(steps.get(i - 1)) <= 0) {
                problems.error(row.location(), "steps for class " + code + " are not ascending (step " + (i + 1) + " is "
                        + steps.get(i).toPlainString() + ", step " + i + " is " + steps.get(i - 1).toPlainString() + ")",
                        "list the steps from lowest to highest");
                return null;
            }
        }
        BigDecimal min = Cells.amount(row.get("minimum"), row, "minimum", problems);
        BigDecimal max = Cells.amount(row.get("maximum"), row, "maximum", problems);
        if ((min == null && !row.get("minimum").isEmpty()) || (max == null && !row.get("maximum").isEmpty())) {
            return null; // the bad amount is reported already
        }
        if (!steps.isEmpty()) {
            BigDecimal first = steps.get(0);
            BigDecimal last = steps.get(steps.size() - 1);
            if ((min != null && min.compareTo(first) != 0) || (max != null && max.compareTo(last) != 0)) {
                problems.error(row.location(), "minimum and maximum for class " + code + " differ from the first and last step",
                        "leave minimum and maximum empty when steps are given, or make them agree");
                return null;
            }
            return new Pay(base, first, last, steps);
        }
        if (min == null || max == null) {
            problems.error(row.location(), "class " + code + " has neither steps nor both a minimum and a maximum",
                    "give the steps, or the minimum and maximum");
            return null;
        }
        if (min.compareTo(max) > 0) {
            problems.error(row.location(), "minimum " + min.toPlainString() + " is above maximum " + max.toPlainString()
                    + " for class " + code, "swap or correct the amounts");
            return null;
        }
        return new Pay(base, min, max, List.of());
    }

    List<UnitRow> units(String text, Location file) {
        List<UnitRow> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, UNIT_COLUMNS, Set.of("id", "name", "kind"), problems)) {
            if (!id(row, "id")) {
                continue;
            }
            require(row, "name", "the unit's or group's name");
            UnitKind kind = switch (row.get("kind").toLowerCase(Locale.ROOT)) {
                case "unit" -> UnitKind.UNIT;
                case "group" -> UnitKind.GROUP;
                default -> null;
            };
            if (kind == null) {
                problems.error(row.location(), "kind \"" + row.get("kind") + "\" is not unit or group",
                        "write unit for a bargaining unit with an MOU, group for an unrepresented employee group");
                continue;
            }
            if (kind == UnitKind.UNIT) {
                require(row, "mou_title", "the MOU's title");
                require(row, "mou_document", "a link to the MOU document");
            } else {
                require(row, "resolution_title", "the title of the resolution that sets the group's terms");
                require(row, "resolution_document", "a link to the resolution");
            }
            link(row, "mou_document");
            link(row, "resolution_document");
            LocalDate start = Cells.date(row, "mou_start", problems);
            LocalDate end = Cells.date(row, "mou_end", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.error(row.location(), "MOU term ends (" + end + ") before it starts (" + start + ")", "correct the dates");
            }
            WorkBasis basis = WorkBasis.parse(row.get("pay_basis")).orElse(null);
            if (basis == null) {
                problems.error(row.location(), "pay_basis \"" + row.get("pay_basis") + "\" of " + row.get("id") + " is not "
                        + String.join(", ", WorkBasis.words()), Closest.to(row.get("pay_basis").strip().toLowerCase(Locale.ROOT), WorkBasis.words())
                        .map(w -> "did you mean " + w + "? ").orElse("")
                        + "leave it empty (or write full-time) for full-time classes, whose pay is also shown per year; write part-time "
                        + "or hourly-only for classes paid by the hour, whose pay is shown per hour only");
                basis = WorkBasis.FULL_TIME;
            }
            rows.add(new UnitRow(row.location(), row.get("id"), row.get("name"), kind, Cells.orNull(row.get("mou_title")),
                    start, end, document(row, "mou_document", "mou_document_size"), Cells.orNull(row.get("resolution_title")),
                    document(row, "resolution_document", "resolution_document_size"), basis));
        }
        return rows;
    }

    List<BenefitRow> benefits(String text, Location file) {
        List<BenefitRow> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, BENEFIT_COLUMNS, Set.of("unit", "benefit"), problems)) {
            require(row, "benefit", "the benefit's name");
            rows.add(new BenefitRow(row.location(), row.get("unit"), row.get("benefit"), row.get("summary")));
        }
        return rows;
    }

    List<SeriesRow> series(String text, Location file) {
        List<SeriesRow> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, SERIES_COLUMNS, Set.of("id", "title"), problems)) {
            if (id(row, "id")) {
                require(row, "title", "the series' name");
                rows.add(new SeriesRow(row.location(), row.get("id"), row.get("title"), row.get("summary")));
            }
        }
        return rows;
    }

    /**
     * {@code data/openings.csv} (issue 13): one posting a row. A row with a date that cannot exist,
     * a closing date before its opening date or a link that is not http(s) is reported and left out;
     * whether the class exists, and duplicates, are the catalog's checks.
     */
    List<Opening> openings(String text, Location file) {
        List<Opening> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, file, OPENING_COLUMNS, Set.of("code", "title", "link", "opens", "closes"), problems)) {
            String code = row.get("code");
            boolean ok = classCode(code, row, "code");
            if (row.get("title").isEmpty()) {
                problems.error(row.location(), "title is empty", "give the title of the posting, as the job board shows it");
                ok = false;
            }
            String link = row.get("link");
            if (!WEB.matcher(link).matches()) {
                problems.error(row.location(), link.isEmpty() ? "link is empty" : "link \"" + link + "\" is not a web address",
                        "give the posting's address on the job board, starting with https:// (or http://)");
                ok = false;
            }
            LocalDate opens = Cells.date(row, "opens", problems);
            if (row.get("opens").isEmpty()) {
                problems.error(row.location(), "opens is empty", "give the first day applications are taken, YYYY-MM-DD");
                ok = false;
            } else if (opens == null) {
                ok = false;
            }
            String closesCell = row.get("closes");
            LocalDate closes = null;
            if (closesCell.isEmpty()) {
                problems.error(row.location(), "closes is empty",
                        "give the last day applications are taken, YYYY-MM-DD, or write continuous for a posting open until filled");
                ok = false;
            } else if (!CONTINUOUS.matcher(closesCell).matches()) {
                java.util.Optional<LocalDate> d = Dates.iso(closesCell);
                if (d.isEmpty()) {
                    problems.error(row.location(), "closes \"" + closesCell + "\" is not a possible date",
                            "write the last day applications are taken as YYYY-MM-DD, e.g. 2027-01-15, or continuous for a posting open until filled");
                    ok = false;
                } else {
                    closes = d.get();
                }
            }
            if (opens != null && closes != null && closes.isBefore(opens)) {
                problems.error(row.location(), "the posting closes (" + closes + ") before it opens (" + opens + ")",
                        "correct the dates: opens is the first day applications are taken, closes the last");
                ok = false;
            }
            if (ok) {
                rows.add(new Opening(row.location(), new ClassCode(code), row.get("title"), link, opens, closes));
            }
        }
        return rows;
    }

    /** A posting's address: http or https, with a host. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    /** How a closing date says "open until filled". */
    private static final Pattern CONTINUOUS = Pattern.compile("(?i)continuous|(open )?until filled");

    private Integer level(CsvTable.Row row) {
        String v = row.get("level");
        if (v.isEmpty()) {
            return null;
        }
        try {
            int level = Integer.parseInt(v);
            if (level >= 1) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(row.location(), "level \"" + v + "\" is not a whole number from 1 up", "write 1 for the entry level, 2 for the next, …");
        return null;
    }

    private boolean classCode(String code, CsvTable.Row row, String column) {
        if (code.isEmpty()) {
            problems.error(row.location(), "the row has no " + column, "give the class code");
            return false;
        }
        if (!ClassCode.isSafe(code)) {
            problems.error(row.location(), column + " \"" + code + "\" cannot be part of a web address",
                    "use letters, digits, '-' and '_' only (no spaces, slashes or dots)");
            return false;
        }
        return true;
    }

    private boolean id(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (!ID.matcher(v).matches()) {
            problems.error(row.location(), column + " \"" + v + "\" is not a usable id",
                    "use lower-case letters, digits, '-' and '_' (it becomes part of a web address)");
            return false;
        }
        return true;
    }

    private void require(CsvTable.Row row, String column, String what) {
        if (row.get(column).isEmpty()) {
            problems.error(row.location(), column + " is empty", "give " + what);
        }
    }

    private void link(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (!v.isEmpty() && !Links.isSafe(v)) {
            problems.error(row.location(), column + " \"" + v + "\" uses an unsafe scheme", "use an http or https address");
        }
    }

    /** A document link and its stated size ("1.2 MB"); null when the link is empty. */
    private Document document(CsvTable.Row row, String column, String sizeColumn) {
        String href = row.get(column);
        String size = row.get(sizeColumn);
        if (!size.isEmpty() && !SIZE.matcher(size).matches()) {
            problems.error(row.location(), sizeColumn + " \"" + size + "\" is not a file size", "write it like 340 KB or 1.2 MB");
            size = "";
        }
        if (href.isEmpty()) {
            if (!size.isEmpty()) {
                problems.error(row.location(), sizeColumn + " is given but " + column + " is empty", "give the document's link");
            }
            return null;
        }
        return new Document(href, Cells.orNull(size));
    }

    private static String flsaWord(String flsa) {
        return flsa.equalsIgnoreCase("exempt") ? "Exempt" : "Non-exempt";
    }
}
