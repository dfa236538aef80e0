package org.jobspecs.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a synthetic but realistic jobspecs source folder of {@code classes} job classes: {@code
 * jbake.properties}, one native Markdown spec per class in {@code content/}, and the class
 * register, series, units, benefits, salary schedules and pay rows in {@code data/}. Titles are
 * composed from occupational families, specialties, program areas and levels (I to Manager) and
 * grouped into series of one to four levels; spec text is assembled from vocabularies of duties,
 * working conditions, knowledge and abilities so that it varies between classes.
 *
 * <p>Output is a pure function of {@code (classes, seed)}: every random choice is drawn, in a fixed
 * order, from one {@link SplittableRandom} seeded with {@code seed}; no clock is read, only lists
 * and sorted maps reach the output, numbers are formatted with {@link Locale#ROOT}, and every file
 * is UTF-8 with LF line ends. The same inputs therefore give byte-identical files, which makes the
 * catalogs usable as benchmark inputs and test fixtures.
 */
public final class DemoCatalogWriter {

    private static final String[] LEVELS = {"", "I", "II", "III", "Senior", "Lead", "Supervising", "Principal", "Manager"};
    private static final double[] LEVEL_PAY = {1.10, 1.00, 1.10, 1.21, 1.33, 1.38, 1.52, 1.62, 1.85};
    private static final LocalDate APPROVED_FROM = LocalDate.of(2005, 1, 1), APPROVED_TO = LocalDate.of(2025, 12, 31);
    private static final String[][] SCHEDULES = {
        {"fy2023", "Salary Schedule 2023-24", "2023-07-01", "Board of Supervisors Resolution 2023-114"},
        {"fy2024", "Salary Schedule 2024-25", "2024-07-01", "Board of Supervisors Resolution 2024-097"},
        {"fy2025", "Salary Schedule 2025-26", "2025-07-01", "Board of Supervisors Resolution 2025-103"}};
    private static final String DOCS = "https://www.example.org/demo-county/documents/";

    private record Family(String base, String field, String[] specialties, char education, char setting, String subject,
            String[] departments, String unit, String[] objects, String[] knowledge, String[] abilities,
            String license, String formerBase, int pay) {}

    private record Group(String seriesId, String seriesTitle, String[] titles, int[] levels) {}

    private static final class Job {
        String code, title, department, unit, formerTitle = "", formerCode = "", timeBase;
        Family family; Group group; int level, position; String qualifier; LocalDate abolished; double pay;
    }

    private final int classes;
    private final long seed;
    /** Issue 14: a third of the classes get two or three earlier versions in content/history/. */
    private final boolean versions;
    /** The day the job postings of data/openings.csv are dated around (issue 13). */
    private final LocalDate postingsAround;

    /** The day postings are dated around when none is given, so that a seed always writes the same catalog. */
    public static final LocalDate POSTINGS_AROUND = LocalDate.of(2026, 1, 15);

    /** A writer of {@code classes} (at least 1) classes drawn from the random seed {@code seed}. */
    public DemoCatalogWriter(int classes, long seed) {
        this(classes, seed, POSTINGS_AROUND);
    }

    /**
     * As {@link #DemoCatalogWriter(int, long)}, with job postings dated around {@code postingsAround}
     * (the day the catalog will be built): some open, closing soon or later, some open until filled,
     * some closed already and a few not open yet.
     */
    public DemoCatalogWriter(int classes, long seed, LocalDate postingsAround) {
        if (classes < 1) throw new IllegalArgumentException("classes must be at least 1, was " + classes);
        this.classes = classes;
        this.seed = seed;
        this.postingsAround = Objects.requireNonNull(postingsAround, "postingsAround");
        this.versions = false;
    }

    private DemoCatalogWriter(DemoCatalogWriter other, boolean versions) {
        this.classes = other.classes;
        this.seed = other.seed;
        this.postingsAround = other.postingsAround;
        this.versions = versions;
    }

    /**
     * The same catalog, and a third of its classes with two or three earlier versions in
     * {@code content/history/<code>/<date>.md} (issue 14, {@code demo-catalog --versions}): small wording
     * changes, dated by approvals their specs' histories gain. Drawn from random streams of their own,
     * so that every other choice stays as without versions.
     */
    public DemoCatalogWriter withVersions() {
        return new DemoCatalogWriter(this, true);
    }

    /** Writes a complete source folder into dir (created if missing; must be empty or not exist, else IllegalArgumentException). Returns the number of files written. */
    public int write(Path dir) throws IOException {
        return write(dir, null, false);
    }

    /** As {@link #write(Path)}, and also copies {@code templates/} and {@code assets/} (each that exists) from {@code templatesAndAssetsFrom}. */
    public int write(Path dir, Path templatesAndAssetsFrom) throws IOException {
        return write(dir, Objects.requireNonNull(templatesAndAssetsFrom, "templatesAndAssetsFrom"), true);
    }

    private int write(Path dir, Path from, boolean copy) throws IOException {
        prepare(dir);
        SplittableRandom r = new SplittableRandom(seed);
        List<Job> jobs = plan(r);
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("data"));
        int files = 0;
        for (Job j : jobs) {
            String text = spec(j, r);
            if (versions) {
                DemoVersions.Result v = DemoVersions.of(j.code, text, seed);
                text = v.spec();
                for (Map.Entry<LocalDate, String> e : v.versions().entrySet()) {
                    Files.createDirectories(dir.resolve("content/history/" + j.code));
                    files += save(dir.resolve("content/history/" + j.code + "/" + e.getKey() + ".md"), e.getValue());
                }
            }
            files += save(dir.resolve("content/" + j.code + ".md"), text);
        }
        files += save(dir.resolve("jbake.properties"), properties());
        files += save(dir.resolve("data/classes.csv"), register(jobs));
        files += save(dir.resolve("data/series.csv"), series(jobs));
        files += save(dir.resolve("data/units.csv"), units());
        files += save(dir.resolve("data/benefits.csv"), benefits(r));
        files += save(dir.resolve("data/schedules.csv"), schedules());
        files += save(dir.resolve("data/pay.csv"), pay(jobs));
        files += save(dir.resolve("data/openings.csv"), openings(jobs));
        if (copy) for (String sub : List.of("templates", "assets")) files += copyTree(from.resolve(sub), dir.resolve(sub));
        return files;
    }

    private static void prepare(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " exists and is not a folder");
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) throw new IllegalArgumentException(dir + " is not empty");
            }
        }
        Files.createDirectories(dir);
    }

    private static int save(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return 1;
    }

    private static int copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) { paths = walk.sorted().collect(Collectors.toList()); }
        int n = 0;
        for (Path p : paths) {
            Path target = to;
            for (Path part : from.relativize(p)) if (!part.toString().isEmpty()) target = target.resolve(part.toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else { Files.copy(p, target); n++; }
        }
        return n;
    }

    // ---- the register: families, series, codes ----

    private List<Job> plan(SplittableRandom r) {
        List<Job> jobs = new ArrayList<>();
        Set<String> titles = new HashSet<>(), keys = new HashSet<>();
        int gap = Math.max(1, Math.min(8, (classes <= 8999 ? 8999 : 98999) / classes)), code = 1000, district = 0;
        while (jobs.size() < classes) {
            int size = Math.min(classes - jobs.size(), 1 + r.nextInt(4));
            int[] levels = Arrays.stream(pick(r, LADDERS[size - 1]).split(",")).mapToInt(Integer::parseInt).toArray();
            Family f; String qualifier; String[] names;
            for (int attempt = 0; ; attempt++) {
                f = pick(r, FAMILIES);
                String program = attempt < 10 ? "" : attempt < 40 ? pick(r, PROGRAMS) : "District " + ++district;
                qualifier = (program + " " + (attempt < 10 || attempt >= 25 ? pick(r, f.specialties()) : "")).trim();
                names = new String[levels.length];
                for (int i = 0; i < levels.length; i++) names[i] = title(levels[i], qualifier, f.base(), f.field());
                if (!keys.contains(slug(qualifier + " " + f.base())) && Arrays.stream(names).noneMatch(titles::contains)) break;
            }
            keys.add(slug(qualifier + " " + f.base()));
            titles.addAll(Arrays.asList(names));
            Group g = new Group(size > 1 ? slug(qualifier + " " + f.base()) : "", (qualifier + " " + f.base()).trim(), names, levels);
            String department = pick(r, f.departments());
            for (int i = 0; i < size; i++) {
                Job j = new Job();
                j.code = Integer.toString(code);
                code += i < size - 1 ? 1 : 1 + r.nextInt(gap);
                j.family = f; j.group = g; j.position = i; j.level = levels[i]; j.title = names[i]; j.qualifier = qualifier;
                j.department = department;
                j.unit = j.level == 8 ? "management" : j.level == 6 ? "supervisors" : f.unit();
                if (r.nextInt(100) < 3) j.abolished = date(r, LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31));
                int t = r.nextInt(100);
                j.timeBase = t < 85 ? "monthly" : t < 95 ? "hourly" : "annual";
                j.pay = f.pay() * LEVEL_PAY[j.level] * (0.98 + 0.04 * r.nextDouble());
                jobs.add(j);
            }
        }
        Set<String> codes = jobs.stream().map(j -> j.code).collect(Collectors.toSet());
        int limit = classes <= 8999 ? 9999 : 99999, spare = Math.max(limit, code) + 1;
        for (Job j : jobs) {
            if (r.nextInt(100) >= 2) continue;
            String former = null;
            for (int attempt = 0; attempt < 50 && former == null; attempt++) {
                String c = Integer.toString(1000 + r.nextInt(limit - 999));
                if (codes.add(c)) former = c;
            }
            if (former == null) codes.add(former = Integer.toString(spare++));
            j.formerCode = former;
            String old = j.level == 8 ? (j.qualifier + " " + j.family.field() + " Administrator").trim()
                    : title(j.level, j.qualifier, j.family.formerBase(), j.family.field());
            if (!titles.contains(old)) j.formerTitle = old;
        }
        return jobs;
    }

    private static String title(int level, String qualifier, String base, String field) {
        String q = qualifier.isEmpty() ? "" : qualifier + " ";
        if (level == 0) return q + base;
        if (level <= 3) return q + base + " " + LEVELS[level];
        if (level == 8) return q + field + " Manager";
        return LEVELS[level] + " " + q + base;
    }

    // ---- the spec text ----

    private static String spec(Job j, SplittableRandom r) {
        Family f = j.family;
        LocalDate latest = j.abolished == null ? APPROVED_TO : j.abolished.minusDays(30);
        LocalDate approved = date(r, APPROVED_FROM, latest);
        StringBuilder b = new StringBuilder();
        b.append("title=").append(j.title).append("\ncode=").append(j.code).append("\napproved=").append(approved).append("\napproved.by=CSB\n");
        if (r.nextInt(100) < 40) {
            List<String> history = new ArrayList<>();
            LocalDate d = approved;
            for (int n = 1 + r.nextInt(3); n > 0; n--) history.add((d = d.minusDays(180 + r.nextInt(2400))) + " CSB");
            b.append("history=").append(String.join("; ", history)).append('\n');
        }
        b.append("~~~~~~\n\n");
        String field = (j.qualifier + " " + f.field()).trim().toLowerCase(Locale.ROOT);
        String[] lv = LEVEL_TEXT[j.level];
        String[] objects = sample(r, f.objects(), 3);
        section(b, "Definition", lv[1] + ", " + String.format(Locale.ROOT, lv[2], field, j.department) + ". Work includes "
                + objects[0] + "; " + objects[1] + "; and " + objects[2] + ". " + pick(r, DEFINITION_EXTRA));
        Group g = j.group;
        String features = g.titles().length > 1 ? j.title + " is the " + lv[0] + " level in the " + g.seriesTitle() + " series. "
                : j.title + " is a single-level class in the " + field + " occupational group. ";
        if (j.position < g.titles().length - 1)
            features += "It is distinguished from " + g.titles()[j.position + 1] + " in that the latter " + LEVEL_TEXT[g.levels()[j.position + 1]][3] + ".";
        else if (j.position > 0) features += "It is distinguished from " + g.titles()[j.position - 1] + " by its " + lv[4] + ".";
        else features += "It is distinguished from other " + field + " classes by the " + pick(r, SCOPE) + " of its assignments.";
        section(b, "Distinguishing Features", features + (r.nextInt(10) < 8 ? " " + pick(r, FEATURES_EXTRA) : ""));
        section(b, "Examples of Duties", pick(r, DUTIES_INTRO) + "\n\n" + duties(j, r));
        String[] work = f.setting() == 'O' ? WORK_OFFICE : f.setting() == 'F' ? WORK_FIELD : r.nextBoolean() ? WORK_OFFICE : WORK_FIELD;
        String[] body = work == WORK_OFFICE ? PHYSICAL_OFFICE : PHYSICAL_FIELD;
        section(b, "Working Conditions", bullets(sample(r, work, 3 + r.nextInt(3))));
        section(b, "Physical Demands", bullets(sample(r, body, 3 + r.nextInt(3))));
        section(b, "Employment Standards", standards(j));
        boolean boss = j.level == 6 || j.level == 8;
        section(b, "Knowledge", "Knowledge of " + items(r, f.knowledge(), GENERIC_KNOWLEDGE, boss ? SUPERVISORY_KNOWLEDGE : new String[0]) + ".");
        section(b, "Abilities", "Ability to " + items(r, f.abilities(), GENERIC_ABILITIES, boss || j.level == 5 ? SUPERVISORY_ABILITIES : new String[0]) + ".");
        if (r.nextInt(100) < 30) {
            section(b, "Licenses and Certificates", licences(j));
        }
        String text = b.toString().strip() + "\n";
        if (text.contains("](#)") && !text.contains("\nhistory=")) {
            // Issue 14: a redline replaced an earlier approved text, which the history dates (no draw from r).
            LocalDate before = approved.minusDays(180 + Math.floorMod(j.code.hashCode(), 2400));
            text = text.replaceFirst("\napproved\\.by=CSB\n", "\napproved.by=CSB\nhistory=" + before + " CSB\n");
        }
        return text;
    }

    private static String duties(Job j, SplittableRandom r) {
        List<String> duties = new ArrayList<>();
        if (j.level == 5) duties.addAll(Arrays.asList(LEAD_DUTIES));
        if (j.level == 6 || j.level == 8) duties.addAll(Arrays.asList(sample(r, SUPERVISORY_DUTIES, j.level == 8 ? 4 : 3)));
        int n = 8 + r.nextInt(7);
        String[] own = sample(r, j.family.objects(), j.family.objects().length), other = sample(r, GENERIC_OBJECTS, GENERIC_OBJECTS.length);
        String[] verbs = sample(r, VERBS, VERBS.length);
        for (int i = 0; duties.size() < n - 1; i++) {
            String duty = verbs[(2 * i) % verbs.length] + " " + (i < own.length ? own[i] : other[(i + 7) % other.length])
                    + (r.nextBoolean() ? pick(r, TAILS) : "") + "; "
                    + lower(verbs[(2 * i + 1) % verbs.length]) + " " + other[i % other.length] + pick(r, TAILS);
            if (r.nextInt(10) < 8) duty += "; " + lower(pick(r, VERBS)) + " " + other[(i + 5) % other.length] + pick(r, TAILS);
            duties.add(duty);
        }
        if (r.nextInt(100) < 5) {
            int k = r.nextInt(duties.size());
            String[] change = pick(r, REDLINES);
            duties.set(k, duties.get(k) + "; keeps ~~" + change[0] + "~~[" + change[1] + "](#) records of work performed");
        }
        duties.add("Performs related duties as assigned");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < duties.size(); i++) b.append(i + 1).append(". ").append(duties.get(i)).append(".\n");
        return b.toString().strip();
    }

    /**
     * The employment standards (issue 13): education, experience and, for some classes, alternative
     * ways to qualify, in the wordings real specs use, so that every "What you need" line and facet
     * shows on a large catalog. Draws from its own random stream (seeded by the class code), so the
     * rest of the spec stays as it was.
     */
    private static String standards(Job j) {
        Family f = j.family;
        SplittableRandom r = new SplittableRandom(31L * j.code.hashCode() + j.title.hashCode());
        String field = f.field().toLowerCase(Locale.ROOT);
        String education = switch (f.education()) {
            case 'M' -> pick(r, new String[] {"Equivalent to a master's degree in " + f.subject() + ".",
                "A master's degree from an accredited college or university in " + f.subject() + "."});
            case 'P' -> pick(r, new String[] {"Equivalent to graduation from an accredited four-year college or university with major coursework in " + f.subject() + ".",
                "A bachelor's degree from an accredited college or university in " + f.subject() + "."})
                    + (j.level >= 7 ? " A master's degree in public administration or a related field is desirable." : "");
            case 'T' -> pick(r, new String[] {"Equivalent to graduation from high school, supplemented by college-level coursework in " + f.subject() + ".",
                "Equivalent to an associate's degree in " + f.subject() + ".",
                "Equivalent to two years of college coursework in " + f.subject() + "."});
            default -> j.level <= 1 && r.nextInt(3) == 0
                    ? "Ability to read, write and follow oral and written instructions in English. Graduation from high school is desirable."
                    : pick(r, new String[] {"Equivalent to graduation from high school.", "Graduation from high school or a recognized equivalent (GED)."});
        };
        String years = LEVEL_TEXT[j.level][5];
        if (years.isEmpty() && r.nextInt(4) == 0) {
            years = "Six months";
        }
        String experience = years.isEmpty() ? "None required; experience in " + (j.qualifier + " " + f.field()).trim().toLowerCase(Locale.ROOT) + " work is desirable."
                : years + " of " + (j.level >= 3 ? "increasingly responsible " : "") + "experience in " + field + " work"
                + (j.level >= 6 ? ", including at least one year in a supervisory or management capacity." : ".");
        int style = r.nextInt(10);
        if (style < 6 || years.isEmpty() || years.equals("Six months")) {
            return "Any combination of education and experience that would provide the required knowledge and abilities is qualifying. "
                    + "A typical way to obtain them would be:\n\nEducation: " + education + "\n\nExperience: " + experience;
        }
        if (style < 8) {
            // plain minimum qualifications, no substitution clause
            return "Education: " + education + "\n\nExperience: " + experience;
        }
        // two ways to qualify, which ask for different amounts of experience: the box says nothing about experience
        String more = LEVEL_TEXT[Math.min(8, j.level + 1)][5];
        return "1. " + years + " of full-time paid experience in " + field + " work with the County; or\n"
                + "2. " + education.replaceAll("\\.$", "") + ", and " + (more.isEmpty() || more.equals(years) ? "an additional year" : more.toLowerCase(Locale.ROOT))
                + " of full-time paid experience in " + field + " work.";
    }

    /** The licences section (issue 13): a driver's licence of the class the work needs, and the family's certificate. */
    private static String licences(Job j) {
        SplittableRandom r = new SplittableRandom(17L * j.code.hashCode() + j.title.hashCode());
        List<String> lines = new ArrayList<>();
        int driver = r.nextInt(10);
        if (j.family.setting() == 'F' && driver < 3) {
            lines.add("Possession of a valid California Class " + (driver == 0 ? "A" : "B") + " driver's license and a satisfactory driving record at the time of appointment.");
        } else if (driver < 8) {
            lines.add("Possession of a valid California Class C driver's license and a satisfactory driving record.");
        } else {
            lines.add("A valid California driver's license may be required for some assignments.");
        }
        if (!j.family.license().isEmpty()) lines.add(j.family.license());
        if (r.nextInt(10) == 0) lines.add("CPR and First Aid certification within six months of appointment.");
        return bullets(lines.toArray(new String[0]));
    }

    private static String items(SplittableRandom r, String[] own, String[] generic, String[] supervisory) {
        List<String> all = new ArrayList<>(Arrays.asList(sample(r, own, own.length)));
        all.addAll(Arrays.asList(sample(r, generic, 5 + r.nextInt(4))));
        all.addAll(Arrays.asList(supervisory));
        return String.join("; ", all);
    }

    private static void section(StringBuilder b, String heading, String text) {
        b.append("## ").append(heading).append("\n\n").append(text).append("\n\n");
    }

    private static String bullets(String[] lines) {
        return Arrays.stream(lines).map(l -> "- " + l).collect(Collectors.joining("\n"));
    }

    // ---- data files ----

    private static String properties() {
        return "site.title=Demo County Class Specifications\nsite.agency=Demo County\nsite.location=Demo County, CA\n"
                + "site.footer=Synthetic demonstration data: the classes, specifications and agency are fictitious and all pay is illustrative.\n"
                + "abbreviation.CSB=Civil Service Board\n"
                + "# Words and phrases site search treats as one (see the guide's reference page Search)\n"
                + "search.synonyms.police=police|sheriff|law enforcement|deputy sheriff\n"
                + "search.synonyms.hr=HR|human resources|personnel\n"
                + "search.synonyms.supervisor=supervisor|supervising\n"
                + "search.synonyms.electrician=electrician|electrical\n"
                + "search.dictionary=/usr/share/dict/words\n"
                + "template.folder=templates\nasset.folder=assets\ncontent.folder=content\ndata.folder=data\n";
    }

    private static String register(List<Job> jobs) {
        StringBuilder b = new StringBuilder("code,title,department,unit,flsa,series,level,status,status_date,former_titles,former_codes,openings\n");
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.sort((a, c) -> Integer.compare(Integer.parseInt(a.code), Integer.parseInt(c.code)));
        for (Job j : sorted) {
            boolean series = !j.group.seriesId().isEmpty();
            row(b, j.code, j.title, j.department, j.unit, j.level == 6 || j.level == 8 ? "Exempt" : "Non-exempt",
                    j.group.seriesId(), series ? Integer.toString(j.position + 1) : "", j.abolished == null ? "current" : "abolished",
                    j.abolished == null ? "" : j.abolished.toString(), j.formerTitle, j.formerCode, "");
        }
        return b.toString();
    }

    private static String series(List<Job> jobs) {
        TreeMap<String, Group> used = new TreeMap<>();
        for (Job j : jobs) if (!j.group.seriesId().isEmpty()) used.put(j.group.seriesId(), j.group);
        StringBuilder b = new StringBuilder("id,title,summary\n");
        for (Group g : used.values()) {
            String[] t = g.titles();
            row(b, g.seriesId(), g.seriesTitle(), "A series of " + t.length + " levels, from " + t[0] + " to " + t[t.length - 1]
                    + ", with increasing independence, complexity and responsibility.");
        }
        return b.toString();
    }

    private static String units() {
        StringBuilder b = new StringBuilder("id,name,kind,mou_title,mou_start,mou_end,mou_document,resolution_title,resolution_document\n");
        for (String[] u : UNITS) {
            if (u[2].equals("unit")) row(b, u[0], u[1], "unit", "Memorandum of Understanding, " + u[1] + ", 2023-2030",
                    "2023-07-01", "2030-06-30", DOCS + "mou-" + u[0] + "-2023-2030.pdf", "", "");
            else row(b, u[0], u[1], "group", "", "", "", "", "Board of Supervisors Resolution " + u[3] + " (" + u[1] + " terms and conditions)",
                    DOCS + "resolution-" + u[3] + ".pdf");
        }
        return b.toString();
    }

    private static String benefits(SplittableRandom r) {
        StringBuilder b = new StringBuilder("unit,benefit,summary\n");
        for (String[] u : UNITS) {
            for (String[] benefit : sample(r, BENEFITS, 3 + r.nextInt(3))) row(b, u[0], benefit[0], benefit[1]);
        }
        return b.toString();
    }

    /**
     * data/openings.csv (issue 13): postings for about one current class in eight, from a random
     * stream of their own (the other files stay as they were): half open on {@link #postingsAround}
     * with a closing date within six weeks, a quarter open until filled ("continuous"), the rest
     * closed already or (one in 25) not open yet, so that every state shows and drops out by date.
     */
    private String openings(List<Job> jobs) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 13);
        LocalDate day = postingsAround;
        StringBuilder b = new StringBuilder("code,title,link,opens,closes\n");
        int n = 0;
        for (Job j : jobs) {
            if (j.abolished != null || r.nextInt(8) != 0) continue;
            int kind = r.nextInt(100);
            LocalDate opens;
            String closes;
            if (kind < 50) {
                opens = day.minusDays(1 + r.nextInt(30));
                closes = day.plusDays(r.nextInt(43)).toString();
            } else if (kind < 75) {
                opens = day.minusDays(10 + r.nextInt(300));
                closes = "continuous";
            } else if (kind < 96) {
                opens = day.minusDays(40 + r.nextInt(60));
                closes = day.minusDays(1 + r.nextInt(30)).toString();
            } else {
                opens = day.plusDays(1 + r.nextInt(14));
                closes = opens.plusDays(14 + r.nextInt(21)).toString();
            }
            String title = switch (r.nextInt(4)) {
                case 0 -> j.title + " - " + j.department;
                case 1 -> closes.equals("continuous") ? j.title + " (Eligibility List)" : j.title + " (Full-Time)";
                default -> j.title;
            };
            int id = 4100000 + n++ * 37 + r.nextInt(37);
            row(b, j.code, title, "https://jobs.example.org/demo-county/postings/" + id + "/" + slug(j.title), opens.toString(), closes);
        }
        return b.toString();
    }

    private static String schedules() {
        StringBuilder b = new StringBuilder("id,title,effective,adopted_by,document\n");
        for (String[] s : SCHEDULES) row(b, s[0], s[1], s[2], s[3], DOCS + "salary-schedule-" + s[0] + ".pdf");
        return b.toString();
    }

    private static String pay(List<Job> jobs) {
        StringBuilder b = new StringBuilder("schedule,code,time_base,minimum,maximum,steps\n");
        for (int s = 0; s < SCHEDULES.length; s++) {
            double factor = Math.pow(1.03, s);
            for (Job j : jobs) {
                if (j.abolished != null) continue;
                double monthly = round(j.pay * factor);
                if (j.timeBase.equals("monthly")) {
                    List<String> steps = new ArrayList<>();
                    for (double step = monthly; steps.size() < 5; step = round(step * 1.05)) steps.add(money(step));
                    row(b, SCHEDULES[s][0], j.code, "monthly", "", "", String.join(";", steps));
                } else {
                    double min = round(j.timeBase.equals("hourly") ? monthly * 12 / 2080 : monthly * 12);
                    row(b, SCHEDULES[s][0], j.code, j.timeBase, money(min), money(round(min * Math.pow(1.05, 4))), "");
                }
            }
        }
        return b.toString();
    }

    // ---- small helpers ----

    private static void row(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            String v = fields[i];
            if (i > 0) b.append(',');
            b.append(v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        b.append('\n');
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** {@code n} distinct elements of {@code values} in random order (partial Fisher-Yates). */
    private static <T> T[] sample(SplittableRandom r, T[] values, int n) {
        T[] copy = values.clone();
        for (int i = 0; i < n; i++) {
            int k = i + r.nextInt(copy.length - i);
            T t = copy[i]; copy[i] = copy[k]; copy[k] = t;
        }
        return Arrays.copyOf(copy, n);
    }

    private static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        return LocalDate.ofEpochDay(from.toEpochDay() + r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    // ---- vocabulary ----

    /** Level ladders of a series by size: level indices into {@link #LEVELS}, ascending. */
    private static final String[][] LADDERS = {
        {"0", "0", "0", "8", "7"},
        {"1,2", "0,4", "4,6", "0,5", "6,8", "7,8"},
        {"1,2,3", "1,2,4", "0,4,6", "0,4,7", "1,2,5"},
        {"1,2,3,4", "1,2,4,6", "0,4,6,8", "1,2,5,6", "0,4,7,8"}};

    /** Per level: name, supervision received, role (%1$s field, %2$s department), what it adds over the level below (as "the latter …"), "by its …", experience. */
    private static final String[][] LEVEL_TEXT = {
        {"journey", "Under general supervision", "performs a full range of journey-level %s duties in the %s", "performs the full range of duties with greater independence", "independent performance of the full range of duties", "Two years"},
        {"entry", "Under close supervision", "performs entry-level %s work in the %s while learning County policies, procedures and methods", "is the entry level", "entry-level duties", ""},
        {"journey", "Under general supervision", "performs the full range of journey-level %s assignments in the %s", "performs the full range of assignments independently", "greater independence and the full range of assigned duties", "One year"},
        {"advanced journey", "Under general direction", "performs advanced and specialized %s assignments in the %s", "performs the most difficult and specialized assignments", "responsibility for advanced and specialized assignments", "Three years"},
        {"senior", "Under general direction", "performs the most complex %s assignments in the %s and serves as a technical resource to other staff", "performs the most complex assignments and provides technical guidance to other staff", "responsibility for the most complex assignments and technical guidance of others", "Four years"},
        {"lead", "Under general supervision", "leads, assigns and reviews the work of a small team engaged in %s work in the %s while performing the full range of duties", "assigns, trains and reviews the work of others", "lead responsibility for the work of others", "Three years"},
        {"first-line supervisory", "Under direction", "plans, assigns, supervises and evaluates the work of staff engaged in %s activities in the %s", "has full supervisory responsibility for a work unit", "full supervisory responsibility for a work unit", "Four years"},
        {"principal", "Under general direction", "serves as the senior technical specialist for the %s programs of the %s", "serves as the technical expert for the most complex and sensitive programs", "program-wide technical responsibility", "Five years"},
        {"management", "Under administrative direction", "plans, organizes, directs and manages the %s programs, services and staff of the %s", "has overall management responsibility for a division or program", "management responsibility for policy, budget and staff", "Six years"}};

    private static final String[][] UNITS = {
        {"general", "Demo County General Employees Association", "unit"},
        {"trades", "Demo County Trades and Maintenance Employees Association", "unit"},
        {"professional", "Demo County Professional Employees Association", "unit"},
        {"technical", "Demo County Technical and Inspection Employees Association", "unit"},
        {"safety-support", "Demo County Public Safety Support Association", "unit"},
        {"supervisors", "Demo County Supervisory Employees Association", "unit"},
        {"management", "Unrepresented Management Employees", "group", "2023-088"},
        {"confidential", "Unrepresented Confidential Employees", "group", "2023-089"}};

    private static final String[][] BENEFITS = {
        {"Medical insurance", "The County pays up to the Kaiser family premium toward a choice of HMO and PPO medical plans."},
        {"Dental and vision", "Dental and vision coverage for the employee and eligible dependents, paid by the County."},
        {"Retirement", "Defined-benefit pension under the County retirement system; employees pay half of the normal cost."},
        {"Vacation", "Vacation accrues from 80 hours a year at hire to 200 hours a year after 20 years of service."},
        {"Sick leave", "Eight hours of sick leave accrue each month, without a maximum."},
        {"Holidays", "Twelve paid holidays a year and one floating holiday."},
        {"Deferred compensation", "A voluntary 457(b) plan with a County match of up to 50 dollars a month."},
        {"Life insurance", "Term life insurance equal to one year of base salary, paid by the County."},
        {"Tuition reimbursement", "Up to 1,500 dollars a year for approved job-related courses."},
        {"Uniform allowance", "An annual allowance for the purchase and upkeep of required uniforms and safety shoes."}};

    private static final String[] DEPARTMENTS = {"Auditor-Controller's Office", "Department of Public Works", "County Library",
        "Department of Parks and Recreation", "Sheriff's Office", "Information Technology Department", "Planning and Building Department",
        "Human Resources Department", "Water Resources Department", "General Services Agency", "Treasurer-Tax Collector's Office",
        "County Administrator's Office"};

    private static final String[] PROGRAMS = {"Airport", "Harbor", "Transit", "Housing", "Stormwater", "Solid Waste", "Animal Services",
        "Emergency Services", "Capital Projects", "Health Services", "Social Services", "Probation", "Elections", "Assessment", "Courts",
        "Flood Control", "Fairgrounds", "Child Support", "Veterans Services", "Agriculture"};

    private static final String[] VERBS = {"Prepares reports on", "Reviews", "Coordinates", "Maintains records of", "Monitors", "Analyzes",
        "Researches", "Compiles information on", "Evaluates", "Tracks the status of", "Verifies the accuracy of", "Updates procedures for",
        "Documents", "Assists with", "Investigates problems with", "Recommends improvements to", "Responds to questions about", "Oversees",
        "Plans and carries out work on", "Provides technical assistance on"};

    private static final String[] GENERIC_OBJECTS = {"records and reports", "written procedures and checklists", "monthly activity statistics",
        "correspondence with the public and other agencies", "project files", "databases and tracking logs", "safety and training records",
        "requests from other departments", "budget and expenditure information", "equipment and supply needs", "schedules and work priorities",
        "compliance documentation", "inquiries from the public", "forms and permits", "quality control checks",
        "contracts with vendors and consultants", "grant and regulatory reporting", "presentations to committees and community groups",
        "training materials for new employees"};

    private static final String[] TAILS = {" in accordance with established procedures",
        " to ensure accuracy and compliance with applicable regulations", " and recommends corrective action when needed",
        " for supervisors and management", " using department software and databases", " within established deadlines",
        " in coordination with other departments and outside agencies", " and resolves routine problems", " and prepares related documentation",
        " as required by state and federal regulations", " and keeps the supervisor informed of progress",
        " to support program planning and decision-making", " and answers questions from staff and the public"};

    private static final String[] DUTIES_INTRO = {
        "The following duties are typical for positions in this class. Any single position may not perform all of these duties, and may perform similar related duties not listed here.",
        "Duties may include, but are not limited to, the following.",
        "These examples illustrate the work of the class; they do not list every duty of every position."};

    private static final String[] LEAD_DUTIES = {
        "Leads, trains and assigns the work of a small team; checks completed work for accuracy and adherence to standards",
        "Plans daily work schedules for the team; reports performance, attendance and safety problems to the supervisor"};

    private static final String[] SUPERVISORY_DUTIES = {
        "Selects, trains, supervises and evaluates assigned staff; recommends discipline in consultation with Human Resources",
        "Plans, prioritizes, assigns and reviews the work of staff; establishes schedules, methods and performance standards",
        "Develops and administers the section budget; monitors expenditures and approves purchases",
        "Develops, implements and evaluates goals, objectives, policies and procedures for assigned programs",
        "Represents the division before the Board of Supervisors, committees, outside agencies and community groups"};

    private static final String[][] REDLINES = {{"paper", "electronic"}, {"handwritten", "electronic"}, {"monthly", "weekly"},
        {"card-file", "database"}, {"typed", "digital"}};

    private static final String[] DEFINITION_EXTRA = {"Incumbents exercise independent judgment within established policies and procedures.",
        "Work is reviewed through conferences, reports and the results achieved.",
        "Positions in this class may be assigned to different divisions, and duties vary accordingly.",
        "Incumbents have frequent contact with the public, other County departments and outside agencies.",
        "Assignments require a thorough knowledge of applicable regulations and sound judgment."};

    private static final String[] FEATURES_EXTRA = {
        "Assignments at this level are characterized by the degree of independence, complexity and responsibility involved.",
        "Incumbents are expected to perform assigned duties with minimal guidance once familiar with County procedures.",
        "Positions may be filled by promotion or by open competitive examination.",
        "The class is allocated on the basis of the assignment rather than the volume of work."};

    private static final String[] SCOPE = {"variety", "complexity", "technical nature", "scope and public impact"};

    private static final String[] WORK_OFFICE = {
        "Work is performed primarily in an office environment with moderate noise levels and controlled temperature.",
        "Frequent contact with the public, staff and representatives of outside agencies, some of whom may be upset, demanding or hostile.",
        "Work requires sustained use of a computer keyboard, mouse and monitor, often for several hours at a time.",
        "May be required to attend evening meetings of boards and commissions or to work weekends and holidays.",
        "Work is subject to frequent interruptions, competing priorities and changing deadlines set by others.",
        "Occasional travel to other County facilities, meetings and training locations, driving a personal or County vehicle.",
        "Limited exposure to hazards; occasional visits to field sites or construction areas may be required."};

    private static final String[] WORK_FIELD = {"Work is performed outdoors in all weather conditions, including heat, cold, wind and rain.",
        "Exposure to vehicular traffic, moving equipment, loud noise, dust, fumes and uneven or slippery surfaces.",
        "May be required to work in confined spaces, trenches, vaults or at heights, following established safety procedures.",
        "Subject to standby duty and emergency call-out outside regular working hours, including nights, weekends and holidays.",
        "Possible exposure to hazardous materials, chemicals, sewage and biohazards; protective equipment is provided and required.",
        "Work around energized electrical systems and operating mechanical equipment.",
        "Frequent travel between work sites in a County vehicle, sometimes over unpaved roads."};

    private static final String[] PHYSICAL_OFFICE = {"Sitting for extended periods; occasional standing, walking and moving between work areas.",
        "Lifting and carrying files, supplies and equipment weighing up to 25 pounds.",
        "Manual dexterity and fine motor coordination to operate a computer keyboard and standard office equipment.",
        "Vision sufficient to read printed materials, plans and a computer screen for extended periods.",
        "Hearing and speech sufficient to communicate in person, at public counters and by telephone.",
        "Occasional bending, stooping, kneeling and reaching to retrieve and file records."};

    private static final String[] PHYSICAL_FIELD = {"Lifting, carrying, pushing and pulling materials and equipment weighing up to 75 pounds.",
        "Frequent bending, stooping, kneeling, crawling, twisting and climbing throughout the work day.",
        "Standing and walking for extended periods on uneven, sloped or slippery surfaces.",
        "Operating hand and power tools, vehicles and motorized equipment safely and with good coordination.",
        "Climbing ladders and working from elevated platforms, scaffolds and aerial lifts.",
        "Strength, stamina and mobility to perform heavy physical work for a full shift.",
        "Color vision sufficient to distinguish wiring, markings, warning signs and signals."};

    private static final String[] GENERIC_KNOWLEDGE = {"modern office practices, methods and computer software",
        "applicable federal, state and local laws, codes and regulations", "record keeping and report preparation techniques",
        "principles of customer service and public relations", "safe work practices and occupational hazards",
        "English usage, spelling, grammar and punctuation", "research methods and basic statistics", "County policies and procedures",
        "business arithmetic", "methods of data collection, analysis and presentation", "principles of project planning and scheduling",
        "the organization and functions of County government", "techniques for dealing effectively with the public in person and by telephone"};

    private static final String[] SUPERVISORY_KNOWLEDGE = {"principles of supervision, training and performance evaluation",
        "budget preparation and administration", "public administration and program management"};

    private static final String[] GENERIC_ABILITIES = {"communicate clearly and concisely, both orally and in writing",
        "establish and maintain effective working relationships with those contacted in the course of work",
        "exercise sound independent judgment within established guidelines", "organize work, set priorities and meet critical deadlines",
        "follow oral and written instructions", "maintain accurate records and files", "use computer applications and databases effectively",
        "work safely and follow safety rules", "maintain the confidentiality of sensitive information",
        "learn and apply new methods, technologies and regulations",
        "prepare clear, accurate and concise reports, correspondence and other written materials",
        "work effectively as part of a team and independently", "respond to emergencies and changing priorities calmly and effectively"};

    private static final String[] SUPERVISORY_ABILITIES = {"select, supervise, train and evaluate staff",
        "plan, organize and review the work of others"};

    /**
     * Occupational families, one per row, columns separated by {@code |}: base title | field (for managers and text) |
     * specialties ({@code ,}-separated, empty = none) | education (M master's, P bachelor's, T coursework, N high school) and
     * setting (O office, F field, M mixed) | subject of study | department indices ({@code *} = any) | unit | duty objects,
     * knowledge, abilities ({@code ;}-separated) | license | former base title | monthly pay at level I.
     */
    private static final Family[] FAMILIES = Stream.of(
        "Accountant|Accounting|,Payroll,Grants,Revenue,Cost|PO|accounting, finance or a closely related field|0,10|professional|general ledger reconciliations;journal entries and account adjustments;financial statements and schedules;grant fiscal reports;audit work papers;fixed asset records;budget variance analyses;year-end closing entries|generally accepted accounting principles and governmental accounting standards;fund accounting and financial reporting requirements;auditing principles and internal control practices;cost allocation and grant accounting methods|analyze and reconcile complex financial records;prepare clear and accurate financial statements;interpret and apply accounting rules and regulations||Accounting Officer|5900",
        "Accounting Technician|Accounting Support|,Payroll,Revenue|TO|accounting or bookkeeping|0,10|general|accounts payable invoices;payroll time records;cash receipts and bank deposits;vendor and customer accounts;billing statements;subsidiary ledgers;petty cash funds|bookkeeping and basic accounting principles;payroll and accounts payable procedures;cash handling and balancing methods;financial software and spreadsheets|perform arithmetic calculations quickly and accurately;detect errors in financial documents;balance accounts and reconcile discrepancies||Account Clerk|4300",
        "Engineer|Engineering|Civil,Traffic,Electrical,Environmental,Development|PM|civil engineering or a closely related field|1,8|professional|engineering plans, specifications and estimates;capital improvement projects;traffic and drainage studies;consultant contracts and proposals;construction change orders;encroachment permits;engineering calculations and designs;project schedules and budgets|principles and practices of civil engineering design and construction;engineering mathematics, hydraulics and materials testing;public works contracting and construction management;computer-aided design and engineering software|prepare and check engineering designs and calculations;manage projects from design through construction;interpret plans, specifications and technical reports|Possession of a certificate as an Engineer-in-Training issued by the California Board for Professional Engineers, Land Surveyors, and Geologists.|Engineering Associate|7600",
        "Engineering Technician|Engineering Support|,Survey,Construction|TF|civil engineering technology, drafting or a related field|1,8|technical|field surveys and measurements;construction inspection records;drafting and base maps;quantity calculations and cost estimates;as-built drawings;materials testing samples;permit counter inquiries|surveying instruments and field methods;drafting standards and computer-aided design;construction materials and methods;basic engineering mathematics|read and interpret engineering plans;perform accurate field measurements;prepare neat and accurate drawings||Engineering Aide|5200",
        "Maintenance Worker|Maintenance|,Building,Road,Facilities,Sewer|NF||1,9|trades|streets, sidewalks and storm drains;hand and power tools;building systems and fixtures;traffic signs and pavement markings;heavy and light equipment;work orders and daily logs;emergency call-out responses;materials and supplies inventories|maintenance and repair methods, tools and materials;safe operation of trucks and construction equipment;traffic control practices for work zones;basic carpentry, plumbing and electrical repair|operate maintenance equipment safely;perform heavy manual labor for extended periods;read work orders and basic plans|Possession of a valid California Class B driver's license within six months of appointment.|Laborer|4100",
        "Librarian|Library Services|,Children's,Teen Services,Reference,Technical Services|MO|library and information science from a program accredited by the American Library Association|2|general|reference and readers' advisory services;library collections;storytimes and literacy programs;catalog records and metadata;community outreach events;public computer and database instruction;collection development budgets|principles and practices of library science;reference sources and research methods;children's and adult literature;integrated library systems and online databases|plan and present engaging library programs;evaluate and select library materials;assist patrons of all ages and backgrounds||Library Associate|6100",
        "Library Assistant|Library Support|,Circulation|NO||2|general|circulation desk transactions;library materials and holds;patron accounts and fees;shelving and collection maintenance;interlibrary loan requests;library card registrations|library circulation procedures;alphabetical and numerical filing systems;integrated library system software|explain library policies courteously;handle cash accurately;work calmly with a diverse public||Library Clerk|3700",
        "Recreation Coordinator|Recreation|,Aquatics,Older Adult,Youth Sports,Special Events|TM|recreation, leisure studies, physical education or a related field|3|general|recreation classes and programs;special events and community festivals;facility reservations and permits;part-time and volunteer staff schedules;program registration and fees;instructor contracts;program marketing materials|recreation program planning and evaluation;principles of youth and adult recreation;first aid and risk management practices;event planning and promotion|plan and carry out recreation programs;lead groups of children and adults;resolve conflicts among participants|Possession of current First Aid and CPR certificates within three months of appointment.|Recreation Leader|4800",
        "Records Specialist|Records|,Sheriff's,Warrant,Evidence|NO||4|safety-support|crime and incident reports;warrants and protective orders;criminal history requests;evidence and property intake;law enforcement telecommunications system entries;subpoenas and court records;public records requests|law enforcement records management systems;laws governing the release of criminal justice information;court and warrant procedures;records retention requirements|work accurately with confidential records;interpret codes and legal documents;remain calm in stressful situations|Possession of a California Law Enforcement Telecommunications System operator certificate within six months of appointment.|Sheriff's Clerk|4500",
        "Public Safety Dispatcher|Dispatch||NO||4|safety-support|emergency and non-emergency calls;radio traffic with field units;computer-aided dispatch records;emergency medical dispatch protocols;call recordings and logs;mutual aid requests|emergency communication procedures and radio codes;computer-aided dispatch systems;geography and street layout of the County;emergency medical dispatch protocols|handle several tasks simultaneously under stress;speak clearly and concisely on the radio;make sound decisions quickly in emergencies|Possession of a Public Safety Dispatcher certificate issued by California POST within 12 months of appointment.|Communications Operator|5300",
        "Systems Analyst|Systems|,Network,Database,Business,Security|PO|computer science, information systems or a closely related field|5|professional|network servers and infrastructure;enterprise applications and databases;user accounts and access rights;system backups and recovery procedures;help desk tickets;software upgrades and patches;cybersecurity controls and logs;technical documentation|systems analysis and design methods;network, server and database administration;information security principles;project management practices for technology projects|analyze business needs and translate them into system requirements;diagnose and resolve complex technical problems;explain technical matters to non-technical users||Programmer Analyst|7000",
        "Information Technology Technician|Technology Support||TO|computer science, electronics or a related field|5|technical|desktop computers and peripherals;telephone and voicemail systems;software installations;hardware inventory;user support requests;mobile devices|computer hardware and operating systems;troubleshooting methods for desktop applications;telecommunications equipment|diagnose hardware and software problems;install and configure equipment;provide patient support to users||Computer Operator|5000",
        "Planner|Planning|,Environmental,Transportation,Long-Range,Housing|PO|urban planning, geography, environmental studies or a related field|6|professional|development applications and permits;environmental review documents;general plan and zoning amendments;staff reports to the Planning Commission;public counter inquiries;land use and demographic data;design review comments;community meetings|principles and practices of urban and regional planning;California Environmental Quality Act requirements;zoning, subdivision and land use law;geographic information systems and research methods|analyze development proposals against codes and policies;write clear staff reports and findings;present recommendations at public meetings||Zoning Analyst|6800",
        "Human Resources Analyst|Human Resources||PO|human resources, public administration, business or a related field|7|confidential|recruitment and selection processes;classification and compensation studies;job announcements and examinations;employee benefits enrollment;leave of absence and accommodation requests;grievances and disciplinary actions;personnel records and transactions;eligible lists and certifications|principles and practices of public sector human resources administration;merit system rules and equal employment opportunity laws;classification, compensation and testing methods;labor relations and memoranda of understanding|conduct job analyses and salary surveys;interpret personnel rules and agreements;handle sensitive matters with tact and discretion||Personnel Analyst|6600",
        "Human Resources Technician|Human Resources Support||TO|human resources or business administration|7|confidential|applications and applicant inquiries;examination schedules;personnel action forms;employee records;benefit enrollment forms;recruitment advertising|personnel records procedures;applicant screening practices;confidentiality requirements for employee records|process personnel transactions accurately;screen applications against minimum qualifications;maintain strict confidentiality||Personnel Clerk|4700",
        "Utility Worker|Utility Operations|,Water Distribution,Wastewater Collection,Meter|NF||8|trades|water mains, valves and hydrants;sewer lines and lift stations;water meters and service connections;leak detection surveys;excavations and trench shoring;backflow prevention devices;underground utility locates|water distribution and wastewater collection systems;excavation and trench safety requirements;operation of construction equipment;confined space entry procedures|operate heavy equipment safely;locate and repair underground facilities;respond to emergencies at any hour|Possession of a Water Distribution Operator Grade D2 certificate issued by the State Water Resources Control Board within 18 months of appointment.|Water Service Worker|4600",
        "Customer Service Representative|Customer Service|,Utility Billing,Tax,Permit|NO||*|general|customer inquiries and complaints;service orders and account changes;payments and refunds;billing adjustments;telephone and counter service;customer correspondence;payment arrangements|customer service practices and telephone etiquette;cash handling and receipting procedures;billing and account maintenance systems|deal tactfully with upset customers;explain rules and procedures clearly;handle cash and payments accurately||Cashier Clerk|4000",
        "Office Assistant|Office Services|,Legal,Records|NO||*|general|correspondence, memoranda and reports;filing and records retention systems;meeting agendas and minutes;calendars and appointments;purchase requisitions and supplies;data entry and spreadsheets;telephone calls and visitors|office procedures and filing systems;word processing and spreadsheet software;business letter writing and formatting|type accurately at 40 words per minute;proofread documents carefully;organize files and records||Clerk Typist|3600",
        "Inspector|Inspection|Building,Electrical,Housing,Construction,Code Enforcement|TF|construction technology, building inspection or a related field|6,1|technical|construction inspections;building plans and permits;code violations and correction notices;inspection reports and records;meetings with contractors, owners and architects;stop-work orders;complaint investigations|building, plumbing, mechanical and electrical codes;construction methods and materials;inspection and enforcement procedures;state and local housing laws|read and interpret plans and specifications;detect code violations and deficiencies;enforce codes firmly and tactfully|Possession of an International Code Council certificate appropriate to the assignment within 12 months of appointment.|Code Compliance Officer|6000",
        "Water Quality Specialist|Water Quality|,Laboratory|PM|chemistry, biology, environmental science or a related field|8|technical|water samples and chain-of-custody records;laboratory analyses and test results;regulatory compliance reports;cross-connection control inspections;consumer confidence reports;water quality complaints;sampling stations and equipment|state and federal drinking water regulations;laboratory methods and quality control procedures;water treatment and distribution processes;sampling techniques and chain-of-custody requirements|perform laboratory tests accurately;interpret analytical results;prepare clear regulatory reports|Possession of a Grade T2 Water Treatment Operator certificate issued by the State Water Resources Control Board within 18 months of appointment.|Laboratory Technician|6200",
        "Treatment Plant Operator|Plant Operations|Water,Wastewater|NF||8|trades|treatment plant processes;pumps, motors and chemical feeders;process control readings and logs;chemical deliveries and inventories;SCADA alarms and control systems;plant equipment preventive maintenance|water and wastewater treatment processes;chemistry and mathematics for plant operation;operation and maintenance of pumps and motors;state operator certification rules|monitor and adjust treatment processes;keep accurate operating records;respond to alarms and emergencies|Possession of a Grade II Treatment Operator certificate issued by the State Water Resources Control Board.|Plant Attendant|5500",
        "Equipment Mechanic|Fleet Services|,Heavy,Small Engine|NF||9,1|trades|diagnostic tests on vehicles and equipment;engines, transmissions and brake systems;preventive maintenance inspections;hydraulic and electrical systems;parts inventory and repair orders;emission inspections;welding and fabrication work|diagnosis and repair of gasoline and diesel engines;hydraulic, electrical and brake systems;shop safety practices and hazardous materials handling;fleet maintenance software|diagnose mechanical problems accurately;use shop tools and testing equipment;keep accurate repair records|Possession of a valid California Class B driver's license and Automotive Service Excellence certification within one year of appointment.|Automotive Mechanic|5400",
        "Park Maintenance Worker|Park Maintenance|,Regional|NF||3|trades|turf, trees and landscaped areas;irrigation systems and controllers;playground equipment and picnic facilities;trails and restrooms;pesticide and herbicide applications;mowers and small engines|horticulture and turf management practices;irrigation system repair;playground safety standards;safe use of pesticides and landscape equipment|operate landscape equipment safely;identify common plants, pests and diseases;work outdoors in all weather|Possession of a Qualified Applicator Certificate issued by the California Department of Pesticide Regulation within one year of appointment.|Gardener|4000",
        "Buyer|Purchasing|,Contracts,Construction|PO|business, public administration or a related field|9|professional|requisitions and purchase orders;requests for proposals and bids;vendor contracts and insurance certificates;cooperative purchasing agreements;surplus property sales;contract compliance|public purchasing laws and procedures;contract administration practices;market research and price analysis methods|evaluate bids and proposals objectively;negotiate with vendors;draft clear specifications and contract terms||Purchasing Agent|5600",
        "Management Analyst|Administrative Services||PO|public administration, business administration or a related field|*|professional|budget proposals and forecasts;policy and procedure analyses;agenda items for the Board of Supervisors;performance measures;grant applications;program evaluations;service contracts|public administration and budgeting principles;research, statistical and analytical methods;program evaluation and performance measurement;grant administration requirements|analyze operational and fiscal problems and recommend solutions;prepare clear reports and presentations;coordinate work among several departments||Administrative Analyst|6300")
        .map(DemoCatalogWriter::family).toArray(Family[]::new);

    private static Family family(String row) {
        String[] c = row.split("\\|", -1);
        String[] departments = c[5].equals("*") ? DEPARTMENTS
                : Arrays.stream(c[5].split(",")).map(i -> DEPARTMENTS[Integer.parseInt(i)]).toArray(String[]::new);
        return new Family(c[0], c[1], c[2].split(",", -1), c[3].charAt(0), c[3].charAt(1), c[4], departments, c[6],
                c[7].split(";"), c[8].split(";"), c[9].split(";"), c[10], c[11], Integer.parseInt(c[12]));
    }
}
