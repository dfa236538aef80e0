package org.jobspecs.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Problems;
import org.jobspecs.search.SearchHit;
import org.jobspecs.search.SearchIndex;
import org.jobspecs.search.Searcher;
import org.jobspecs.testing.FixtureSite;
import org.jobspecs.testing.NodeScript;

/**
 * Issue 11, "Measure it": the judged query set (src/test/resources/search-judgements/) run through
 * the browser client as a visitor gets it (assets/js/search-core.js under Node.js over the built
 * static export), with the Java {@link Searcher} beside it for comparison. Per site: precision@5
 * and "found at all", a Markdown table written to target/judged-queries.md.
 *
 * <p>Definitions. For a query with relevant set R (|R| &gt; 0) and the list L the visitor can reach:
 * precision@5 = |R ∩ top 5 of L| / min(5, |R|); found at all = R ⊆ L. For a query with no relevant
 * class (R empty): both are 1 when L is empty, else 0. The site's figures are the mean of precision@5
 * and the number of queries found at all.
 *
 * <p>Run: {@code mvn -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.jobspecs.bench.JudgedQueries}
 * (cp.txt from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}); or run
 * {@code JudgedQueriesTest}, which prints the same table.
 */
public final class JudgedQueries {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    /** The seed of the 2,000-class catalog: the default of {@code demo-catalog}, as RankingParityTest uses. */
    public static final long SEED = 42;
    public static final int CLASSES = 2000;

    /**
     * The ONE place that calls the client. Assumes (search-core.js and search.js as of issue 11's
     * start): {@code Search.open(fetchJson)}; {@code search.query(text, {prefix: false})} answers
     * {@code {code, ranked: [{doc, score}], terms, didYouMean}} with ranked holding every matching
     * document; {@code search.documents(docs)} gives rows whose [0] is the class code; and the page
     * (search.js) shows the code hit first, then ranked, cut to its first PAGE_SIZE (10) with no
     * way to see more. {@link #REACHABLE} models that cut; since the results page has pages (issue
     * 11) every result is reachable and it is Integer.MAX_VALUE. The answer also carries
     * {@code suggestion} and {@code anyWord} now; {@code didYouMean} is a correction the results are for.
     * The script returns, per query, the reachable codes in order, the total the page announces,
     * and the correction shown.
     */
    static final String CLIENT = """
            import { readFileSync, writeFileSync } from 'node:fs';
            import { join } from 'node:path';
            import { Search } from './search-core.js';
            const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
            const search = await Search.open(async (path) => JSON.parse(readFileSync(join(input.dir, path), 'utf8')));
            const out = [];
            for (const q of input.queries) {
              const answer = await search.query(q, { prefix: false });
              const ranked = answer.code >= 0
                ? [{ doc: answer.code }, ...answer.ranked.filter((r) => r.doc !== answer.code)] : answer.ranked;
              const reach = ranked.slice(0, input.reachable);
              const rows = await search.documents(reach.map((r) => r.doc));
              out.push({ codes: rows.map((row) => row[0]), total: ranked.length, didYouMean: answer.didYouMean });
            }
            writeFileSync(process.argv[3], JSON.stringify(out));
            """;
    /** What a visitor can reach on the results page: every result, by its pages (issue 11). See {@link #CLIENT}. */
    static final int REACHABLE = Integer.MAX_VALUE;

    public record Judgement(String query, Set<String> relevant, String rule, String why) {}

    public record Outcome(Judgement j, List<String> reachable, int total, String didYouMean, List<String> lucene) {
        public double precisionAt5() {
            if (j.relevant.isEmpty()) {
                return reachable.isEmpty() ? 1 : 0;
            }
            long hits = reachable.stream().limit(5).filter(j.relevant::contains).count();
            return (double) hits / Math.min(5, j.relevant.size());
        }

        public boolean foundAll() {
            return j.relevant.isEmpty() ? reachable.isEmpty() : reachable.containsAll(j.relevant);
        }

        public boolean luceneFoundAll() {
            return j.relevant.isEmpty() ? lucene.isEmpty() : lucene.containsAll(j.relevant);
        }

        public boolean passes() {
            return precisionAt5() >= 0.8 && foundAll();
        }

        public String describe() {
            List<String> missing = j.relevant.stream().filter(c -> !reachable.contains(c)).toList();
            return String.format(Locale.ROOT, "\"%s\": expected %s (%d); got top 5 %s of %d reachable / %d announced%s;"
                            + " P@5 %.2f; %s",
                    j.query, j.rule.isEmpty() ? "nothing" : j.rule, j.relevant.size(), reachable.stream().limit(5).toList(),
                    reachable.size(), total, didYouMean == null ? "" : ", corrected to \"" + didYouMean + "\"",
                    precisionAt5(), j.relevant.isEmpty() ? (reachable.isEmpty() ? "nothing returned" : "should return nothing")
                            : missing.isEmpty() ? "all found" : missing.size() + " not reachable, e.g. " + missing.stream().limit(5).toList());
        }
    }

    public record SiteResult(String site, List<Outcome> outcomes) {
        public double meanPrecision() {
            return outcomes.stream().mapToDouble(Outcome::precisionAt5).average().orElse(0);
        }

        public long foundAll() {
            return outcomes.stream().filter(Outcome::foundAll).count();
        }

        public long luceneFoundAll() {
            return outcomes.stream().filter(Outcome::luceneFoundAll).count();
        }

        public List<Outcome> failing() {
            return outcomes.stream().filter(o -> !o.passes()).toList();
        }
    }

    private JudgedQueries() {}

