package org.jobspecs.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Converts a jobspecs source folder (as {@code demo-catalog} writes it) into the same classes as
 * sources of the peers the build benchmark compares with: a stock JBake project (content files with
 * JBake headers plus {@code bench/jbake-stock/templates/}) and a Hugo project (content files with
 * JSON front matter plus {@code bench/hugo/}). Both show, per class, what a jobspecs class page
 * shows from the sources (title, code, department, unit, FLSA status, series, approval, pay line and
 * steps in force, every section of the spec, the career path in its series, the approval history)
 * and an A–Z listing of every current class; the values that jobspecs derives from its data files
 * are precomputed here, so that neither peer needs a data lookup per page.
 *
 * <pre>java … org.jobspecs.bench.PeerSources SOURCE BENCH_DIR OUT_JBAKE OUT_HUGO YYYY-MM-DD</pre>
 */
public final class PeerSources {

    record Cls(String code, String title, String department, String unit, String flsa, String series, int level,
               boolean abolished, String approved, String history, String body) {}

    record PayLine(String line, List<String> steps) {}

    private final Path source;
    private final LocalDate asOf;
    private final List<Cls> classes = new ArrayList<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, String> seriesTitles = new HashMap<>();
    private final Map<String, PayLine> pay = new HashMap<>();
    private final Map<String, List<Cls>> seriesMembers = new HashMap<>();

    public PeerSources(Path source, LocalDate asOf) throws IOException {
        this.source = source;
        this.asOf = asOf;
        read();
    }

    public static void main(String[] args) throws IOException {
        PeerSources peers = new PeerSources(Path.of(args[0]), LocalDate.parse(args[4]));
        Path bench = Path.of(args[1]);
        peers.writeJBake(bench.resolve("jbake-stock"), Path.of(args[2]));
        peers.writeHugo(bench.resolve("hugo"), Path.of(args[3]));
    }

