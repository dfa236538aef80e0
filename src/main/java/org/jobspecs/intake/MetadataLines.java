package org.jobspecs.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.source.Dates;

/**
 * Recognises metadata lines: "Class Code: 4410", "Code No. 7565", "FLSA: Non-Exempt",
 * "Bargaining Unit: …", "Salary Range: …", "Approved by Civil Service Board: March 3, 2024",
 * "Class History: Established 5/12/2003; Revised 9/2/2021". A line may hold several such fields
 * separated by wide gaps ("Class Code: 4410     FLSA: Exempt").
 */
final class MetadataLines {

    /** The labels of metadata lines, as group 1 of {@link #FIELD}. */
    private static final String LABELS = "(class\\s+title|job\\s+title|title|working\\s+title|position\\s+title|classification\\s+title|"
            + "(?:position|classification|job)\\s*/\\s*(?:classification|working|position)\\s+title|"
            + "official\\s+title|classification|office/department|class\\s+codes?|job\\s+codes?|code\\s+no\\.?|class\\s+no\\.?|class\\s+number|"
            + "department|division|bargaining\\s+unit|representation\\s+unit|unit|union|(?:union|bargaining|unit)\\s+code|"
            + "flsa(?:\\s+status)?|overtime\\s+status|"
            + "salary(?:\\s+range)?|pay\\s+range|compensation|approved\\s+by\\s+[^:]{2,60}|approved|adopted|date\\s+adopted|"
            + "board\\s+approval|established|revised|last\\s+revised|class\\s+history|history|"
            + "(?:established|revision|revised|adoption|adopted|approval|approved)\\s+dates?|"
            + "date\\s+(?:established|revised|approved|of\\s+revision)|last\\s+(?:revised|updated|reviewed)\\s+date|"
            + "job\\s+id|posting\\s+(?:number|no\\.?)|job\\s+(?:number|posting)|requisition(?:\\s+number)?|position\\s+(?:number|no\\.?)|(?:sap\\s+)?job\\s+id)";
    /** A class code on a line of its own, with a letter prefix: "GS-0301", "(HRO-21)". */
    private static final Pattern CODE_ALONE = Pattern.compile("\\s*\\(?([A-Z]{1,4}-\\d{2,6}[A-Z]?)\\)?\\s*");
    /** A job posting's own number, no class code: "Job#12575", "Req #4411". */
    private static final Pattern POSTING = Pattern.compile("(?i)\\s*(?:job|posting|req(?:uisition)?)\\s*#\\s*[A-Z0-9-]{2,12}\\s*");
    private static final Pattern FIELD = Pattern.compile("(?i)\\s*" + LABELS + "\\s*[:#]\\s*(.*)");
    /** Where a second field starts inside a line without a wide gap before it ("TITLE: CLERK CLASSIFICATION: HRO18"). */
    private static final Pattern NEXT_FIELD = Pattern.compile("(?i)\\s+(?=" + LABELS + "\\s*:\\s)");
    /** A label whose value is on the next line: "Class Code:" then "04512". */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)\\s*" + LABELS + "\\s*[:#]\\s*");
    /**
     * A page footer (or header) repeating the class: "HVAC Technician II - Class No. 004512 - Union Code: 521",
     * "Accountant | Class Code: 1234", "Registrar of Voters (Class No. 002163) Union Code:EM".
     */
    private static final Pattern FOOTER = Pattern.compile(
            "(?i)\\s*(.{3,100}?)\\s*(?:[-–—|,]\\s*|\\(\\s*)(?:class|job)\\s*(?:no\\.?|number|code|#)\\s*[:#.]?\\s*([A-Z0-9][A-Z0-9-]{0,11})"
            + "\\s*\\)?\\s*(?:[-–—|,]?\\s*(.*))?");
    /** "Code No. 7565", "Class Code 4410" without a colon. */
    private static final Pattern CODE_NO_COLON = Pattern.compile("(?i)\\s*(?:class\\s+code|job\\s+code|code\\s+no\\.?|class\\s+no\\.?)\\s+([A-Z0-9][A-Z0-9-]{1,9})\\s*");
    private static final Pattern CODE_VALUE = Pattern.compile("[A-Za-z]{0,3}\\d[A-Za-z0-9-]{0,9}");
    private static final Pattern GAP = Pattern.compile("\\s*\\n\\s*|\\s{3,}|\\t+| \\| ");
    static final Pattern DATE = Pattern.compile(
            "(?i)(\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    static final Pattern AGENCY = Pattern.compile("(?i)\\s*(?:City and County|City|County|State|Town|Village|Borough|Township|Commonwealth) of \\p{Lu}[\\p{L} .'-]{1,60}"
            + "|\\s*[\\p{Lu}][\\p{L}.' -]{1,50} (?:Water|Sanitation|Transit|Fire|Park|Utility|School|Irrigation|Hospital) (?:District|Authority)\\s*"
            + "|\\s*(?:The )?(?:Office|Department|Division|Bureau|Ministry|Commission|University|School|College|Center|Centre|Institute)"
            + " (?:of|for) (?:the )?\\p{Lu}[\\p{L} .'&-]{1,60}"
            + "|\\s*(?:The )?\\p{Lu}[\\p{L}.' &-]{1,60} (?:University|College|Museum|Survey|Center|Centre|Institute|Laboratory)"
            + "(?: \\(\\p{Lu}[\\p{L}]{1,9}\\))?\\s*");
    private MetadataLines() {
    }

    /** The fields of one line, or empty when the line is not (only) metadata. */
    static List<Found> fields(String line, String where) {
        List<Found> found = new ArrayList<>();
        if (line.length() > 240) {
            return found;
        }
        Matcher alone = CODE_ALONE.matcher(line);
        if (alone.matches()) {
            found.add(new Found("code", alone.group(1), line.strip(), where));
            return found;
        }
        if (POSTING.matcher(line).matches()) {
            found.add(new Found("posting", line.strip(), line.strip(), where));
            return found;
        }
        Matcher bare = CODE_NO_COLON.matcher(line);
        if (bare.matches()) {
            found.add(new Found("code", bare.group(1), line.strip(), where));
            return found;
        }
        String spaced = line.strip();
        int colon = spaced.indexOf(':');
        if (colon > 0 && FIELD.matcher(spaced).matches()) {
            spaced = spaced.substring(0, colon + 1) + NEXT_FIELD.matcher(spaced.substring(colon + 1)).replaceAll("   ");
        }
        for (String part : GAP.split(spaced)) {
            Matcher m = FIELD.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            String label = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (label.startsWith("approved by ")) {
                label = "approved by " + m.group(1).strip().substring("approved by".length()).strip().replaceAll("\\s+", " ");
            }
            String value = m.group(2).strip();
            Optional<Found> f = field(label, value, part.strip(), where);
            if (f.isEmpty()) {
                return List.of();
            }
            found.add(f.get());
        }
        return found;
    }

    /**
     * The fields of a form laid out as a table in a spec's head: a row of labels over a row of
     * values ("Classification | Office/Department" / "Chief Counsel | Office of Data"), or cells
     * "Label:" followed by their value. Labels no field stands for are kept as "form" fields, for
     * the report. Empty when the table is not such a form (no label names a known field).
     */
    static List<Found> form(List<List<String>> cells, String where) {
        List<String[]> byRow = labelColumn(cells);
        List<String[]> byColumn = labelRow(cells);
        // a table is read the way that names more known fields: labels down the left, or across the top
        List<String[]> pairs = known(byRow, where) >= known(byColumn, where) ? byRow : byColumn;
        List<Found> found = new ArrayList<>();
        boolean known = false;
        for (String[] pair : pairs) {
            String label = pair[0].strip();
            String value = pair[1].strip();
            if (label.isEmpty() && value.isEmpty()) {
                continue;
            }
            if (label.split("\\s+").length > 6) {
                return List.of();
            }
            String text = value.isEmpty() ? label : label + ": " + value;
            List<Found> f = value.isEmpty() ? List.of() : fields(text, where);
            known |= !f.isEmpty();
            found.addAll(f.isEmpty() ? List.of(new Found("form", text, text, where)) : f);
        }
        return known ? found : List.of();
    }

    /** A postal address: "401 I Street Suite 200, Sacramento, California 95814", "675 Belleville St, Victoria, BC V8W 9W2". */
    private static final Pattern ADDRESS = Pattern.compile("\\s*\\d{1,6}\\s+\\p{L}[\\p{L}\\d .,'#&-]{3,90}?[ ,]\\s*(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)\\s*");
    /** Form check boxes: "☐ Current ☒ Proposed". */
    private static final Pattern CHECK_BOXES = Pattern.compile(".*[☐☑☒□■].*");

    /** The agency's postal address, or a line of form check boxes: kept for the report as a "form" field when in a spec's head. */
    static boolean isFormLine(String line) {
        return line.length() <= 120 && (ADDRESS.matcher(line).matches() || CHECK_BOXES.matcher(line).matches());
    }

    /** Pairs of a table with its labels down the left ("Class Title | Clerk" / "Class Code | 1001"), or cells "Label:" and their values. */
    private static List<String[]> labelColumn(List<List<String>> cells) {
        List<String[]> pairs = new ArrayList<>();
        // cells holding their label over their value ("Position Title" / "Director"): each cell is a pair of its own
        boolean stacked = cells.stream().flatMap(List::stream).anyMatch(c -> c.strip().contains("\n"));
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).strip();
                String[] lines = cell.split("\\s*\\n\\s*", 2);
                if (stacked) {
                    pairs.add(lines.length == 2 ? new String[] {lines[0].replaceAll(":\\s*$", ""), lines[1]} : new String[] {cell, ""});
                    continue;
                }
                boolean label = cell.endsWith(":") || row.size() == 2 && c == 0 && cell.split("\\s+").length <= 4 && !cell.matches(".*:\\s*\\S.*");
                if (label) {
                    pairs.add(new String[] {cell.replaceAll(":\\s*$", ""), c + 1 < row.size() ? row.get(++c) : ""});
                } else if (!cell.isEmpty()) {
                    pairs.add(new String[] {cell, ""});
                }
            }
        }
        return pairs;
    }

    /** Pairs of a table of two rows, its labels across the top ("Classification | Office" / "Chief Counsel | ODI"). */
    private static List<String[]> labelRow(List<List<String>> cells) {
        List<String[]> pairs = new ArrayList<>();
        if (cells.size() == 2) {
            for (int c = 0; c < cells.get(0).size(); c++) {
                pairs.add(new String[] {cells.get(0).get(c), c < cells.get(1).size() ? cells.get(1).get(c) : ""});
            }
        }
        return pairs;
    }

    private static int known(List<String[]> pairs, String where) {
        int n = 0;
        for (String[] pair : pairs) {
            n += !pair[1].isBlank() && !fields(pair[0].strip() + ": " + pair[1].strip(), where).isEmpty() ? 1 : 0;
        }
        return n;
    }

    /** Whether the line is a metadata label alone, its value being on the next line. */
    static boolean isLabelOnly(String line) {
        return line.length() <= 40 && LABEL_ONLY.matcher(line).matches();
    }

    /**
     * A footer line that repeats the spec's title with its class number (and often a union code):
     * its fields (a code, and those of the rest of the line), or empty. When the title is known the
     * footer must repeat it.
     */
    static List<Found> footer(String line, String title, String where) {
        Matcher m = FOOTER.matcher(line);
        if (line.length() > 200 || !m.matches() || !CODE_VALUE.matcher(m.group(2)).matches()) {
            return List.of();
        }
        if (title != null && !Words.of(m.group(1)).equals(Words.of(title))) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        found.add(new Found("footer.code", m.group(2), line.strip(), where));
        found.add(new Found("footer.title", m.group(1).strip(), line.strip(), where));
        if (m.group(3) != null && !m.group(3).isBlank()) {
            List<Found> rest = fields(m.group(3).replaceAll("\\s*[-–—|,]\\s+", "   "), where);
            if (rest.isEmpty()) {
                return List.of();
            }
            rest.forEach(f -> found.add(new Found(f.key(), f.value(), line.strip(), where)));
        }
        return found;
    }

    private static Optional<Found> field(String label, String value, String text, String where) {
        String key;
        if (label.equals("classification")) {
            key = CODE_VALUE.matcher(value).matches() ? "code" : "title"; // "Classification: HRO18" or "Classification: Chief Counsel"
        } else if (label.endsWith("title")) {
            key = "title";
        } else if (label.matches("(?:union|bargaining|unit) code")) {
            key = "unit";
        } else if (label.contains("code") || label.startsWith("class no") || label.equals("class number")) {
            key = "code";
            if (!CODE_VALUE.matcher(value).lookingAt()) {
                return Optional.empty();
            }
        } else if (label.equals("department") || label.equals("division") || label.equals("office/department")) {
            key = "department";
        } else if (label.contains("unit") || label.startsWith("union") || label.startsWith("bargaining")) {
            key = "unit";
        } else if (label.startsWith("flsa") || label.startsWith("overtime")) {
            key = "flsa";
            value = flsa(value);
        } else if (label.startsWith("salary") || label.startsWith("pay") || label.equals("compensation")) {
            key = "salary";
        } else if (label.matches("job id|posting.*|job (?:number|posting)|requisition.*|position (?:number|no\\.?)")) {
            key = "posting"; // the posting's or position's own number, reported: a class has a class code
        } else if (label.startsWith("approved by ")) {
            key = "approved.by:" + label.substring("approved by ".length()).strip();
        } else {
            key = "dates";
        }
        if (value.isEmpty() && !key.startsWith("approved.by:")) {
            return Optional.empty();
        }
        return Optional.of(new Found(key, value, text, where));
    }

    static String flsa(String value) {
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.startsWith("non") || v.equals("covered") || v.equals("eligible")) {
            return "Non-exempt";
        }
        return v.startsWith("exempt") ? "Exempt" : value;
    }

    /** The dates in a text, in the order written ("Established 5/12/2003; Revised 9/2/2021"). */
    static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Dates.loose(m.group(1).replace(".", "").replaceAll(",?\\s+", " ").replaceFirst("(\\d) (\\d{4})$", "$1, $2"))
                    .ifPresent(dates::add);
        }
        return dates;
    }

    /** "City of Alder Bay", "TOWN OF DUNMORE", "County of Brennan – Human Resources": an agency, perhaps with its department. */
    static boolean isAgency(String line) {
        if (line.length() > 80) {
            return false;
        }
        if (AGENCY.matcher(line).matches()) {
            return true;
        }
        String[] parts = line.split("\\s+[–—-]\\s+|\\s*[,|]\\s*", 2);
        return parts.length == 2 && AGENCY.matcher(parts[0]).matches() && parts[1].split("\\s+").length <= 5;
    }
}