    /** Builds both sites once under tmp and runs every judged query. */
    public static List<SiteResult> run(Path tmp) throws IOException, InterruptedException {
        Path catalog = tmp.resolve("catalog-source");
        new DemoCatalogWriter(CLASSES, SEED).write(catalog, FixtureSite.PROJECT);
        return List.of(site("demo", FixtureSite.PROJECT, "demo.tsv", tmp.resolve("demo")),
                site("catalog of 2,000 classes (seed 42)", catalog, "catalog-2000.tsv", tmp.resolve("catalog")));
    }

    static SiteResult site(String name, Path source, String judgements, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(source, out, DATE));
        if (!report.published()) {
            throw new IllegalStateException(name + " did not build: " + report.problems());
        }
        List<Map<String, String>> classes = readCsv(source.resolve("data/classes.csv"));
        List<Judgement> js = judgements(judgements, classes);
        List<String> queries = js.stream().map(Judgement::query).toList();

        JsonNode node = NodeScript.run(work.resolve("node"), CLIENT,
                Map.of("dir", out.resolve("search").toString(), "queries", queries, "reachable", REACHABLE));

        Problems problems = new Problems();
        List<Outcome> outcomes = new ArrayList<>();
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(source, null, DATE), problems)) {
            Searcher searcher = new Searcher(index);
            for (int i = 0; i < js.size(); i++) {
                JsonNode r = node.get(i);
                List<String> codes = new ArrayList<>();
                r.get("codes").forEach(c -> codes.add(c.asText()));
                List<String> lucene = new ArrayList<>();
                for (SearchHit h : searcher.search(js.get(i).query(), classes.size() + 1)) {
                    lucene.add(h.document().code());
                }
                outcomes.add(new Outcome(js.get(i), codes, r.get("total").asInt(),
                        r.get("didYouMean").isNull() ? null : r.get("didYouMean").asText(), lucene));
            }
        }
        return new SiteResult(name, outcomes);
    }

    /** Reads a judgement file, expanding its rules against the site's classes.csv. */
    static List<Judgement> judgements(String file, List<Map<String, String>> classes) throws IOException {
        List<Judgement> out = new ArrayList<>();
        Set<String> known = new java.util.HashSet<>();
        classes.forEach(c -> known.add(c.get("code")));
        try (var in = JudgedQueries.class.getResourceAsStream("/search-judgements/" + file)) {
            if (in == null) {
                throw new IOException("no judgement file " + file);
            }
            int line = 0;
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                if (f.length != 3) {
                    throw new IOException(file + ":" + line + ": expected 3 tab-separated columns, got " + f.length);
                }
                Set<String> relevant = new LinkedHashSet<>();
                for (String item : f[1].split(";")) {
                    item = item.strip();
                    if (item.isEmpty()) {
                        continue;
                    }
                    Set<String> matched = expand(item, classes);
                    if (matched.isEmpty()) {
                        throw new IOException(file + ":" + line + ": \"" + item + "\" names no class");
                    }
                    relevant.addAll(matched);
                }
                final int at = line;
                relevant.forEach(c -> {
                    if (!known.contains(c)) {
                        throw new IllegalStateException(file + ":" + at + ": no class " + c);
                    }
                });
                out.add(new Judgement(f[0], relevant, f[1], f[2]));
            }
        }
        return out;
    }

    /** The codes an expected item names: a code as it is, or a rule (title~, dept=, unit=, level=) over classes.csv rows. */
    public static Set<String> expand(String item, List<Map<String, String>> classes) {
        Set<String> out = new LinkedHashSet<>();
        if (item.startsWith("title~")) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(item.substring(6)) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            classes.stream().filter(c -> p.matcher(c.get("title")).find()).forEach(c -> out.add(c.get("code")));
        } else if (item.startsWith("dept=") || item.startsWith("unit=") || item.startsWith("level=")) {
            String col = item.startsWith("dept=") ? "department" : item.substring(0, item.indexOf('='));
            String value = item.substring(item.indexOf('=') + 1);
            classes.stream().filter(c -> value.equals(c.get(col))).forEach(c -> out.add(c.get("code")));
        } else {
            out.add(item);
        }
        return out;
    }

    /** A data file's rows as column → value (Apache Commons CSV, as the build reads them). */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The Markdown report: a summary table per site, then every failing query. */
    public static String markdown(List<SiteResult> sites) {
        StringBuilder md = new StringBuilder("# Judged search queries (issue 11)\n\n");
        md.append("Client: assets/js/search-core.js under Node.js over the static export; a visitor reaches ")
                .append(REACHABLE == Integer.MAX_VALUE ? "every result (pages of ten)" : "the first " + REACHABLE + " results").append(".\n")
                .append("P@5 = relevant among the top 5 / min(5, relevant); a query with no relevant class scores 1 when nothing is"
                        + " returned. Found at all = every relevant class is among the reachable results.\n\n")
                .append("| Site | Queries | Mean precision@5 | Found at all | Found at all by Lucene (unlimited) | Passing (P@5 ≥ 0.8 and found) |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (SiteResult s : sites) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %d | %d |%n", s.site(), s.outcomes().size(),
                    s.meanPrecision(), s.foundAll(), s.luceneFoundAll(), s.outcomes().size() - s.failing().size()));
        }
        for (SiteResult s : sites) {
            md.append("\n## Failing on ").append(s.site()).append(" (").append(s.failing().size()).append(")\n\n");
            s.failing().forEach(o -> md.append("- ").append(o.describe().replace("|", "\\|")).append('\n'));
        }
        return md.toString();
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("judged-queries");
        List<SiteResult> sites;
        try {
            sites = run(tmp);
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String md = markdown(sites);
        Path report = Path.of("target/judged-queries.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, md);
        System.out.println(md);
        System.out.println("written to " + report.toAbsolutePath());
    }
}