    public int size() {
        return classes.size();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private void read() throws IOException {
        Path data = source.resolve("data");
        for (CSVRecord r : csv(data.resolve("units.csv"))) {
            unitNames.put(r.get("id"), r.get("name"));
        }
        for (CSVRecord r : csv(data.resolve("series.csv"))) {
            seriesTitles.put(r.get("id"), r.get("title"));
        }
        // The schedule in force on asOf: the latest that took effect on or before it.
        String inForce = null;
        LocalDate latest = null;
        Map<String, String> scheduleTitles = new HashMap<>();
        for (CSVRecord r : csv(data.resolve("schedules.csv"))) {
            LocalDate effective = LocalDate.parse(r.get("effective"));
            scheduleTitles.put(r.get("id"), r.get("title") + ", effective " + effective);
            if (!effective.isAfter(asOf) && (latest == null || effective.isAfter(latest))) {
                latest = effective;
                inForce = r.get("id");
            }
        }
        DecimalFormat money = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        for (CSVRecord r : csv(data.resolve("pay.csv"))) {
            if (!r.get("schedule").equals(inForce)) {
                continue;
            }
            List<String> steps = new ArrayList<>();
            if (!r.get("steps").isBlank()) {
                for (String s : r.get("steps").split(";")) {
                    steps.add(money.format(Double.parseDouble(s.trim())));
                }
            }
            String min = r.get("minimum").isBlank() ? steps.get(0) : money.format(Double.parseDouble(r.get("minimum")));
            String max = r.get("maximum").isBlank() ? steps.get(steps.size() - 1) : money.format(Double.parseDouble(r.get("maximum")));
            pay.put(r.get("code"), new PayLine(min + "–" + max + " " + r.get("time_base") + ", " + scheduleTitles.get(inForce), steps));
        }
        Map<String, CSVRecord> register = new HashMap<>();
        for (CSVRecord r : csv(data.resolve("classes.csv"))) {
            register.put(r.get("code"), r);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(source.resolve("content"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            int end = text.indexOf("\n~~~~~~\n");
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : text.substring(0, end).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    header.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            CSVRecord reg = register.get(header.get("code"));
            String series = reg.get("series");
            Cls c = new Cls(reg.get("code"), reg.get("title"), reg.get("department"), unitNames.get(reg.get("unit")),
                    reg.get("flsa"), series.isEmpty() ? "" : seriesTitles.get(series),
                    reg.get("level").isEmpty() ? 0 : Integer.parseInt(reg.get("level")),
                    reg.get("status").equals("abolished"), header.getOrDefault("approved", ""),
                    header.getOrDefault("history", ""), approvedText(text.substring(end + 8)));
            classes.add(c);
            if (!series.isEmpty()) {
                seriesMembers.computeIfAbsent(series, k -> new ArrayList<>()).add(c);
            }
        }
        seriesMembers.values().forEach(l -> l.sort(Comparator.comparingInt(Cls::level).thenComparing(Cls::code)));
    }

    /** The approved text of a redlined body, as jobspecs shows it in the sections: deletions dropped, insertions kept as text. */
    static String approvedText(String body) {
        return body.replaceAll("~~[^~\\n]*~~", "").replaceAll("\\[([^\\]\\n]*)\\]\\(#\\)", "$1");
    }

    private Map<Cls, List<String[]>> careers() {
        Map<Cls, List<String[]>> out = new HashMap<>();
        for (List<Cls> members : seriesMembers.values()) {
            for (Cls c : members) {
                List<String[]> others = new ArrayList<>();
                for (Cls m : members) {
                    if (m != c) {
                        others.add(new String[] {m.code(), m.title()});
                    }
                }
                out.put(c, others);
            }
        }
        return out;
    }

    private static String letter(Cls c) {
        return c.title().substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** A stock JBake project: jbake.properties, templates/ from {@code templates}, content/classes/CODE.md. */
    public void writeJBake(Path templates, Path out) throws IOException {
        Files.createDirectories(out.resolve("content/classes"));
        copyTree(templates.resolve("templates"), out.resolve("templates"));
        Files.copy(templates.resolve("jbake.properties"), out.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Map<Cls, List<String[]>> careers = careers();
        for (Cls c : classes) {
            StringBuilder h = new StringBuilder();
            h.append("title=").append(c.title()).append('\n');
            h.append("type=spec\nstatus=published\n");
            if (!c.approved().isEmpty()) {
                h.append("date=").append(c.approved()).append('\n');
            }
            h.append("code=").append(c.code()).append('\n');
            h.append("letter=").append(letter(c)).append('\n');
            h.append("department=").append(c.department()).append('\n');
            h.append("unit=").append(c.unit()).append('\n');
            h.append("flsa=").append(c.flsa()).append('\n');
            h.append("classstatus=").append(c.abolished() ? "abolished" : "current").append('\n');
            h.append("series=").append(c.series()).append('\n');
            PayLine p = pay.get(c.code());
            h.append("pay=").append(p == null ? "" : p.line()).append('\n');
            h.append("steps=").append(p == null ? "" : String.join(";", p.steps())).append('\n');
            h.append("history=").append(c.history()).append('\n');
            StringBuilder career = new StringBuilder();
            for (String[] m : careers.getOrDefault(c, List.of())) {
                career.append(career.length() == 0 ? "" : ";").append(m[0]).append('|').append(m[1]);
            }
            h.append("career=").append(career).append('\n');
            h.append("~~~~~~\n\n");
            Files.writeString(out.resolve("content/classes/" + c.code() + ".md"), h + c.body());
        }
    }

    /** A Hugo project: config.toml and layouts/ from {@code hugo}, content/classes/CODE.md with JSON front matter. */
    public void writeHugo(Path hugo, Path out) throws IOException {
        Files.createDirectories(out.resolve("content/classes"));
        copyTree(hugo.resolve("layouts"), out.resolve("layouts"));
        Files.copy(hugo.resolve("config.toml"), out.resolve("config.toml"), StandardCopyOption.REPLACE_EXISTING);
        Map<Cls, List<String[]>> careers = careers();
        for (Cls c : classes) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("title", c.title());
            if (!c.approved().isEmpty()) {
                fm.put("date", c.approved());
            }
            fm.put("code", c.code());
            fm.put("letter", letter(c));
            fm.put("department", c.department());
            fm.put("unit", c.unit());
            fm.put("flsa", c.flsa());
            fm.put("classstatus", c.abolished() ? "abolished" : "current");
            fm.put("series", c.series());
            PayLine p = pay.get(c.code());
            fm.put("pay", p == null ? "" : p.line());
            fm.put("steps", p == null ? List.of() : p.steps());
            fm.put("history", c.history().isEmpty() ? List.of() : List.of(c.history().split("; *")));
            List<Object> career = new ArrayList<>();
            for (String[] m : careers.getOrDefault(c, List.of())) {
                career.add(Map.of("code", m[0], "title", m[1]));
            }
            fm.put("career", career);
            Files.writeString(out.resolve("content/classes/" + c.code() + ".md"), json(fm) + "\n\n" + c.body());
        }
        // The A–Z listing is the home page (layouts/index.html); it lists the section's pages.
        Files.writeString(out.resolve("content/_index.md"), "{\"title\": \"All classes, A to Z\"}\n");
    }

    private static String json(Object o) {
        if (o instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
                }
            }
            return b.append('"').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (Object e : l) {
                b.append(b.length() == 1 ? "" : ", ").append(json(e));
            }
            return b.append(']').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                b.append(b.length() == 1 ? "" : ", ").append(json(e.getKey())).append(": ").append(json(e.getValue()));
            }
            return b.append('}').toString();
        }
        return String.valueOf(o);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
