package org.jobspecs.intake.table;

import org.jobspecs.intake.DataFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.TimeBase;

/**
 * A salary schedule (an .xlsx workbook or a .csv file) into a row of {@code data/schedules.csv}
 * and rows of {@code data/pay.csv}. Reads one row per class with steps across ("Step 1" … "Step 5",
 * "A" … "E") or a minimum and maximum; the time base from a column, from the amount columns'
 * own headers ("Hourly Step 1", "Monthly Min"), from the sheet's name ("Monthly") or from a title
 * row; range tables joined to a class-to-range list; several schedules as sheets of one workbook
 * when the sheets state different effective dates. Any row it cannot use is an error with its
 * row number, and then nothing is written.
 */
final class PayImport {

    /** Plausible amounts per time base: a step outside is an error (a typo, or the wrong time base). */
    static final Map<TimeBase, BigDecimal[]> BOUNDS = Map.of(
            TimeBase.HOURLY, new BigDecimal[] {new BigDecimal("5"), new BigDecimal("500")},
            TimeBase.BIWEEKLY, new BigDecimal[] {new BigDecimal("400"), new BigDecimal("40000")},
            TimeBase.MONTHLY, new BigDecimal[] {new BigDecimal("800"), new BigDecimal("80000")},
            TimeBase.ANNUAL, new BigDecimal[] {new BigDecimal("10000"), new BigDecimal("1000000")});

    static final List<String> SCHEDULE_COLUMNS = List.of("id", "title", "effective", "adopted_by", "document");
    static final List<String> PAY_COLUMNS = List.of("schedule", "code", "time_base", "minimum", "maximum", "steps");

