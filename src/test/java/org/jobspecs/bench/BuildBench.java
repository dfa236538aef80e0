package org.jobspecs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole-process build benchmark behind {@code scripts/bench.sh}: builds demo catalogs of several
 * sizes with jobspecs (cold JVM, through its launcher), with stock JBake 2.7.0 ({@code Oven.bake()},
 * bench/jbake-stock) and with Hugo followed by Pagefind, and prints Markdown tables with medians,
 * ratios and PASS/FAIL for the targets of issues 15 and 6. Progress goes to stderr, the report to stdout
 * and to {@code WORK/bench.md}.
 *
 * <p>Every run is a fresh process on an empty output folder; the sources stay in the page cache
 * (one untimed warm-up build per size reads them first). Wall time is measured around the process,
 * peak memory is {@code /usr/bin/time -v}'s maximum resident set size, step times come from
 * {@code jobspecs build --timings=json}.
 */
public final class BuildBench {

    private static final PrintStream LOG = System.err;

    private Path root, work, app, jbakeJar, pagefind;
    private String hugo = "hugo";
    private List<Integer> sizes = List.of(1, 300, 2000, 10000);
    private int runs = 5, jbakeRuns = 3, jbakeMax = 2000;
    private LocalDate date = LocalDate.of(2026, 1, 1);
    private boolean peers = true;
    /** Issue 14: catalogs where a third of the classes have two or three earlier versions (jobspecs only). */
    private boolean versions = false;
    /**
     * Issue 13's budget: a snapshot of the build of an earlier revision (its launcher, jar and
     * templates), run at 2,000 classes on a catalog its own generator writes, interleaved with this
     * build's runs; null when not asked for.
     */
    private Path budgetApp;
    private String budgetRev = "";
    /** The 2,000-class build must stay within this factor of the earlier revision's. */
    static final double BUDGET = 1.10;
    static final int BUDGET_SIZE = 2000;

    /** One timed process: wall time, peak RSS, and what it printed. */
    record Run(double seconds, long rssKb, double cpu, String out, int exit) {}

    /** A size's results; NaN where not measured. */
    static final class Result {
        int size, pages, htmlPages;
        long bytes, files;
        double wall = Double.NaN, rssMb = Double.NaN, jbake = Double.NaN, jbakeRssMb = Double.NaN, hugo = Double.NaN,
                pagefind = Double.NaN, hugoPagefind = Double.NaN, peerRssMb = Double.NaN, heapPeakMb = Double.NaN, xmx1gWall = Double.NaN,
                cpu = Double.NaN, hugoPagefindCpu = Double.NaN;
        double budgetWall = Double.NaN, budgetCpu = Double.NaN, budgetRssMb = Double.NaN;
        boolean jbakeExtrapolated, xmx1gOk;
        int jbakeHtml, hugoHtml;
        Map<String, Double> steps = new LinkedHashMap<>();
        List<Double> walls = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        BuildBench b = new BuildBench();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : "";
            switch (a) {
                case "--root" -> { b.root = Path.of(v); i++; }
                case "--work" -> { b.work = Path.of(v); i++; }
                case "--app" -> { b.app = Path.of(v); i++; }
                case "--jbake-jar" -> { b.jbakeJar = Path.of(v); i++; }
                case "--pagefind" -> { b.pagefind = Path.of(v); i++; }
                case "--hugo" -> { b.hugo = v; i++; }
                case "--sizes" -> { b.sizes = Arrays.stream(v.split(",")).map(String::trim).map(Integer::parseInt).toList(); i++; }
                case "--runs" -> { b.runs = Integer.parseInt(v); i++; }
                case "--jbake-runs" -> { b.jbakeRuns = Integer.parseInt(v); i++; }
                case "--jbake-max" -> { b.jbakeMax = Integer.parseInt(v); i++; }
                case "--date" -> { b.date = LocalDate.parse(v); i++; }
                case "--no-peers" -> b.peers = false;
                case "--budget" -> { b.budgetRev = v; i++; }
                case "--budget-app" -> { b.budgetApp = Path.of(v); i++; }
                case "--versions" -> {
                    b.versions = true;
                    b.peers = false;
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        System.exit(b.run());
    }

    private String loadAtStart;

    private int run() throws Exception {
        loadAtStart = load();
        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            results.add(measure(n));
        }
        extrapolateJBake(results);
        String report = report(results);
        System.out.print(report);
        Files.writeString(work.resolve("bench.md"), report);
        return report.contains("FAIL") ? 1 : 0;
    }

