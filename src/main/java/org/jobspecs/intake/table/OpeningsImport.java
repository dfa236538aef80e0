package org.jobspecs.intake.table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.intake.DataFile;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.Dates;
import org.jobspecs.spec.ClassCode;

/**
 * A job board's export of postings (issue 13: {@code import --openings}) into rows of
 * {@code data/openings.csv}. Reads the columns such exports name — the NYC Jobs postings dataset's
 * "Job ID", "Business Title", "Civil Service Title", "Title Code No", "Posting Date" and "Post Until";
 * NEOGOV-style "Job Number", "Job Title", "Class Title", "Opening Date" and "Closing Date" (with
 * "Continuous") — or those {@code --map} names. Each posting is matched to a class of
 * {@code data/classes.csv} by its class code, else by its exact class title (case and punctuation
 * ignored), else by its posting title; a posting matching no class is reported with what to do and
 * left out. A posting listed twice (an export's internal and external rows) is imported once. Rows
 * with a date that cannot be read, a closing date before the opening date or no usable link are
 * errors, and with any error nothing is written. A posting already in {@code data/openings.csv}
 * (same class and link) is updated; rows of postings the export does not list are kept, and drop
 * out of the site by their closing dates.
 */
final class OpeningsImport {

    static final String KIND = "job postings";
    static final List<String> COLUMNS = List.of("code", "title", "link", "opens", "closes");
    static final Set<String> FIELDS = Set.of("id", "code", "class_title", "title", "link", "opens", "closes");
    private static final List<String> ORDER = List.of("id", "code", "class_title", "title", "link", "opens", "closes");

    /** The names each field goes by in job board exports, normalised ({@link Columns#normal}). */
    static final Map<String, Set<String>> NAMES = Map.of(
            "id", Set.of("jobid", "jobnumber", "jobno", "postingid", "postingnumber", "jobpostingid", "requisitionid",
                    "requisitionnumber", "reqid", "jobopeningid", "recruitmentnumber", "announcementnumber", "bulletinnumber", "id"),
            "code", Set.of("titlecodeno", "titlecode", "titlecodenumber", "classcode", "jobcode", "classificationcode", "classno",
                    "classnumber", "classnbr", "jobclass", "jobclasscode", "classspeccode", "code"),
            "class_title", Set.of("civilservicetitle", "classtitle", "classification", "classificationtitle", "classspec",
                    "classspecification", "jobclasstitle", "classname"),
            "title", Set.of("businesstitle", "jobtitle", "postingtitle", "title", "positiontitle", "workingtitle", "jobpostingtitle"),
            "link", Set.of("url", "link", "joburl", "postingurl", "applyurl", "applicationurl", "jobpostingurl", "joblink",
                    "postinglink", "applylink", "jobpostinglink"),
            "opens", Set.of("postingdate", "openingdate", "opendate", "dateopened", "dateposted", "posteddate", "postdate",
                    "startdate", "opens", "opened", "postingstartdate"),
            "closes", Set.of("postuntil", "closingdate", "closedate", "dateclosed", "deadline", "applyby", "filingdeadline",
                    "finalfilingdate", "applicationdeadline", "enddate", "closes", "postingenddate", "expirationdate"));

    /** A closing date that means "open until filled". */
    private static final Pattern CONTINUOUS = Pattern.compile("(?i)(continuous(ly)?( recruitment)?|(open )?until filled|open|ongoing)");
    /** A time after a date: "2019-06-24T00:00:00.000", "12/05/2026 12:00 AM". */
    private static final Pattern TIME = Pattern.compile("(?i)(?:T|\\s+)\\d{1,2}:\\d{2}.*$");
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

    private OpeningsImport() {
    }

