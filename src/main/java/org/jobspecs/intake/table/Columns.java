package org.jobspecs.intake.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a sheet holds what: header names are compared with case, spaces and
 * punctuation ignored ("Job Code", "JOB_CODE" and "jobcode" agree), against the usual names
 * HRIS and payroll exports give them; {@code --map field=Header} names a column outright.
 */
public final class Columns {

    /** The names each field goes by, normalised. */
    static final Map<String, Set<String>> NAMES = Map.of(
            "code", Set.of("code", "jobcode", "classcode", "classificationcode", "classno", "classnumber", "classnbr", "jobclass",
                    "jobclasscode", "jobno", "jobnumber", "jobcd", "classcd", "titlecode"),
            "title", Set.of("title", "jobtitle", "classtitle", "classification", "classificationtitle", "positiontitle", "jobclasstitle",
                    "classname", "jobname", "classificationname", "description", "jobdescription"),
            "department", Set.of("dept", "department", "departmentname", "deptname", "deptdescription", "agency", "division"),
            "unit", Set.of("union", "bargainingunit", "unit", "repunit", "bargainingcode", "unitcode", "bargunit", "bu", "unioncode",
                    "representationunit", "unioncd", "bargainingunitcode", "bargaininggroup", "employeegroup"),
            "flsa", Set.of("flsa", "flsastatus", "exempt", "flsaexempt", "exemptstatus", "flsacode", "overtime", "otstatus", "flsaexemption", "exemptyn", "exemptyesno", "flsaen", "flsaexemptyn", "exemptnonexempt"),
            "series", Set.of("series", "classseries", "jobseries", "jobfamily", "classfamily", "occupationalseries"),
            "range", Set.of("range", "rangeno", "rangenumber", "salaryrange", "payrange", "grade", "salarygrade", "paygrade", "rng"),
            "time_base", Set.of("timebase", "basis", "paybasis", "payperiod", "period", "frequency", "payfrequency", "rateunit", "per", "ratetype"));

    private Columns() {
    }

    /** A header name as compared: lower case, letters and digits only. */
    public static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** The field a header names, given the {@code --map} overrides (field → header). */
    static Optional<String> field(String header, Map<String, String> map, Set<String> fields) {
        return field(header, map, fields, NAMES);
    }

    /** The field a header names among the given names of each field (another kind of table's, e.g. a job board's). */
    static Optional<String> field(String header, Map<String, String> map, Set<String> fields, Map<String, Set<String>> names) {
        String n = normal(header);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> m : map.entrySet()) {
            if (normal(m.getValue()).equals(n)) {
                return Optional.of(m.getKey());
            }
        }
        for (String f : fields) {
            if (!map.containsKey(f) && names.getOrDefault(f, Set.of()).contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The columns of a header row that name the given fields: field → column index, first wins. */
    static Map<String, Integer> of(List<String> header, Map<String, String> map, Set<String> fields) {
        return of(header, map, fields, NAMES);
    }

    /** {@link #of(List, Map, Set)} with the given names of each field. */
    static Map<String, Integer> of(List<String> header, Map<String, String> map, Set<String> fields, Map<String, Set<String>> names) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            field(header.get(c), map, fields, names).ifPresent(f -> found.putIfAbsent(f, column));
        }
        return found;
    }

    /**
     * Parses {@code --map code=JobCode,title="Job Title"}: field → header name. Unknown fields are
     * returned under the key "?" with the text, for the caller to report.
     */
    public static Map<String, String> parseMap(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String option : options) {
            for (String pair : option.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    map.put("?", pair);
                    continue;
                }
                String field = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
                String header = pair.substring(eq + 1).strip().replaceAll("^\"|\"$", "");
                map.put(field, header);
            }
        }
        return map;
    }
}