    private Result measure(int n) throws Exception {
        Result r = new Result();
        r.size = n;
        Path catalog = work.resolve("catalogs/c" + n + (versions ? "-versions" : ""));
        if (!Files.exists(catalog.resolve(".complete"))) {
            deleteTree(catalog);
            LOG.printf("[bench] %,d classes: writing the demo catalog%n", n);
            List<String> write = new ArrayList<>(List.of(app.resolve("jobspecs").toString(), "demo-catalog", "--classes", String.valueOf(n),
                    "--out", catalog.toString()));
            if (versions) {
                write.add("--versions");
            }
            check(exec(write, Map.of()));
            Files.writeString(catalog.resolve(".complete"), "");
        }
        // Every run writes a new folder; they are deleted after the size's runs (on a file system that
        // discards freed blocks, deleting thousands of files right before a run slows the run down).
        clean();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        List<Double> rss = new ArrayList<>(), cpu = new ArrayList<>();
        // One untimed build reads the sources into the page cache.
        check(exec(build(catalog, fresh("jobspecs-" + n)), Map.of()));
        Path budgetCatalog = budgetApp != null && n == BUDGET_SIZE ? budgetCatalog(n) : null;
        List<Double> budgetWalls = new ArrayList<>(), budgetCpu = new ArrayList<>(), budgetRss = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < runs; i++) {
            if (budgetCatalog != null) { // the earlier revision's run first, then this build's: interleaved
                Run before = check(exec(List.of(budgetApp.resolve("jobspecs").toString(), "build", "--source", budgetCatalog.toString(),
                        "--out", fresh("budget-" + n).toString(), "--date", date.toString()), Map.of()));
                budgetWalls.add(before.seconds());
                budgetCpu.add(before.cpu());
                budgetRss.add(before.rssKb() / 1024.0);
                LOG.printf("[bench] %,d classes: %s run %d/%d: %.2f s%n", n, budgetRev, i + 1, runs, before.seconds());
            }
            out = fresh("jobspecs-" + n);
            Run run = check(exec(build(catalog, out), Map.of()));
            r.walls.add(run.seconds());
            rss.add(run.rssKb() / 1024.0);
            cpu.add(run.cpu());
            String json = run.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
            r.pages = (int) number(json, "pages");
            Matcher m = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(json.substring(json.indexOf("\"steps\"")));
            while (m.find()) {
                steps.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)) / 1000.0);
            }
            LOG.printf("[bench] %,d classes: jobspecs run %d/%d: %.2f s, %.0f MB%n", n, i + 1, runs, run.seconds(), run.rssKb() / 1024.0);
        }
        r.wall = median(r.walls);
        r.rssMb = median(rss);
        r.cpu = median(cpu);
        if (budgetCatalog != null) {
            r.budgetWall = median(budgetWalls);
            r.budgetCpu = median(budgetCpu);
            r.budgetRssMb = median(budgetRss);
        }
        steps.forEach((k, v) -> r.steps.put(k, median(v)));
        long[] size = treeSize(out);
        r.files = size[0];
        r.bytes = size[1];
        r.htmlPages = (int) size[2];
        if (n == sizes.get(sizes.size() - 1)) {
            // The heap bound: the same build with a 1 GB heap, and the heap's peak from the GC log.
            Path gcLog = work.resolve("gc-" + n + ".log");
            Files.deleteIfExists(gcLog);
            Run capped = exec(build(catalog, fresh("jobspecs-" + n)), Map.of("JAVA_OPTS", "-Xmx1g -Xlog:gc:file=" + gcLog));
            r.xmx1gOk = capped.exit() == 0;
            r.xmx1gWall = capped.seconds();
            r.heapPeakMb = heapPeak(gcLog);
            LOG.printf("[bench] %,d classes: jobspecs with -Xmx1g: %s, %.2f s, heap peak %.0f MB%n", n, r.xmx1gOk ? "ok" : "FAILED",
                    capped.seconds(), r.heapPeakMb);
        }
        if (peers) {
            Path jbakeSrc = work.resolve("peers/jbake-" + n), hugoSrc = work.resolve("peers/hugo-" + n);
            deleteTree(jbakeSrc);
            deleteTree(hugoSrc);
            new PeerSources(catalog, date).writeJBake(root.resolve("bench/jbake-stock"), jbakeSrc);
            new PeerSources(catalog, date).writeHugo(root.resolve("bench/hugo"), hugoSrc);
            if (n <= jbakeMax && jbakeJar != null) {
                Path jout = null;
                List<Double> t = new ArrayList<>(), mem = new ArrayList<>();
                for (int i = 0; i < jbakeRuns; i++) {
                    jout = fresh("jbake-" + n);
                    Run run = check(exec(List.of("java", "-jar", jbakeJar.toString(), jbakeSrc.toString(), jout.toString()), Map.of()));
                    t.add(run.seconds());
                    mem.add(run.rssKb() / 1024.0);
                    LOG.printf("[bench] %,d classes: stock JBake run %d/%d: %.2f s%n", n, i + 1, jbakeRuns, run.seconds());
                }
                r.jbake = median(t);
                r.jbakeRssMb = median(mem);
                r.jbakeHtml = (int) treeSize(jout)[2];
            }
            Path hout = null;
            List<Double> th = new ArrayList<>(), tp = new ArrayList<>(), sum = new ArrayList<>(), mem = new ArrayList<>(), pcpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                hout = fresh("hugo-" + n);
                Run h = check(exec(List.of(hugo, "--quiet", "--source", hugoSrc.toString(), "--destination", hout.toString()), Map.of()));
                Run p = check(exec(List.of(pagefind.toString(), "--site", hout.toString(), "--silent"), Map.of()));
                th.add(h.seconds());
                tp.add(p.seconds());
                sum.add(h.seconds() + p.seconds());
                pcpu.add(h.cpu() + p.cpu());
                mem.add(Math.max(h.rssKb(), p.rssKb()) / 1024.0);
                LOG.printf("[bench] %,d classes: Hugo %.2f s + Pagefind %.2f s (run %d/%d)%n", n, h.seconds(), p.seconds(), i + 1, runs);
            }
            r.hugo = median(th);
            r.pagefind = median(tp);
            r.hugoPagefind = median(sum);
            r.hugoPagefindCpu = median(pcpu);
            r.peerRssMb = median(mem);
            r.hugoHtml = (int) treeSize(hout)[2];
        }
        clean();
        return r;
    }

    /** The earlier revision's demo catalog of {@code n} classes, written by its own generator (once). */
    private Path budgetCatalog(int n) throws Exception {
        Path catalog = work.resolve("catalogs/c" + n + "-" + budgetApp.getParent().getFileName());
        if (!Files.exists(catalog.resolve(".complete"))) {
            deleteTree(catalog);
            LOG.printf("[bench] %,d classes: writing %s's demo catalog%n", n, budgetRev);
            check(exec(List.of(budgetApp.resolve("jobspecs").toString(), "demo-catalog", "--classes", String.valueOf(n), "--out",
                    catalog.toString()), Map.of()));
            Files.writeString(catalog.resolve(".complete"), "");
        }
        check(exec(List.of(budgetApp.resolve("jobspecs").toString(), "build", "--source", catalog.toString(), "--out",
                fresh("budget-" + n).toString(), "--date", date.toString()), Map.of())); // untimed: the page cache
        return catalog;
    }

    private int outputs;

    /** A new, not yet existing output folder. */
    private Path fresh(String name) {
        return work.resolve("out/" + name + "-" + (++outputs));
    }

    private List<String> build(Path catalog, Path out) {
        return List.of(app.resolve("jobspecs").toString(), "build", "--source", catalog.toString(), "--out", out.toString(),
                "--date", date.toString(), "--timings=json");
    }

    /** Deletes every output folder, then lets the file system settle (sync) before the next timed run. */
    private void clean() throws IOException, InterruptedException {
        LOG.println("[bench] deleting outputs");
        deleteTree(work.resolve("out"));
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Thread.sleep(2000);
    }

    /**
     * Stock JBake at sizes above --jbake-max: t(n) = a + b·n + c·n² (its render is quadratic) by least
     * squares through the measured sizes, with b and c kept non-negative (a noisy small size must not
     * bend the curve down): when the full fit has a negative term, t(n) = a + c·n² is fitted instead.
     */
    private void extrapolateJBake(List<Result> results) {
        List<Result> measured = results.stream().filter(r -> !Double.isNaN(r.jbake)).toList();
        if (measured.size() < 2 || !peers) {
            return;
        }
        double[] n = measured.stream().mapToDouble(r -> r.size).toArray();
        double[] t = measured.stream().mapToDouble(r -> r.jbake).toArray();
        jbakeFit = fit(n, t);
        for (Result r : results) {
            if (Double.isNaN(r.jbake)) {
                r.jbake = jbakeFit[0] + jbakeFit[1] * r.size + jbakeFit[2] * r.size * (double) r.size;
                r.jbakeExtrapolated = true;
            }
        }
    }

    private double[] jbakeFit;

    /** {a, b, c} of t = a + b·n + c·n² with b, c ≥ 0 (b = 0 when the full fit would bend down), least squares. */
    public static double[] fit(double[] n, double[] t) {
        double[] best = null;
        double bestError = Double.MAX_VALUE;
        for (boolean[] use : new boolean[][] {{true, true}, {false, true}}) {
            if ((use[0] && use[1]) && n.length < 3) {
                continue;
            }
            int k = 1 + (use[0] ? 1 : 0) + (use[1] ? 1 : 0);
            double[][] m = new double[k][k + 1];
            for (int p = 0; p < n.length; p++) {
                double[] x = new double[k];
                int j = 0;
                x[j++] = 1;
                if (use[0]) {
                    x[j++] = n[p];
                }
                if (use[1]) {
                    x[j++] = n[p] * n[p];
                }
                for (int r = 0; r < k; r++) {
                    for (int c = 0; c < k; c++) {
                        m[r][c] += x[r] * x[c];
                    }
                    m[r][k] += x[r] * t[p];
                }
            }
            double[] x = solve(m);
            double[] abc = {x[0], use[0] ? x[1] : 0, use[1] ? x[use[0] ? 2 : 1] : 0};
            if (abc[1] < 0 || abc[2] < 0) {
                continue;
            }
            double error = 0;
            for (int p = 0; p < n.length; p++) {
                double d = abc[0] + abc[1] * n[p] + abc[2] * n[p] * n[p] - t[p];
                error += d * d;
            }
            if (error < bestError) {
                bestError = error;
                best = abc;
            }
        }
        return best;
    }

    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) {
                if (Math.abs(m[i][p]) > Math.abs(m[max][p])) {
                    max = i;
                }
            }
            double[] t = m[p]; m[p] = m[max]; m[max] = t;
            for (int i = p + 1; i < n; i++) {
                double f = m[i][p] / m[p][p];
                for (int j = p; j <= n; j++) {
                    m[i][j] -= f * m[p][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    private String report(List<Result> results) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        String load = load();
        b.append(String.format(Locale.ROOT, "%n## Build benchmark (%s)%n%n", LocalDate.now()));
        if (versions) {
            b.append("Catalogs written with `demo-catalog --versions`: a third of the classes have two or three earlier versions (issue 14).\n\n");
        }
        b.append(String.format(Locale.ROOT, "%d cores (nproc), load average (1, 5, 15 min) at the start %s, at the end %s; jobspecs %d cold runs per size, Hugo + Pagefind %d, stock JBake %d; medians.%n%n",
                Runtime.getRuntime().availableProcessors(), loadAtStart, load, runs, runs, jbakeRuns));
        b.append("### jobspecs\n\n");
        List<String> stepNames = new ArrayList<>();
        results.forEach(r -> r.steps.keySet().forEach(k -> { if (!stepNames.contains(k)) stepNames.add(k); }));
        b.append("| classes | wall | min–max | CPU (user+sys) | files rendered | pages/s | peak RSS | output | ");
        stepNames.forEach(s -> b.append(s).append(" | "));
        b.append("\n|---:|---:|---:|---:|---:|---:|---:|---:|");
        stepNames.forEach(s -> b.append("---:|"));
        b.append('\n');
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f–%.2f | %.2f s | %,d | %,.0f | %.0f MB | %.1f MB, %,d files | ", r.size, r.wall,
                    r.walls.stream().mapToDouble(d -> d).min().orElse(0), r.walls.stream().mapToDouble(d -> d).max().orElse(0), r.cpu,
                    r.pages, r.pages / r.wall, r.rssMb, r.bytes / 1e6, r.files));
            stepNames.forEach(s -> b.append(r.steps.containsKey(s) ? String.format(Locale.ROOT, "%.2f", r.steps.get(s)) : "").append(" | "));
            b.append('\n');
        }
        b.append("\nSteps are the build's own times in seconds (`--timings=json`); `index` runs beside `render` and `links`, so steps add up to more than the wall time, which includes JVM start.\n");
        if (peers) {
            b.append("\n### Side by side (wall time of a cold process; ratios are jobspecs / peer, below 1 means jobspecs is faster)\n\n");
            b.append("| classes | jobspecs | stock JBake | Hugo | Pagefind | Hugo + Pagefind | jobspecs / (Hugo + Pagefind) | jobspecs / Hugo | jobspecs / JBake | CPU: jobspecs, Hugo + Pagefind | HTML pages: jobspecs, Hugo, JBake | peak RSS: jobspecs, Hugo or Pagefind, JBake |\n");
            b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : results) {
                b.append(String.format(Locale.ROOT, "| %,d | %.2f s | %s | %.2f s | %.2f s | %.2f s | %.2f | %.2f | %s | %.1f s, %.1f s | %,d, %,d, %s | %.0f, %.0f, %s MB |%n",
                        r.size, r.wall, Double.isNaN(r.jbake) ? "–" : String.format(Locale.ROOT, "%.1f s%s", r.jbake, r.jbakeExtrapolated ? " (extrapolated)" : ""),
                        r.hugo, r.pagefind, r.hugoPagefind, r.wall / r.hugoPagefind, r.wall / r.hugo,
                        Double.isNaN(r.jbake) ? "–" : String.format(Locale.ROOT, "%.3f%s", r.wall / r.jbake, r.jbakeExtrapolated ? " (extrapolated)" : ""),
                        r.cpu, r.hugoPagefindCpu, r.htmlPages, r.hugoHtml, r.jbakeExtrapolated || Double.isNaN(r.jbake) ? "–" : String.format("%,d", r.jbakeHtml),
                        r.rssMb, r.peerRssMb, Double.isNaN(r.jbakeRssMb) ? "–" : String.format(Locale.ROOT, "%.0f", r.jbakeRssMb)));
            }
            if (results.stream().anyMatch(r -> r.jbakeExtrapolated)) {
                b.append(String.format(Locale.ROOT, "%nStock JBake was measured up to %,d classes; larger sizes are **extrapolated** from a least-squares fit "
                        + "t(n) = %.3g + %.3g·n + %.3g·n² s through the measured sizes (b, c ≥ 0; its render step re-reads every document for each document).%n",
                        jbakeMax, jbakeFit[0], jbakeFit[1], jbakeFit[2]));
            }
            b.append("\njobspecs builds more than the peers (department, series, salary, unit and archive pages, redirects, open data, sitemap, "
                    + "its search export) and checks every internal link; Hugo and JBake build the class pages and the A–Z listing, Pagefind indexes the class pages.\n");
        }
        Result one = find(results, 1), r300 = find(results, 300), r2k = find(results, 2000), r10k = find(results, 10000),
                r100k = find(results, 100000);
        b.append("\n### Targets (issue 15)\n\n");
        if (one != null) {
            target(b, one.wall <= 0.4, String.format(Locale.ROOT, "1 class within 0.4 s: %.2f s", one.wall));
        }
        if (r300 != null && peers) {
            target(b, r300.wall / r300.hugoPagefind <= 1.0, String.format(Locale.ROOT,
                    "300 classes no slower than Hugo + Pagefind: %.2f s / %.2f s = %.2f (≤ 1.0)", r300.wall, r300.hugoPagefind,
                    r300.wall / r300.hugoPagefind));
        }
        if (r10k != null) {
            if (peers) {
                target(b, r10k.wall / r10k.hugo <= 1.0, String.format(Locale.ROOT,
                        "10,000 classes no slower than Hugo alone: %.2f s / %.2f s = %.2f (≤ 1.0)", r10k.wall, r10k.hugo, r10k.wall / r10k.hugo));
            }
            target(b, r10k.rssMb <= 512, String.format(Locale.ROOT, "10,000 classes within 512 MB peak RSS (default settings): %.0f MB",
                    r10k.rssMb));
        }
        if (r100k != null && r10k != null && one != null) {
            double per10k = (r10k.wall - one.wall) / 10000 * 1000, per100k = (r100k.wall - one.wall) / 100000 * 1000;
            target(b, r100k.xmx1gOk && per100k <= 1.25 * per10k, String.format(Locale.ROOT,
                    "100,000 classes build with -Xmx1g (%s, %.1f s, heap peak %.0f MB) and stay linear: %.3f ms per class against %.3f at 10,000 (%.2f×, ≤ 1.25)",
                    r100k.xmx1gOk ? "exit 0" : "failed", r100k.xmx1gWall, r100k.heapPeakMb, per100k, per10k, per100k / per10k));
        }
        if (r2k != null && !Double.isNaN(r2k.budgetWall)) {
            b.append("\n### Issue 13's budget\n\n");
            target(b, r2k.wall <= BUDGET * r2k.budgetWall, String.format(Locale.ROOT,
                    "2,000 classes within %.0f %% of %s (its own demo catalog; runs interleaved): %.2f s / %.2f s = %.2f (≤ %.2f); CPU %.2f s / %.2f s = %.2f; peak RSS %.0f / %.0f MB",
                    (BUDGET - 1) * 100, budgetRev, r2k.wall, r2k.budgetWall, r2k.wall / r2k.budgetWall, BUDGET, r2k.cpu, r2k.budgetCpu,
                    r2k.cpu / r2k.budgetCpu, r2k.rssMb, r2k.budgetRssMb));
        }
        b.append("\n### Targets (issue 6)\n\n");
        if (r300 != null) {
            target(b, r300.wall < 2.0, String.format(Locale.ROOT, "300 classes under 2 s: %.2f s", r300.wall));
        }
        if (r10k != null) {
            if (peers) {
                target(b, r10k.wall / r10k.hugoPagefind <= 0.5, String.format(Locale.ROOT,
                        "10,000 classes at least twice as fast as Hugo + Pagefind: %.2f s / %.2f s = %.2f (≤ 0.5)",
                        r10k.wall, r10k.hugoPagefind, r10k.wall / r10k.hugoPagefind));
            }
            Result capped = r100k != null ? null : r10k;
            if (capped != null) {
                target(b, capped.xmx1gOk && capped.heapPeakMb < 1024, String.format(Locale.ROOT,
                        "10,000 classes under 1 GB of heap: built with -Xmx1g (%s, %.2f s), heap peak %.0f MB", capped.xmx1gOk ? "exit 0" : "failed",
                        capped.xmx1gWall, capped.heapPeakMb));
            }
        }
        if (one != null && r2k != null && r10k != null) {
            double per2k = (r2k.wall - one.wall) / 2000 * 1000, per10k = (r10k.wall - one.wall) / 10000 * 1000;
            target(b, per10k <= 1.25 * per2k, String.format(Locale.ROOT,
                    "linear: (T(10,000) − T(1)) / 10,000 = %.3f ms per class within 1.25× of (T(2,000) − T(1)) / 2,000 = %.3f ms per class: %.2f×",
                    per10k, per2k, per10k / per2k));
        }
        return b.toString();
    }

    private static String load() throws IOException {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
    }

    private static void target(StringBuilder b, boolean pass, String text) {
        b.append(pass ? "- PASS " : "- FAIL ").append(text).append('\n');
    }

    private static Result find(List<Result> results, int n) {
        return results.stream().filter(r -> r.size == n).findFirst().orElse(null);
    }

    private static double heapPeak(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return Double.NaN;
        }
        double peak = 0;
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Double.parseDouble(m.group(1)));
        }
        return peak;
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(d -> d).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private Run check(Run run) {
        if (run.exit() != 0) {
            throw new IllegalStateException("exit " + run.exit() + ":\n" + run.out());
        }
        return run;
    }

    /** Runs a command under /usr/bin/time -v; output and error together. */
    private Run exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path timeFile = Files.createTempFile(work, "time-", ".txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String time = Files.readString(timeFile);
        Files.delete(timeFile);
        Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(time);
        long rss = m.find() ? Long.parseLong(m.group(1)) : -1;
        double cpu = 0;
        Matcher t = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)").matcher(time);
        while (t.find()) {
            cpu += Double.parseDouble(t.group(1));
        }
        return new Run(seconds, rss, cpu, out, exit);
    }

    /** files, bytes, HTML files. */
    private static long[] treeSize(Path dir) throws IOException {
        long[] s = new long[3];
        if (!Files.exists(dir)) {
            return s;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                s[0]++;
                s[1] += p.toFile().length();
                if (p.toString().endsWith(".html")) {
                    s[2]++;
                }
            });
        }
        return s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
        }
    }
}