    private static final int MIN = -1;
    private static final int MAX = -2;
    private static final int FLAT = -3;
    private static final Set<String> KEY_FIELDS = Set.of("code", "title", "range", "time_base");
    private static final Pattern EFFECTIVE = Pattern.compile("(?i)effective(?:\\s+date)?\\s*:?\\s*(?:on\\s+|as\\s+of\\s+)?"
            + "([A-Za-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ADOPTED = Pattern.compile("(?i)(?:adopted|approved)\\s+by\\s+(.+?)\\s*(?:[,;]\\s*effective.*|[.;]?$)"
            + "|((?:City Council |Board of Supervisors |Board )?(?:Resolution|Ordinance)\\s+(?:No\\.?\\s*)?[A-Za-z0-9-]+)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SCHEDULE_WORDS = Pattern.compile("(?i)\\b(salary|salaries|pay|wage|compensation|schedule|plan)\\b");

    private PayImport() {
    }

    /** An amount column: its time base (null when the header names none) and step (1…, or MIN, MAX, FLAT). */
    record Amount(TimeBase base, int step, int column) {
    }

    /** What a sheet states above its header. */
    record Stated(String title, String effective, String adoptedBy, String document, TimeBase base, String where, Map<String, String> at) {
    }

    /** The pay of one class (or one range), ready for pay.csv. */
    record Found(String where, TimeBase base, List<BigDecimal> steps, BigDecimal min, BigDecimal max) {
    }

    /** One sheet as read. */
    private static final class SheetPay {
        Stated stated;
        final Map<String, Found> byCode = new LinkedHashMap<>();
        final Map<String, String> codeWhere = new LinkedHashMap<>();
        final Map<String, Map<TimeBase, Found>> byRange = new LinkedHashMap<>();
        final Map<String, String[]> codeToRange = new LinkedHashMap<>(); // code → {range, where, time base word or ""}
        String sheet;
    }

    static TableResult run(String file, List<Grid> grids, TableOptions options) {
        Problems problems = new Problems();
        Location at = Location.file(file);
        List<String> columnLines = new ArrayList<>();
        List<SheetPay> sheets = new ArrayList<>();
        for (Grid grid : grids) {
            read(grid, options, at, problems, columnLines).ifPresent(sheets::add);
        }
        if (sheets.isEmpty()) {
            problems.error(at, "no sheet has a header row with class codes (or range numbers) and pay amounts",
                    "check the file is the salary schedule; name the columns with --map code=\"Its Header\",range=\"Its Header\"");
            return new TableResult(file, "salary schedule", columnLines, List.of(), problems.sorted());
        }
        // Several schedules: sheets that state different effective dates; sheets that state none go with every one.
        Map<String, List<SheetPay>> groups = new TreeMap<>();
        for (SheetPay s : sheets) {
            if (s.stated.effective() != null) {
                groups.computeIfAbsent(s.stated.effective(), k -> new ArrayList<>()).add(s);
            }
        }
        List<List<SheetPay>> schedules = new ArrayList<>();
        List<SheetPay> undated = sheets.stream().filter(s -> s.stated.effective() == null).toList();
        if (groups.size() <= 1) {
            schedules.add(sheets);
        } else {
            for (List<SheetPay> g : groups.values()) {
                List<SheetPay> all = new ArrayList<>(g);
                all.addAll(undated);
                schedules.add(all);
            }
            if (options.effective() != null) {
                problems.error(at, "the workbook holds " + groups.size() + " schedules (effective " + String.join(", ", groups.keySet())
                        + "), but --effective gives one date", "drop --effective: each sheet states its own date");
            }
        }
        DataFile register = DataFile.load(options.data().resolve("classes.csv"), ClassListImport.REGISTER_COLUMNS);
        DataFile scheduleFile = DataFile.load(options.data().resolve("schedules.csv"), SCHEDULE_COLUMNS);
        DataFile payFile = DataFile.load(options.data().resolve("pay.csv"), PAY_COLUMNS);
        List<String> actions = new ArrayList<>();
        boolean yearsDiffer = groups.keySet().stream().map(d -> d.substring(0, 4)).distinct().count() == groups.size();
        for (List<SheetPay> group : schedules) {
            String date = schedules.size() == 1 ? "" : group.get(0).stated.effective();
            String id = schedules.size() == 1 ? options.schedule() : options.schedule() + "-" + (yearsDiffer ? date.substring(0, 4) : date);
            one(id, group, options, register, scheduleFile, payFile, at, problems, actions);
        }
        if (!problems.hasErrors() && !options.dryRun()) {
            scheduleFile.save();
            payFile.save();
        }
        return new TableResult(file, "salary schedule", columnLines, actions, problems.sorted());
    }

    /** Reads one sheet: its stated values, header, and the pay of each class or range. */
    private static Optional<SheetPay> read(Grid grid, TableOptions options, Location at, Problems problems, List<String> columnLines) {
        for (int h = 0; h < Math.min(30, grid.rows().size()); h++) {
            List<String> header = grid.rows().get(h);
            Map<String, Integer> keys = Columns.of(header, options.map(), KEY_FIELDS);
            List<Amount> amounts = amounts(header, keys, options.map());
            int firstRow = h + 1;
            String keyColumnField = keys.containsKey("code") ? "code" : "range";
            if (amounts.size() < 2 && keys.containsKey(keyColumnField) && h + 1 < grid.rows().size()
                    && grid.cell(h + 1, keys.get(keyColumnField)).isEmpty()) {
                // A two-row header: "Monthly Salary Steps" over "A  B  C  D  E".
                List<String> two = twoRowHeader(grid, h, keys);
                List<Amount> below = amounts(two, keys, options.map());
                if (below.size() >= 2) {
                    header = two;
                    amounts = below;
                    firstRow = h + 2;
                }
            }
            boolean classRows = keys.containsKey("code") && (!amounts.isEmpty() || keys.containsKey("range"));
            boolean rangeRows = !keys.containsKey("code") && keys.containsKey("range") && !amounts.isEmpty();
            if (!classRows && !rangeRows) {
                continue;
            }
            SheetPay pay = new SheetPay();
            pay.sheet = grid.sheet();
            pay.stated = stated(grid, h, at, problems);
            columnLines.add(describe(grid, h, header, keys, amounts, pay.stated));
            Set<TimeBase> bases = amounts.stream().map(Amount::base).filter(b -> b != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeBase.class)));
            for (int r = firstRow; r < grid.rows().size(); r++) {
                if (grid.blank(r)) {
                    continue;
                }
                int row = r;
                String code = keys.containsKey("code") ? grid.cell(r, keys.get("code")) : "";
                String range = keys.containsKey("range") ? grid.cell(r, keys.get("range")) : "";
                boolean anyAmount = amounts.stream().anyMatch(a -> !grid.cell(row, a.column()).isEmpty());
                if (rangeRows ? range.isEmpty() : code.isEmpty()) {
                    if (!anyAmount) {
                        problems.notice(at, grid.where(r) + ": skipped, not a class: \"" + grid.text(r) + "\"", "a heading, note or total line; nothing to do if so");
                    } else {
                        problems.error(at, grid.where(r) + ": pay with no " + (rangeRows ? "range number" : "class code")
                                + (keys.containsKey("title") && !grid.cell(r, keys.get("title")).isEmpty() ? " for \"" + grid.cell(r, keys.get("title")) + "\"" : ""),
                                "give the " + (rangeRows ? "range" : "class code") + " in the sheet, or delete the row");
                    }
                    continue; // a group heading or a note between classes
                }
                if (!anyAmount && range.isEmpty() && grid.rows().get(r).stream().filter(c -> !c.isEmpty()).count() == 1) {
                    problems.notice(at, grid.where(r) + ": skipped, not a class: \"" + grid.text(r) + "\"", "a heading, note or total line; nothing to do if so");
                    continue;
                }
                if (!rangeRows && !ClassCode.isSafe(code)) {
                    problems.error(at, grid.where(r) + ": class code \"" + code + "\" cannot be part of a web address",
                            "use letters, digits, '-' and '_' only");
                    continue;
                }
                if (!rangeRows && !anyAmount) {
                    if (range.isEmpty()) {
                        problems.error(at, grid.where(r) + ": class " + code + " has neither pay amounts nor a range number",
                                "give its steps, or the range it is paid on");
                    } else if (pay.codeToRange.containsKey(code) || pay.byCode.containsKey(code)) {
                        problems.error(at, grid.where(r) + ": class " + code + " is given twice", "keep one row per class");
                    } else {
                        String stated = keys.containsKey("time_base") ? grid.cell(r, keys.get("time_base")) : "";
                        Optional<TimeBase> base = stated.isEmpty() ? Optional.ofNullable(pay.stated.base()) : timeBase(stated);
                        if (!stated.isEmpty() && base.isEmpty()) {
                            problems.error(at, grid.where(r) + ": time base \"" + stated + "\" for class " + code + " is not hourly, biweekly, monthly or annual",
                                    "write one of the four (H, BW, M, A and the like are understood)");
                        } else {
                            pay.codeToRange.put(code, new String[] {rangeKey(range), grid.where(r), base.map(TimeBase::word).orElse("")});
                        }
                    }
                    continue;
                }
                Optional<Found> found = pay(grid, r, keys, amounts, bases, pay.stated, rangeRows ? "range " + range : "class " + code, at, problems);
                if (found.isEmpty()) {
                    continue;
                }
                if (rangeRows) {
                    Map<TimeBase, Found> bases2 = pay.byRange.computeIfAbsent(rangeKey(range), k -> new java.util.EnumMap<>(TimeBase.class));
                    Found first = bases2.putIfAbsent(found.get().base(), found.get());
                    if (first != null) {
                        problems.error(at, grid.where(r) + ": range " + range + " is given twice in " + first.base().word() + " amounts (first at "
                                + first.where() + ")", "keep one row per range and time base");
                    }
                    continue;
                }
                Found first = pay.byCode.get(code);
                if (first != null || pay.codeToRange.containsKey(code)) {
                    boolean otherBase = first != null && first.base() != found.get().base();
                    problems.error(at, grid.where(r) + ": class " + code + " is given twice (first at " + (first != null ? first.where() : pay.codeToRange.get(code)[1])
                            + (otherBase ? ", in " + first.base().word() + " amounts; this row is " + found.get().base().word() : "") + ")",
                            otherBase ? "pay.csv takes the pay of a class in the one time base it is paid on: keep that row, delete the other"
                                    : "keep one row per class");
                    continue;
                }
                pay.byCode.put(code, found.get());
            }
            return Optional.of(pay);
        }
        return Optional.empty();
    }

    /** The pay a row gives, checked: one time base, steps filled from the first, ascending and plausible. */
    private static Optional<Found> pay(Grid grid, int r, Map<String, Integer> keys, List<Amount> amounts, Set<TimeBase> bases,
            Stated stated, String what, Location at, Problems problems) {
        String where = grid.where(r);
        TimeBase stateBase = null;
        if (keys.containsKey("time_base") && !grid.cell(r, keys.get("time_base")).isEmpty()) {
            String cell = grid.cell(r, keys.get("time_base"));
            stateBase = timeBase(cell).orElse(null);
            if (stateBase == null) {
                problems.error(at, where + ": time base \"" + cell + "\" for " + what + " is not hourly, biweekly, monthly or annual",
                        "write one of the four (H, BW, M, A and the like are understood)");
                return Optional.empty();
            }
        }
        Set<TimeBase> filled = EnumSet.noneOf(TimeBase.class);
        for (Amount a : amounts) {
            if (a.base() != null && !grid.cell(r, a.column()).isEmpty()) {
                filled.add(a.base());
            }
        }
        TimeBase base;
        if (!bases.isEmpty()) {
            if (stateBase != null) {
                base = stateBase;
                if (!filled.contains(base)) {
                    problems.error(at, where + ": " + what + " is paid " + base.word() + ", but the row gives no " + base.word() + " amounts",
                            "fill its " + base.word() + " columns, or correct the time base");
                    return Optional.empty();
                }
            } else if (filled.size() == 1) {
                base = filled.iterator().next();
            } else {
                problems.error(at, where + ": " + what + " gives " + filled.stream().map(TimeBase::word).collect(Collectors.joining(" and "))
                        + " amounts and does not say which it is paid on; one time base per row",
                        "add a time base column (Hourly, Biweekly, Monthly or Annual), or leave only one set of amounts in the row");
                return Optional.empty();
            }
        } else if (stateBase != null) {
            base = stateBase;
            if (stated.base() != null && stated.base() != stateBase) {
                problems.error(at, where + ": " + what + " is marked " + stateBase.word() + " on a sheet of " + stated.base().word() + " amounts ("
                        + stated.where() + "); one time base per row", "correct the row's time base, or move the row to its own sheet");
                return Optional.empty();
            }
        } else if (stated.base() != null) {
            base = stated.base();
        } else {
            problems.error(at, where + ": no time base for " + what, "add a time base column, or name the sheet Hourly, Biweekly, Monthly or Annual");
            return Optional.empty();
        }
        TreeMap<Integer, BigDecimal> steps = new TreeMap<>();
        BigDecimal min = null;
        BigDecimal max = null;
        for (Amount a : amounts) {
            if (a.base() != null && a.base() != base) {
                continue;
            }
            String cell = grid.cell(r, a.column());
            String plain = cell.replaceAll("[$,\\s]", "");
            if (plain.isEmpty() || plain.equals("-") || plain.equals("—") || plain.equalsIgnoreCase("n/a")) {
                continue;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(plain);
            } catch (NumberFormatException e) {
                problems.error(at, where + ": \"" + cell + "\" in column " + ClassListImport.letter(a.column()) + " (" + grid.cell(headerOf(grid, r, a), a.column())
                        + ") for " + what + " is not an amount", "write the amount as a number, e.g. 6320.00");
                return Optional.empty();
            }
            amount = amount.scale() < 2 ? amount.setScale(2) : amount.stripTrailingZeros().scale() < 2 ? amount.setScale(2) : amount.stripTrailingZeros();
            BigDecimal[] bounds = BOUNDS.get(base);
            if (amount.compareTo(bounds[0]) < 0 || amount.compareTo(bounds[1]) > 0) {
                problems.error(at, where + ": " + base.word() + " amount " + amount.toPlainString() + " for " + what + " is not a plausible "
                        + base.word() + " rate (" + bounds[0].toPlainString() + " to " + bounds[1].toPlainString() + ")",
                        "check the amount and the row's time base");
                return Optional.empty();
            }
            if (a.step() == MIN || a.step() == FLAT) {
                min = amount;
            }
            if (a.step() == MAX || a.step() == FLAT) {
                max = amount;
            }
            if (a.step() > 0) {
                steps.put(a.step(), amount);
            }
        }
        List<BigDecimal> list = new ArrayList<>();
        int expected = steps.isEmpty() ? 0 : steps.firstKey();
        for (Map.Entry<Integer, BigDecimal> s : steps.entrySet()) {
            if (s.getKey() != expected || expected != 1 && list.isEmpty() && s.getKey() != 1) {
                problems.error(at, where + ": step " + (expected == 0 ? 1 : expected) + " of " + what + " is empty, but a later step is given",
                        "fill the steps from the first, without gaps");
                return Optional.empty();
            }
            list.add(s.getValue());
            expected++;
        }
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).compareTo(list.get(i - 1)) <= 0) {
                problems.error(at, where + ": steps of " + what + " are not ascending (step " + (i + 1) + " is " + list.get(i).toPlainString()
                        + ", step " + i + " is " + list.get(i - 1).toPlainString() + ")", "correct the amounts: each step above the one before");
                return Optional.empty();
            }
        }
        if (list.isEmpty()) {
            if (min == null || max == null) {
                problems.error(at, where + ": " + what + " has neither steps nor both a minimum and a maximum", "give its steps, or its minimum and maximum");
                return Optional.empty();
            }
            if (min.compareTo(max) > 0) {
                problems.error(at, where + ": minimum " + min.toPlainString() + " is above maximum " + max.toPlainString() + " for " + what,
                        "swap or correct the amounts");
                return Optional.empty();
            }
        } else {
            min = null;
            max = null;
        }
        return Optional.of(new Found(where, base, list, min, max));
    }

    private static int headerOf(Grid grid, int r, Amount a) {
        for (int h = r - 1; h >= 0; h--) {
            String n = Columns.normal(grid.cell(h, a.column()));
            if (!n.isEmpty() && !n.matches("[0-9.]+")) {
                return h;
            }
        }
        return 0;
    }

    /** The amount columns of a header row. */
    static List<Amount> amounts(List<String> header, Map<String, Integer> keys, Map<String, String> map) {
        List<Amount> amounts = new ArrayList<>();
        boolean letters = header.stream().map(h -> withoutBase(Columns.normal(h))).anyMatch(n -> n.matches("(step)?a"));
        for (int c = 0; c < header.size(); c++) {
            if (keys.containsValue(c)) {
                continue;
            }
            String n = Columns.normal(header.get(c));
            TimeBase base = null;
            for (Map.Entry<String, TimeBase> w : BASE_WORDS.entrySet()) {
                if (n.startsWith(w.getKey()) && n.length() > w.getKey().length() || n.endsWith(w.getKey()) && n.length() > w.getKey().length()
                        || n.equals(w.getKey())) {
                    base = w.getValue();
                    n = n.startsWith(w.getKey()) ? n.substring(w.getKey().length()) : n.substring(0, n.length() - w.getKey().length());
                    break;
                }
            }
            n = n.replaceAll("^(rate|salary|pay|range)(?=.)", "");
            int step = 0;
            Matcher m = Pattern.compile("(?:step|s)?(\\d{1,2})").matcher(n);
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 30) {
                step = Integer.parseInt(m.group(1));
            } else if (n.matches("(step)?[a-o]") && (letters || n.startsWith("step"))) {
                step = n.charAt(n.length() - 1) - 'a' + 1;
            } else if (Set.of("min", "minimum", "low", "start", "entry", "bottom", "from", "minrt", "minrate", "minimumrate", "minsalary", "minimumsalary",
                    "rangemin", "rangeminimum", "minpay").contains(n)) {
                step = MIN;
            } else if (Set.of("max", "maximum", "high", "top", "to", "maxrt", "maxrate", "maximumrate", "maxsalary", "maximumsalary",
                    "rangemax", "rangemaximum", "maxpay").contains(n)) {
                step = MAX;
            } else if (base != null && Set.of("", "rate", "amount", "salary", "pay", "flat", "flatrate").contains(n)) {
                step = FLAT;
            } else if (Set.of("rate", "flatrate", "payrate", "hourlyrate").contains(n)) {
                step = FLAT;
            }
            if (step != 0) {
                amounts.add(new Amount(base, step, c));
            }
        }
        return amounts;
    }

    /** A normalised header without its time-base word ("monthlya" → "a"). */
    private static String withoutBase(String n) {
        for (String w : BASE_WORDS.keySet()) {
            if (n.startsWith(w) && n.length() > w.length()) {
                return n.substring(w.length());
            }
            if (n.endsWith(w) && n.length() > w.length()) {
                return n.substring(0, n.length() - w.length());
            }
        }
        return n;
    }

    private static final Map<String, TimeBase> BASE_WORDS = new LinkedHashMap<>();

    static {
        for (String w : List.of("biweekly", "biwkly", "biwk", "bw", "perpayperiod", "payperiod")) {
            BASE_WORDS.put(w, TimeBase.BIWEEKLY);
        }
        for (String w : List.of("hourly", "hour", "hr", "perhour")) {
            BASE_WORDS.put(w, TimeBase.HOURLY);
        }
        for (String w : List.of("monthly", "month", "mo", "mthly", "permonth")) {
            BASE_WORDS.put(w, TimeBase.MONTHLY);
        }
        for (String w : List.of("annually", "annual", "yearly", "year", "yr", "peryear")) {
            BASE_WORDS.put(w, TimeBase.ANNUAL);
        }
    }

    /** A time base as sheets write it: "Monthly", "MO", "M", "Hourly", "HR", "H", "Bi-Weekly", "BW", "Annual", "A", "YR". */
    static Optional<TimeBase> timeBase(String text) {
        String n = Columns.normal(text);
        return switch (n) {
            case "h", "hr", "hrs", "hrly", "hour", "hourly", "perhour" -> Optional.of(TimeBase.HOURLY);
            case "b", "bw", "bwk", "biw", "biwk", "biweekly", "biwkly", "payperiod", "perpayperiod" -> Optional.of(TimeBase.BIWEEKLY);
            case "m", "mo", "mos", "mon", "mth", "mnth", "month", "monthly", "mthly", "permonth" -> Optional.of(TimeBase.MONTHLY);
            case "a", "an", "ann", "anl", "y", "yr", "yrly", "annual", "annually", "year", "yearly", "peryear", "annualsalary" -> Optional.of(TimeBase.ANNUAL);
            default -> Optional.empty();
        };
    }

    /** A range number as compared: "R-07", "07" and "7" agree. */
    static String rangeKey(String range) {
        String r = range.toUpperCase(Locale.ROOT).replaceAll("^(RANGE|RNG|GRADE|R)[\\s-]*", "").replaceAll("\\s+", "");
        return r.replaceFirst("^0+(?=.)", "");
    }

    /** The values the rows above the header state: title, effective date, adopting body, document, time base. */
    private static Stated stated(Grid grid, int header, Location at, Problems problems) {
        String title = null;
        String effective = null;
        String adopted = null;
        String document = null;
        String where = grid.sheet().isEmpty() ? "" : "sheet " + grid.sheet();
        Map<String, String> from = new LinkedHashMap<>();
        TimeBase base = timeBase(grid.sheet()).orElse(null);
        for (int r = 0; r < header; r++) {
            String text = grid.text(r);
            if (text.isEmpty()) {
                continue;
            }
            Matcher e = EFFECTIVE.matcher(text);
            if (e.find() && effective == null) {
                effective = date(e.group(1));
                from.put("effective date", grid.where(r));
                if (effective == null) {
                    problems.error(at, grid.where(r) + ": cannot read the date in \"" + e.group() + "\"", "write it as July 1, 2027 or 2027-07-01");
                }
            }
            Matcher a = ADOPTED.matcher(text);
            if (a.find() && adopted == null) {
                adopted = (a.group(1) != null ? a.group(1) : a.group(2)).strip();
                from.put("adopting body", grid.where(r));
            }
            Matcher u = URL.matcher(text);
            if (u.find() && document == null) {
                document = u.group();
                from.put("document", grid.where(r));
            }
            if (title == null && SCHEDULE_WORDS.matcher(text).find() && !text.toLowerCase(Locale.ROOT).startsWith("adopted")) {
                String t = text.replaceAll("(?i)[\\s,–—-]*\\(?effective\\b.*$", "").strip();
                title = t.isEmpty() ? null : t;
            }
            if (base == null) {
                Set<TimeBase> named = EnumSet.noneOf(TimeBase.class);
                for (String word : text.split("[^A-Za-z-]+")) {
                    if (word.length() > 2) {
                        timeBase(word).ifPresent(named::add);
                    }
                }
                if (named.size() == 1) {
                    base = named.iterator().next();
                    where = grid.where(r);
                }
            }
        }
        return new Stated(title, effective, adopted, document, base, where, from);
    }

    static String date(String text) {
        String t = text.replace(".", "").replaceAll("\\s+", " ").replace(" ,", ",").strip();
        for (String pattern : List.of("yyyy-MM-dd", "M/d/yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy")) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.US)).toString();
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /**
     * The header of a two-row heading: each cell of the lower row under the nearest text of the
     * upper row at or left of it (a merged cell keeps its text in its first cell), e.g. "Monthly
     * Salary Steps A"; the class code, title, range and time base columns as the upper row names them.
     */
    private static List<String> twoRowHeader(Grid grid, int h, Map<String, Integer> keys) {
        List<String> upper = grid.rows().get(h);
        int width = Math.max(upper.size(), grid.rows().get(h + 1).size());
        List<String> header = new ArrayList<>();
        String above = "";
        for (int c = 0; c < width; c++) {
            String u = grid.cell(h, c);
            if (!u.isEmpty()) {
                above = keys.containsValue(c) ? "" : u;
            }
            String lower = grid.cell(h + 1, c);
            header.add(keys.containsValue(c) || lower.isEmpty() ? u : baseWord(above) + lower);
        }
        return header;
    }

    /** The time-base word a heading holds ("Monthly Salary Steps" → "Monthly "), or "". */
    private static String baseWord(String heading) {
        for (String word : heading.split("[^A-Za-z-]+")) {
            if (word.length() > 2 && timeBase(word).isPresent()) {
                return word + " ";
            }
        }
        return "";
    }

    private static String describe(Grid grid, int h, List<String> header, Map<String, Integer> keys, List<Amount> amounts, Stated stated) {
        StringBuilder sb = new StringBuilder(grid.where(h)).append(':');
        keys.forEach((f, c) -> sb.append(' ').append(ClassListImport.letter(c)).append(" \"").append(grid.cell(h, c)).append("\" → ").append(f).append(','));
        for (Amount a : amounts) {
            String step = a.step() == MIN ? "minimum" : a.step() == MAX ? "maximum" : a.step() == FLAT ? "rate" : "step " + a.step();
            sb.append(' ').append(ClassListImport.letter(a.column())).append(" \"").append(header.get(a.column())).append("\" → ")
                    .append(a.base() != null ? a.base().word() + " " : "").append(step).append(',');
        }
        sb.setLength(sb.length() - 1);
        if (stated.base() != null) {
            sb.append("; time base ").append(stated.base().word()).append(" (").append(stated.where()).append(')');
        }
        if (stated.effective() != null) {
            sb.append("; states effective ").append(stated.effective());
        }
        return sb.toString();
    }

    /** One schedule: its schedules.csv row, its pay.csv rows, the register checks. */
    private static void one(String id, List<SheetPay> sheets, TableOptions options, DataFile register, DataFile scheduleFile, DataFile payFile,
            Location at, Problems problems, List<String> actions) {
        String effective = agree("effective date", options.effective(), sheets, Stated::effective, at, problems);
        String adopted = agree("adopting body", options.adoptedBy(), sheets, Stated::adoptedBy, at, problems);
        String document = agree("document", options.document(), sheets, Stated::document, at, problems);
        String title = options.title() != null ? options.title()
                : sheets.stream().map(s -> s.stated.title()).filter(t -> t != null).findFirst().orElse(null);
        if (options.effective() != null && date(options.effective()) == null) {
            problems.error(at, "--effective " + options.effective() + " is not a date", "write it as YYYY-MM-DD");
        }
        // Join class-to-range lists to the range tables.
        Map<String, Map<TimeBase, Found>> ranges = new LinkedHashMap<>();
        sheets.forEach(s -> ranges.putAll(s.byRange));
        Map<String, Found> pay = new LinkedHashMap<>();
        for (SheetPay s : sheets) {
            for (Map.Entry<String, Found> e : s.byCode.entrySet()) {
                Found first = pay.putIfAbsent(e.getKey(), e.getValue());
                if (first != null) {
                    problems.error(at, e.getValue().where() + ": class " + e.getKey() + " is given again (first at " + first.where() + ")"
                            + (first.base() != e.getValue().base() ? " in another time base (" + first.base().word() + ", here " + e.getValue().base().word() + ")" : ""),
                            "give each class once per schedule, in the time base it is paid on");
                }
            }
            for (Map.Entry<String, String[]> e : s.codeToRange.entrySet()) {
                Map<TimeBase, Found> bases = ranges.get(e.getValue()[0]);
                Found range = null;
                if (bases != null) {
                    Optional<TimeBase> wanted = timeBase(e.getValue()[2]);
                    if (wanted.isPresent()) {
                        range = bases.get(wanted.get());
                        if (range == null) {
                            problems.error(at, e.getValue()[1] + ": class " + e.getKey() + " is paid " + wanted.get().word() + ", but range " + e.getValue()[0]
                                    + " is given only in " + bases.keySet().stream().map(TimeBase::word).collect(Collectors.joining(", ")) + " amounts",
                                    "correct the class's time base, or add the range's " + wanted.get().word() + " row");
                            continue;
                        }
                    } else if (bases.size() == 1) {
                        range = bases.values().iterator().next();
                    } else {
                        problems.error(at, e.getValue()[1] + ": class " + e.getKey() + " is on range " + e.getValue()[0] + ", which is given in "
                                + bases.keySet().stream().map(TimeBase::word).collect(Collectors.joining(", ")) + " amounts; one time base per class",
                                "add a time base column to the class list saying which the class is paid on");
                        continue;
                    }
                }
                if (range == null) {
                    problems.error(at, e.getValue()[1] + ": class " + e.getKey() + " is on range " + e.getValue()[0] + ", which no range table gives"
                            + (ranges.isEmpty() ? "" : Closest.to(e.getValue()[0], ranges.keySet()).map(k -> " (did you mean " + k + "?)").orElse("")),
                            "correct the range, or add the range table's sheet to the workbook");
                } else {
                    pay.put(e.getKey(), new Found(e.getValue()[1], range.base(), range.steps(), range.min(), range.max()));
                }
            }
        }
        // The register: every code must name a class; every current class should have pay.
        Map<String, String> registerCodes = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        for (List<String> r : register.rows) {
            String code = register.get(r, "code");
            if (ClassCode.isSafe(code)) {
                registerCodes.put(new ClassCode(code).key(), code);
                status.put(new ClassCode(code).key(), register.get(r, "status"));
            }
        }
        Map<String, Found> written = new LinkedHashMap<>();
        for (Map.Entry<String, Found> e : pay.entrySet()) {
            String code = e.getKey();
            String known = registerCodes.get(new ClassCode(code).key());
            if (known == null) {
                problems.error(at, e.getValue().where() + ": class " + code + " is not in data/classes.csv" + nearMiss(code, registerCodes.values()),
                        "correct the code, or import the class list first");
                continue;
            }
            if (!known.equals(code)) {
                problems.notice(at, e.getValue().where() + ": class " + code + " is written " + known + " in data/classes.csv; pay.csv uses " + known, "");
            }
            written.put(known, e.getValue());
        }
        Set<String> payKeys = pay.keySet().stream().map(c -> new ClassCode(c).key()).collect(Collectors.toSet());
        List<String> without = new ArrayList<>();
        registerCodes.forEach((key, code) -> {
            if (!"abolished".equalsIgnoreCase(status.get(key)) && !written.containsKey(code) && !payKeys.contains(key)) {
                without.add(code);
            }
        });
        if (!without.isEmpty()) {
            problems.notice(at, "schedule " + id + ": " + without.size() + (without.size() == 1 ? " current class has" : " current classes have")
                    + " no pay in it: " + String.join(", ", without), "add them to the sheet, or check they are paid on another schedule in force");
        }
        // schedules.csv
        List<String> existing = scheduleFile.rows.stream().filter(r -> scheduleFile.get(r, "id").equals(id)).findFirst().orElse(null);
        if (existing == null) {
            if (effective == null) {
                problems.error(at, "schedule " + id + " is new and neither --effective nor the sheet gives its effective date", "give --effective YYYY-MM-DD");
            }
            if (title == null) {
                problems.error(at, "schedule " + id + " is new and neither --title nor a title row names it", "give --title \"Salary Schedule 2027–28\"");
            }
            if (document == null) {
                problems.error(at, "schedule " + id + " is new and neither --document nor the sheet links the adopted schedule",
                        "give --document with the address of the schedule the governing body adopted");
            }
            if (adopted == null) {
                // The build would refuse it: 2 CCR 570.5(a)(1) asks for the governing body's approval.
                problems.error(at, "schedule " + id + " is new and neither --adopted-by nor a title row (\"Adopted by …\") says who adopted it",
                        "give --adopted-by \"City Council Resolution 2026-41\"");
            }
            List<String> row = scheduleFile.newRow();
            scheduleFile.set(row, "id", id);
            fill(scheduleFile, row, title, effective, adopted, document);
            actions.add("schedule " + id + " (" + title + ", effective " + effective + ") → data/schedules.csv: added");
        } else if (options.force()) {
            fill(scheduleFile, existing, title, effective, adopted, document);
            actions.add("schedule " + id + " → data/schedules.csv: updated");
        } else {
            actions.add("schedule " + id + " is in data/schedules.csv: kept as it is (use --force to update it)");
        }
        // pay.csv
        Map<String, List<String>> payRows = new java.util.HashMap<>();
        for (List<String> r : payFile.rows) {
            if (payFile.get(r, "schedule").equals(id) && ClassCode.isSafe(payFile.get(r, "code"))) {
                payRows.putIfAbsent(new ClassCode(payFile.get(r, "code")).key(), r);
            }
        }
        for (Map.Entry<String, Found> e : written.entrySet()) {
            Found f = e.getValue();
            List<String> row = payRows.get(new ClassCode(e.getKey()).key());
            String amounts = f.steps().isEmpty() ? f.min().toPlainString() + " to " + f.max().toPlainString()
                    : f.steps().size() + " steps " + f.steps().get(0).toPlainString() + " to " + f.steps().get(f.steps().size() - 1).toPlainString();
            if (row != null && !options.force()) {
                actions.add(f.where() + ": class " + e.getKey() + ": pay in schedule " + id + " exists in data/pay.csv: kept (use --force to replace it)");
                continue;
            }
            boolean added = row == null;
            if (added) {
                row = payFile.newRow();
            }
            payFile.set(row, "schedule", id);
            payFile.set(row, "code", e.getKey());
            payFile.set(row, "time_base", f.base().word());
            payFile.set(row, "minimum", f.steps().isEmpty() ? f.min().toPlainString() : "");
            payFile.set(row, "maximum", f.steps().isEmpty() ? f.max().toPlainString() : "");
            payFile.set(row, "steps", f.steps().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";")));
            actions.add(f.where() + ": class " + e.getKey() + " " + f.base().word() + " " + amounts + " → data/pay.csv: " + (added ? "added" : "replaced"));
        }
    }

    private static void fill(DataFile file, List<String> row, String title, String effective, String adopted, String document) {
        if (title != null) {
            file.set(row, "title", title);
        }
        if (effective != null) {
            file.set(row, "effective", effective);
        }
        if (adopted != null) {
            file.set(row, "adopted_by", adopted);
        }
        if (document != null) {
            file.set(row, "document", document);
        }
    }

    /** An option and what the sheets state must agree; the value used is either. */
    private static String agree(String what, String option, List<SheetPay> sheets, java.util.function.Function<Stated, String> get,
            Location at, Problems problems) {
        String value = option != null && what.equals("effective date") ? Optional.ofNullable(date(option)).orElse(option) : option;
        String from = option != null ? "the option" : null;
        for (SheetPay s : sheets) {
            String stated = get.apply(s.stated);
            if (stated == null) {
                continue;
            }
            if (value == null) {
                value = stated;
                from = s.stated.at().get(what);
            } else if (!value.equalsIgnoreCase(stated)) {
                problems.error(at, "the " + what + " is given two ways: " + stated + " (" + s.stated.at().get(what)
                        + ") and " + value + " (" + (option != null ? "the option" : from) + ")", "make them agree, or drop the option");
            }
        }
        return value;
    }

    /** Register codes a code nearly matches: a missing leading zero, a suffix, a typo. */
    static String nearMiss(String code, java.util.Collection<String> known) {
        String upper = code.toUpperCase(Locale.ROOT);
        List<String> near = new ArrayList<>();
        for (String k : known) {
            String u = k.toUpperCase(Locale.ROOT);
            if (u.startsWith(upper) && u.length() > upper.length() && !Character.isDigit(u.charAt(upper.length()))
                    || upper.startsWith(u) && upper.length() > u.length() && !Character.isDigit(upper.charAt(u.length()))
                    || ("0" + upper).equals(u) || ("00" + upper).equals(u)) {
                near.add(k);
            }
        }
        if (near.isEmpty()) {
            Closest.to(code, known).ifPresent(near::add);
        }
        return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
    }
}