    /** The header row: the first of the first 30 rows naming a class (code or title) and a date column. */
    static Optional<Integer> headerRow(Grid grid, Map<String, String> map) {
        for (int r = 0; r < Math.min(30, grid.rows().size()); r++) {
            Map<String, Integer> found = Columns.of(grid.rows().get(r), map, FIELDS, NAMES);
            boolean names = found.containsKey("code") || found.containsKey("class_title") || found.containsKey("title");
            if (names && (found.containsKey("opens") || found.containsKey("closes"))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A posting read from the export, matched to a class. */
    private record Posting(String where, String code, String title, String link, LocalDate opens, LocalDate closes) { }

    static TableResult run(String file, List<Grid> grids, TableOptions options) {
        Problems problems = new Problems();
        Location at = Location.file(file);
        Register register = Register.load(options.data().resolve("classes.csv"));
        List<String> columnLines = new ArrayList<>();
        List<Posting> postings = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        Set<String> unmatchedIds = new java.util.HashSet<>();
        int duplicates = 0;
        Map<String, String> seen = new HashMap<>();
        for (Grid grid : grids) {
            Optional<Integer> header = headerRow(grid, options.map());
            if (header.isEmpty()) {
                continue;
            }
            int h = header.get();
            Map<String, Integer> columns = Columns.of(grid.rows().get(h), options.map(), FIELDS, NAMES);
            columnLines.add(columnLine(grid, h, columns));
            if (!columns.containsKey("link") && (options.link() == null || !columns.containsKey("id"))) {
                problems.error(at, grid.where(h) + ": " + (options.link() == null ? "no column gives the postings' links"
                                : "--link needs the postings' ids, and no column gives them"),
                        options.link() == null
                                ? "give --link \"https://…/{id}\" (a posting's address, with {id} where its job id goes), or name the link column with --map link=\"Its Header\""
                                : "name the id column with --map id=\"Its Header\"");
                continue;
            }
            for (int r = h + 1; r < grid.rows().size(); r++) {
                if (grid.blank(r)) {
                    continue;
                }
                String where = grid.where(r);
                Map<String, String> v = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    v.put(c.getKey(), grid.cell(r, c.getValue()));
                }
                String title = !v.getOrDefault("title", "").isEmpty() ? v.get("title") : v.getOrDefault("class_title", "");
                Optional<String> code = register.match(v.getOrDefault("code", ""), v.getOrDefault("class_title", ""), v.getOrDefault("title", ""));
                if (code.isEmpty()) {
                    if (!unmatchedIds.add(v.getOrDefault("id", "").isEmpty() ? where : v.get("id"))) {
                        continue; // the same posting again (internal and external): reported once
                    }
                    unmatched.add(where + " \"" + title + "\"" + (v.getOrDefault("code", "").isEmpty() ? "" : " (code " + v.get("code") + ")"));
                    continue;
                }
                String link = link(v, options.link());
                boolean ok = true;
                if (!WEB.matcher(link).matches()) {
                    problems.error(at, where + ": the link \"" + link + "\" of posting \"" + title + "\" is not a web address",
                            "correct it in the export, or give --link \"https://…/{id}\"");
                    ok = false;
                }
                LocalDate opens = date(v.getOrDefault("opens", ""));
                if (opens == null) {
                    problems.error(at, where + ": posting \"" + title + "\" has " + (v.getOrDefault("opens", "").isEmpty()
                            ? "no opening date" : "an opening date that is not a date: \"" + v.get("opens") + "\""),
                            "give the first day applications are taken, e.g. 2026-12-01 or 12/1/2026"
                                    + (columns.containsKey("opens") ? "" : ", or name the column with --map opens=\"Its Header\""));
                    ok = false;
                }
                String closesCell = v.getOrDefault("closes", "");
                LocalDate closes = null;
                if (!closesCell.isEmpty() && !CONTINUOUS.matcher(closesCell).matches()) {
                    closes = date(closesCell);
                    if (closes == null) {
                        problems.error(at, where + ": posting \"" + title + "\" has a closing date that is not a date: \"" + closesCell + "\"",
                                "write the last day applications are taken, e.g. 2027-01-15, or Continuous");
                        ok = false;
                    }
                }
                if (opens != null && closes != null && closes.isBefore(opens)) {
                    problems.error(at, where + ": posting \"" + title + "\" closes (" + closes + ") before it opens (" + opens + ")",
                            "correct the dates in the export");
                    ok = false;
                }
                if (!ok) {
                    continue;
                }
                String key = new ClassCode(code.get()).key() + "\u0000" + link;
                if (seen.putIfAbsent(key, where) != null) {
                    duplicates++;
                    continue;
                }
                postings.add(new Posting(where, code.get(), title, link, opens, closes));
            }
        }
        if (columnLines.isEmpty()) {
            problems.error(at, "no sheet has a header row naming a class (code or title) and a posting or closing date",
                    "name the columns with --map code=\"Its Header\",opens=\"Its Header\",closes=\"Its Header\"");
            return new TableResult(file, KIND, List.of(), List.of(), problems.sorted());
        }
        if (!unmatched.isEmpty()) {
            problems.notice(at, unmatched.size() + (unmatched.size() == 1 ? " posting matches" : " postings match")
                            + " no class of data/classes.csv by code or title, so " + (unmatched.size() == 1 ? "it is" : "they are")
                            + " not imported: " + String.join("; ", unmatched.stream().limit(20).toList())
                            + (unmatched.size() > 20 ? "; … (" + unmatched.size() + " in all)" : ""),
                    "add the class to data/classes.csv (import the class list), or give the class code in the export's code column"
                            + " (or name it with --map code=\"Its Header\")");
        }
        DataFile target = DataFile.load(options.data().resolve("openings.csv"), COLUMNS);
        Map<String, List<String>> existing = new HashMap<>();
        for (List<String> row : target.rows) {
            String c = target.get(row, "code");
            if (ClassCode.isSafe(c)) {
                existing.put(new ClassCode(c).key() + "\u0000" + target.get(row, "link"), row);
            }
        }
        List<String> actions = new ArrayList<>();
        for (Posting p : postings) {
            String key = new ClassCode(p.code()).key() + "\u0000" + p.link();
            List<String> row = existing.get(key);
            List<String> values = List.of(p.code(), p.title(), p.link(), p.opens().toString(), p.closes() == null ? "continuous" : p.closes().toString());
            String verb;
            if (row == null) {
                row = target.newRow();
                existing.put(key, row);
                verb = "added";
            } else {
                boolean same = true;
                for (int i = 0; i < COLUMNS.size(); i++) {
                    same &= target.get(row, COLUMNS.get(i)).equals(values.get(i));
                }
                verb = same ? "unchanged" : "updated";
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                target.set(row, COLUMNS.get(i), values.get(i));
            }
            actions.add(p.where() + ": class " + p.code() + " \"" + p.title() + "\", " + p.opens() + " to "
                    + (p.closes() == null ? "continuous" : p.closes()) + " → data/openings.csv: " + verb);
        }
        if (duplicates > 0) {
            actions.add(duplicates + (duplicates == 1 ? " row repeats a posting" : " rows repeat postings")
                    + " listed above (e.g. its internal and external listing): imported once");
        }
        if (!problems.hasErrors() && !options.dryRun() && !postings.isEmpty()) {
            target.save();
        }
        return new TableResult(file, KIND, columnLines, actions, problems.sorted());
    }

    private static String columnLine(Grid grid, int h, Map<String, Integer> columns) {
        StringBuilder line = new StringBuilder(grid.where(h)).append(':');
        for (String f : ORDER) {
            if (columns.containsKey(f)) {
                line.append(' ').append(ClassListImport.letter(columns.get(f))).append(" \"").append(grid.cell(h, columns.get(f)))
                        .append("\" → ").append(f).append(',');
            }
        }
        line.setLength(line.length() - 1);
        List<String> absent = ORDER.stream().filter(f -> !columns.containsKey(f)).toList();
        if (!absent.isEmpty()) {
            line.append("; no column for ").append(String.join(", ", absent));
        }
        return line.toString();
    }

    /** The posting's link: its link cell, else the {@code --link} address with its id. */
    private static String link(Map<String, String> v, String template) {
        String link = v.getOrDefault("link", "");
        if (!link.isEmpty() || template == null) {
            return link;
        }
        String id = v.getOrDefault("id", "");
        return id.isEmpty() ? "" : template.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** A date as exports write it, with any time of day dropped; null when empty or not a date. */
    static LocalDate date(String cell) {
        String d = TIME.matcher(cell.strip()).replaceFirst("");
        return d.isEmpty() ? null : Dates.loose(d).orElse(null);
    }

    /** The classes of {@code data/classes.csv}: by code key, and by title (case and punctuation ignored). */
    private record Register(Map<String, String> byCode, Map<String, String> byTitle) {

        static Register load(java.nio.file.Path file) {
            DataFile classes = DataFile.load(file, DataFile.REGISTER_COLUMNS);
            Map<String, String> byCode = new HashMap<>();
            Map<String, String> byTitle = new HashMap<>();
            for (List<String> row : classes.rows) {
                String code = classes.get(row, "code");
                if (ClassCode.isSafe(code) && !"abolished".equalsIgnoreCase(classes.get(row, "status"))) {
                    byCode.put(new ClassCode(code).key(), code);
                    byTitle.putIfAbsent(DataFile.key(classes.get(row, "title")), code);
                }
            }
            return new Register(byCode, byTitle);
        }

        /** The register's code for a posting: by its code, else its class title, else its posting title. */
        Optional<String> match(String code, String classTitle, String title) {
            if (ClassCode.isSafe(code) && byCode.containsKey(new ClassCode(code).key())) {
                return Optional.of(byCode.get(new ClassCode(code).key()));
            }
            for (String t : List.of(classTitle, title)) {
                if (!t.isEmpty() && byTitle.containsKey(DataFile.key(t))) {
                    return Optional.of(byTitle.get(DataFile.key(t)));
                }
            }
            return Optional.empty();
        }
    }
}
