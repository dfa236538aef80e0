package org.jobspecs.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jobspecs.serve.StaticServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search size-and-speed benchmark: jobspecs' static search export (search/ of the built site,
 * searched by js/search.js) against Pagefind 1.6 indexing the same built site. Not a unit test:
 * run it with {@code scripts/search-bench.sh}, which builds the generator, installs Pagefind outside
 * the repository and passes the options below.
 *
 * <p>For each catalog (the demo site, {@code demo-catalog --classes 2000 --seed 42} and
 * {@code --classes 10000}):
 * <ol>
 *   <li>builds the site several times with the jobspecs command line and reads the "index" step and
 *       the whole build's time from its summary line (medians);</li>
 *   <li>measures the export: files, raw bytes, bytes as a host serves them, largest file;</li>
 *   <li>runs Pagefind over the class pages of the same site several times (median time) and measures
 *       its bundle the same way;</li>
 *   <li>opens a cold one-word and a cold three-word query in headless Chromium with a fresh profile
 *       per run, for jobspecs' own search page and for a small Pagefind page written into the built
 *       site, and lists every file fetched after the page's HTML until the first results show, with
 *       the bytes a host would serve for it, and the time the query took (median of the runs);</li>
 * </ol>
 * then prints one Markdown table per catalog, the fetched files, and PASS/FAIL for the targets at the
 * largest catalog. The report goes to standard output and to {@code WORK/search-bench.md}; progress to
 * standard error. Exit code 0 when every target passes, 1 when one fails, 2 on a usage error.
 *
 * <p>"Served bytes" (gz): text files (html, css, js, json, svg, xml, txt, csv) gzipped at level 6,
 * as a host compresses them; other files as they are on disk (Pagefind's index, fragments and WASM
 * are gzip files already, and hosts serve them as they are).
 */
public final class SearchBench {

    static final String CHROMIUM = System.getProperty("jobspecs.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("jobspecs.chromedriver", "/usr/bin/chromedriver");
    static final double KB = 1024.0;
    /** Targets, checked at the largest catalog. */
    static final double MAX_ONE_WORD_SHARE = 0.25;
    static final long MAX_FILE_GZ = 50 * 1024;
    static final double MAX_INDEX_SHARE = 0.20;

    /** Where Pagefind writes the test page, inside the built site. */
    static final String PAGEFIND_PAGE = "pagefind-bench/";
    /**
     * What Pagefind indexes: the documents jobspecs indexes. As a site owner would tell it, the main
     * element of each class page carries {@code data-pagefind-body} (added to the benchmark's built copy
     * by {@link #markClassPages}), so Pagefind indexes those and no other page: not the listings, not
     * the redirect pages of former class codes (whose short text would otherwise top its results).
     */
    static final String PAGEFIND_BODY = "data-pagefind-body";

    /**
     * Injected into every page before its own scripts (CDP Page.addScriptToEvaluateOnNewDocument), so
     * both search pages are timed alike without touching their code. It marks "bench:read-url" when
     * the page first reads its query from the address ({@code new URLSearchParams(location.search)},
     * which search.js's readUrl and the Pagefind page do after their modules have loaded), and
     * "bench:results" when the first result item ({@code #results li}) or a status text shows.
     */
    static final String INSTRUMENT = """
            (() => {
              const Params = window.URLSearchParams;
              let read = false;
              window.URLSearchParams = class extends Params {
                constructor(...args) {
                  super(...args);
                  if (!read && args.length && String(args[0]) === location.search) {
                    read = true;
                    performance.mark('bench:read-url');
                  }
                }
              };
              let shown = false;
              const observer = new MutationObserver(() => {
                const status = document.getElementById('search-status');
                if (!shown && (document.querySelector('#results li') || (status && status.textContent.trim()))) {
                  shown = true;
                  performance.mark('bench:results');
                  observer.disconnect();
                }
              });
              observer.observe(document, { childList: true, subtree: true, characterData: true });
            })();
            """;

    /** Read back after the results show: the marks, the clock origin, and what the page shows. */
    static final String READ_MARKS = """
            const mark = (n) => { const e = performance.getEntriesByName(n); return e.length ? e[0].startTime : -1; };
            const nav = performance.getEntriesByType('navigation')[0];
            return {
              readUrl: mark('bench:read-url'), results: mark('bench:results'),
              timeOrigin: performance.timeOrigin, requestStart: nav ? nav.requestStart : 0,
              items: document.querySelectorAll('#results li').length,
              status: (document.getElementById('search-status') || {}).textContent || ''
            };
            """;

    /**
     * The Pagefind test page: the query from the address, {@code pagefind.search(q)}, then the data of
     * the first 10 results (one fragment file each), shown as a list, as Pagefind's UI would show them.
     */
    static final String PAGEFIND_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Pagefind cold query (benchmark)</title><link rel="icon" href="data:,"></head>
            <body>
            <p id="search-status" role="status"></p>
            <ol id="results"></ol>
            <script type="module">
            // Written by org.jobspecs.bench.SearchBench; not part of the site.
            import * as pagefind from '/pagefind/pagefind.js';
            const q = new URLSearchParams(location.search).get('q') || '';
            const search = await pagefind.search(q);
            const shown = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
            document.getElementById('results').replaceChildren(...shown.map((d) => {
              const li = document.createElement('li');
              const a = document.createElement('a');
              a.href = d.url;
              a.textContent = (d.meta && d.meta.title) || d.url;
              const p = document.createElement('p');
              p.innerHTML = d.excerpt; // Pagefind's excerpt carries <mark>
              li.append(a, p);
              return li;
            }));
            document.getElementById('search-status').textContent = `${search.results.length} results for “${q}”`;
            </script>
            </body>
            </html>
            """;

    private static final Set<String> TEXT = Set.of("html", "css", "js", "mjs", "json", "svg", "xml", "txt", "csv");
    private static final Pattern SUMMARY = Pattern.compile("\\bin (\\d+) ms \\((.*)\\)");
    private static final Pattern INDEX_STEP = Pattern.compile("\\bindex (\\d+) ms");
    private static final Pattern RENDER_STEP = Pattern.compile("\\brender (\\d+) ms");
    private static final Pattern LINKS_STEP = Pattern.compile("\\blinks (\\d+) ms");
    private static final Pattern PF_FINISHED = Pattern.compile("Finished in ([\\d.]+) seconds");
    private static final Pattern PF_PAGES = Pattern.compile("Indexed (\\d+) pages");

    // ---- options
    private final Path root;
    private final Path work;
    private final Path jar;
    private final Path pagefind;
    private final List<String> sizes;
    private final int builds;
    private final int pagefindRuns;
    private final int runs;
    private final String date;
    private final String oneWord;
    private final String threeWords;

    private final Map<Path, Long> servedCache = new HashMap<>();
    private String pagefindVersion = "Pagefind";

    // ---- results
    record Catalog(String name, String label, Path source, Path out) {
    }

    /**
     * One jobspecs build: its summary's total, its index step and the render and links steps it runs
     * beside (the index is built on a thread of its own while the pages render and their links are
     * checked), and the process's wall time (JVM start included).
     */
    record Build(long totalMs, long indexMs, long renderMs, long wallMs) {
        /** How long the build waits for the index after rendering and the link check: what the index adds to the build's time. */
        long indexWaitMs() {
            return Math.max(0, indexMs - renderMs);
        }

        /** What the index adds, as a share of the build without it. */
        double addedShare() {
            return (double) indexWaitMs() / Math.max(1, totalMs - indexWaitMs());
        }
    }

    /** One Pagefind run: its own "Finished in" time, the process's wall time, pages indexed. */
    record PagefindRun(double finishedMs, long wallMs, int pages) {
    }

    /** A file of an export: its path in the site, bytes on disk, bytes served. */
    record FileSize(String path, long raw, long served) {
    }

    record Export(List<FileSize> files) {
        long raw() {
            return files.stream().mapToLong(FileSize::raw).sum();
        }

        long served() {
            return files.stream().mapToLong(FileSize::served).sum();
        }

        FileSize largest() {
            return files.stream().max(Comparator.comparingLong(FileSize::served)).orElse(new FileSize("-", 0, 0));
        }
    }

    /** A file the browser fetched: path, kind, bytes served, when it arrived (ms after the page's HTML request). */
    record Fetch(String path, String kind, long served, double atMs, int status) {
        boolean counted() {
            return Set.of("script", "index", "documents", "facets").contains(kind);
        }
    }

    /**
     * One cold query: the counted fetches (scripts, index, documents, facets), the others (style,
     * images, anything after the results showed), the query time (address read → results shown), the
     * results' time after navigation start, the items and status shown.
     */
    record Cold(List<Fetch> counted, List<Fetch> other, double queryMs, double resultsMs, int items, String status) {
        long bytes() {
            return counted.stream().mapToLong(Fetch::served).sum();
        }
    }

    record CatalogResult(Catalog catalog, int classes, List<Build> builds, Export export, Export scripts,
                         List<PagefindRun> pagefindRuns, Export pagefindExport, Map<String, List<Cold>> cold) {
    }

    private SearchBench(Map<String, String> o) {
        root = Path.of(o.get("root")).toAbsolutePath().normalize();
        work = Path.of(o.get("work")).toAbsolutePath().normalize();
        jar = Path.of(o.get("jar")).toAbsolutePath();
        pagefind = Path.of(o.get("pagefind")).toAbsolutePath();
        sizes = List.of(o.get("sizes").split(","));
        builds = Integer.parseInt(o.get("builds"));
        pagefindRuns = Integer.parseInt(o.get("pagefind-runs"));
        runs = Integer.parseInt(o.get("runs"));
        date = o.get("date");
        oneWord = o.get("one");
        threeWords = o.get("three");
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HTTP server (StaticServer, RequestLog) otherwise leaves Nagle's algorithm on, and
        // each response then waits ~40 ms for a delayed ACK: a latency of this test server, not of a host.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("root", ".");
        options.put("work", "/tmp/jobspecs-search-bench");
        options.put("jar", "target/jobspecs.jar");
        options.put("pagefind", "target/bench-tools/node_modules/.bin/pagefind");
        options.put("sizes", "demo,2000,10000");
        options.put("builds", "3");
        options.put("pagefind-runs", "3");
        options.put("runs", "5");
        options.put("date", "2026-11-28");
        options.put("one", "service");
        options.put("three", "customer service representative");
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!options.containsKey(key) || i + 1 >= args.length) {
                System.err.println("usage: SearchBench [--" + String.join(" V] [--", options.keySet()) + " V]");
                System.exit(2);
            }
            options.put(key, args[++i]);
        }
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        System.exit(new SearchBench(options).run());
    }

    private int run() throws Exception {
        Files.createDirectories(work);
        String loadBefore = loadAverage();
        pagefindVersion = exec(List.of(pagefind.toString(), "--version"), root).output.trim()
                .replace("pagefind", "Pagefind");
        List<CatalogResult> results = new ArrayList<>();
        for (String size : sizes) {
            results.add(measure(catalog(size)));
        }
        StringBuilder report = new StringBuilder();
        report.append("# Search benchmark: jobspecs vs ").append(pagefindVersion).append("\n\n");
        report.append(f("Medians of %d builds, %d Pagefind runs and %d cold browser runs per query."
                + " KB = 1024 bytes, as a host serves them (text gzipped at level 6; Pagefind's pre-compressed files as they are)."
                + " Pagefind indexes the same documents: the `<main>` of every class page, marked `%s` in the benchmark's"
                + " copy of the built site (as a site owner would mark it), and no other page.%n%n",
                builds, pagefindRuns, runs, PAGEFIND_BODY));
        report.append(f("Machine: %d cores; load average (1, 5, 15 min) %s at the start, %s at the end: timings are only"
                + " comparable between runs on an otherwise idle machine.%n%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        for (CatalogResult r : results) {
            table(report, r);
        }
        boolean pass = targets(report, results);
        for (CatalogResult r : results) {
            details(report, r);
        }
        System.out.print(report);
        Files.writeString(work.resolve("search-bench.md"), report);
        System.err.println("report written to " + work.resolve("search-bench.md"));
        return pass ? 0 : 1;
    }

    // ---------------------------------------------------------------- catalogs and builds

    /** The demo site is the repository itself; a number is a fresh demo-catalog of that many classes. */
    private Catalog catalog(String size) throws IOException, InterruptedException {
        if (size.equals("demo")) {
            return new Catalog("demo", "Demo site", root, work.resolve("demo/public"));
        }
        int classes = Integer.parseInt(size);
        Path dir = work.resolve("c" + classes);
        Path source = dir.resolve("source");
        deleteTree(source);
        progress("demo-catalog --classes %d --seed 42", classes);
        check(exec(jobspecs("demo-catalog", "--classes", String.valueOf(classes), "--seed", "42", "--out", source.toString()), root));
        return new Catalog(size, f("%,d classes", classes), source, dir.resolve("public"));
    }

    private CatalogResult measure(Catalog c) throws Exception {
        List<Build> buildTimes = new ArrayList<>();
        for (int i = 1; i <= builds; i++) {
            progress("%s: build %d of %d", c.label(), i, builds);
            buildTimes.add(build(c));
        }
        Export export = export(c.out(), "search");
        Export scripts = new Export(Stream.of("search.js", "search-core.js", "search-analyzer.js")
                .map(n -> size(c.out(), c.out().resolve("js").resolve(n))).toList());
        int classes = manifestDocs(c.out());

        int marked = markClassPages(c.out());
        progress("%s: %,d class pages marked %s", c.label(), marked, PAGEFIND_BODY);
        List<PagefindRun> pf = new ArrayList<>();
        for (int i = 1; i <= pagefindRuns; i++) {
            progress("%s: Pagefind %d of %d", c.label(), i, pagefindRuns);
            pf.add(pagefind(c));
        }
        Export pagefindExport = export(c.out(), "pagefind");
        Path page = c.out().resolve(PAGEFIND_PAGE);
        Files.createDirectories(page);
        Files.writeString(page.resolve("index.html"), PAGEFIND_HTML);

        Map<String, List<Cold>> cold = new LinkedHashMap<>();
        try (StaticServer server = new StaticServer(c.out(), 0); RequestLog log = new RequestLog(server.url())) {
            warmUp(log, List.of("search/", "search/manifest.json", "js/search.js", PAGEFIND_PAGE, "pagefind/pagefind.js"));
            for (String q : List.of(oneWord, threeWords)) {
                String query = "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
                List<Cold> ours = new ArrayList<>();
                List<Cold> theirs = new ArrayList<>();
                for (int i = 1; i <= runs; i++) { // alternated, so drift in the machine's load hits both alike
                    progress("%s: cold \"%s\" run %d of %d", c.label(), q, i, runs);
                    ours.add(cold(c.out(), log, "search/" + query));
                    theirs.add(cold(c.out(), log, PAGEFIND_PAGE + query));
                }
                cold.put("jobspecs|" + q, ours);
                cold.put("pagefind|" + q, theirs);
            }
        }
        return new CatalogResult(c, classes, buildTimes, export, scripts, pf, pagefindExport, cold);
    }

    /** Some requests through both servers first, so that their code is compiled before anything is timed. */
    private static void warmUp(RequestLog log, List<String> paths) throws IOException, InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            for (String path : paths) {
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(log.url() + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** One build with the command line, as {@code ./jobspecs build} runs it; times read from its summary line. */
    private Build build(Catalog c) throws IOException, InterruptedException {
        Exec e = check(exec(jobspecs("build", "--source", c.source().toString(), "--out", c.out().toString(), "--date", date), root));
        String summary = e.output.lines().filter(l -> l.startsWith("built ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary line in:\n" + e.output));
        Matcher total = SUMMARY.matcher(summary);
        Matcher index = INDEX_STEP.matcher(summary);
        Matcher render = RENDER_STEP.matcher(summary);
        Matcher links = LINKS_STEP.matcher(summary);
        if (!total.find() || !index.find() || !render.find() || !links.find()) {
            throw new IllegalStateException("summary line without total, index, render or links time: " + summary);
        }
        // The index runs beside both the render and the links step: together they are what it overlaps.
        long beside = Long.parseLong(render.group(1)) + Long.parseLong(links.group(1));
        return new Build(Long.parseLong(total.group(1)), Long.parseLong(index.group(1)), beside, e.wallMs);
    }

    /** The command line as {@code ./jobspecs} starts it (same JVM flags), from the jar given. */
    private List<String> jobspecs(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djobspecs.home=" + root, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private PagefindRun pagefind(Catalog c) throws IOException, InterruptedException {
        deleteTree(c.out().resolve("pagefind"));
        List<String> cmd = new ArrayList<>(List.of(pagefind.toString(), "--site", c.out().toString()));
        Exec e = check(exec(cmd, root));
        Matcher finished = PF_FINISHED.matcher(e.output);
        Matcher pages = PF_PAGES.matcher(e.output);
        if (!finished.find() || !pages.find()) {
            throw new IllegalStateException("unexpected Pagefind output:\n" + e.output);
        }
        return new PagefindRun(Double.parseDouble(finished.group(1)) * 1000, e.wallMs, Integer.parseInt(pages.group(1)));
    }

    /**
     * Marks the main element of every class page (not the redirect pages of former codes) with
     * {@code data-pagefind-body}, in the built site; returns how many were marked.
     */
    static int markClassPages(Path site) throws IOException {
        int marked = 0;
        try (Stream<Path> dirs = Files.list(site.resolve("classes"))) {
            for (Path page : dirs.map(d -> d.resolve("index.html")).filter(Files::isRegularFile).toList()) {
                String html = Files.readString(page);
                if (html.contains("http-equiv=\"refresh\"") || html.contains(PAGEFIND_BODY)) {
                    marked += html.contains(PAGEFIND_BODY) ? 1 : 0;
                    continue;
                }
                String withBody = html.replaceFirst("<main\\b", "<main " + PAGEFIND_BODY);
                if (!withBody.equals(html)) {
                    Files.writeString(page, withBody);
                    marked++;
                }
            }
        }
        return marked;
    }

    private static int manifestDocs(Path site) throws IOException {
        Matcher m = Pattern.compile("\"docs\"\\s*:\\s*(\\d+)").matcher(Files.readString(site.resolve("search/manifest.json")));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    // ---------------------------------------------------------------- sizes

    private Export export(Path site, String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
            return new Export(walk.filter(Files::isRegularFile).sorted().map(p -> size(site, p)).toList());
        }
    }

    private FileSize size(Path site, Path file) {
        try {
            return new FileSize(site.relativize(file).toString().replace(File.separatorChar, '/'), Files.size(file), served(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes a host sends for the file: gzip level 6 of text files, other files as they are. */
    private long served(Path file) {
        return servedCache.computeIfAbsent(file.toAbsolutePath().normalize(), p -> {
            try {
                byte[] bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                return TEXT.contains(ext) ? gzip6(bytes) : bytes.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static long gzip6(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (OutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(6);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }

    // ---------------------------------------------------------------- cold queries in the browser

    /**
     * Opens {@code page} in a headless Chromium with a new, empty profile (nothing cached) and waits
     * for the first results; returns what was fetched after the page's HTML and how long the query took.
     */
    private Cold cold(Path site, RequestLog log, String page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriver driver = null;
        try {
            driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTRUMENT));
            log.clear();
            driver.get(log.url() + page);
            ChromeDriver d = driver;
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(x ->
                    Boolean.TRUE.equals(d.executeScript("return performance.getEntriesByName('bench:results').length > 0")));
            @SuppressWarnings("unchecked")
            Map<String, Object> marks = (Map<String, Object>) driver.executeScript(READ_MARKS);
            Thread.sleep(300); // late requests arrive, and are listed as coming after the results
            return cold(site, log.requests(), "/" + page, marks);
        } finally {
            if (driver != null) {
                driver.quit();
            }
            service.stop();
            try {
                deleteTree(profile);
            } catch (IOException | UncheckedIOException e) {
                // best effort: a temporary profile, under the work folder
            }
        }
    }

    /**
     * Sorts the logged requests into counted and other. The server's clock is tied to the page's by
     * the HTML request (server arrival vs. the page's own requestStart), so a request counts when it
     * was sent before the results showed.
     */
    private Cold cold(Path site, List<RequestLog.Request> requests, String page, Map<String, Object> marks) {
        double timeOrigin = num(marks.get("timeOrigin"));
        double results = num(marks.get("results"));
        double readUrl = num(marks.get("readUrl"));
        RequestLog.Request html = requests.stream().filter(r -> r.path().equals(page)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the page's own request is not in the log: " + requests));
        double offset = html.receivedMillis() - (timeOrigin + num(marks.get("requestStart")));
        double cutoff = timeOrigin + results + offset + 2; // 2 ms slack for the loopback hop
        List<Fetch> counted = new ArrayList<>();
        List<Fetch> other = new ArrayList<>();
        for (RequestLog.Request r : requests) {
            if (r == html) {
                continue;
            }
            String path = r.path().replaceFirst("\\?.*", "");
            Path file = site.resolve(path.replaceFirst("^/+", ""));
            long served = r.status() == 200 && Files.isRegularFile(file) ? served(file) : r.bytes();
            String kind = r.receivedMillis() > cutoff ? "after results" : kind(path);
            Fetch f = new Fetch(path, r.status() == 200 ? kind : kind + " (" + r.status() + ")", served,
                    r.receivedMillis() - html.receivedMillis(), r.status());
            (f.counted() ? counted : other).add(f);
        }
        int items = (int) num(marks.get("items"));
        String status = String.valueOf(marks.get("status"));
        if (items == 0) {
            progress("  warning: no results shown for %s: \"%s\"", page, status);
        }
        return new Cold(counted, other, readUrl >= 0 ? results - readUrl : Double.NaN, results, items, status);
    }

    /** What a fetched file is for. Scripts, index, documents and facets are counted; style and images are not. */
    static String kind(String path) {
        if (path.endsWith(".css")) {
            return "style";
        }
        if (path.matches("/js/search(-core|-analyzer)?\\.js")
                || path.matches("/pagefind/(pagefind(-worker)?\\.js|wasm\\..*)")) {
            return "script";
        }
        if (path.startsWith("/search/d/") || path.startsWith("/pagefind/fragment/")) {
            return "documents";
        }
        if (path.equals("/search/facets.json")) {
            return "facets";
        }
        if (path.startsWith("/search/") || path.startsWith("/pagefind/")) {
            return "index";
        }
        return "page";
    }

    // ---------------------------------------------------------------- report

    private void table(StringBuilder out, CatalogResult r) {
        Build b = medianBuild(r.builds());
        double pfMs = median(r.pagefindRuns(), PagefindRun::finishedMs);
        double pfWall = median(r.pagefindRuns(), p -> p.wallMs());
        double buildWall = median(r.builds(), x -> x.wallMs());
        // How long the build waits for its index after rendering (the index runs beside the render step).
        double wait = median(r.builds(), x -> x.indexWaitMs());
        // A build that used Pagefind instead: the jobspecs build less that wait, then Pagefind.
        double pfBuild = b.totalMs() - wait + pfWall;
        out.append("## ").append(r.catalog().label()).append("\n\n");
        out.append("| | jobspecs | ").append(pagefindVersion).append(" |\n|---|--:|--:|\n");
        row(out, "documents indexed", f("%,d classes", r.classes()), f("%,d pages", r.pagefindRuns().get(0).pages()));
        row(out, "index time", f("%,d ms (index step)", b.indexMs()), f("%,.0f ms (%,.0f ms with process start)", pfMs, pfWall));
        row(out, "build time", f("%,d ms (%,.0f ms with JVM start)", b.totalMs(), buildWall),
                f("%,.0f ms¹", pfBuild));
        row(out, "index as % of build", f("%.1f %%", 100.0 * b.indexMs() / b.totalMs()), f("%.1f %%¹", 100.0 * pfWall / pfBuild));
        row(out, "build waits for the index³", f("%,.0f ms (%.1f %% of build)", wait, 100.0 * wait / b.totalMs()),
                f("%,.0f ms¹", pfWall));
        row(out, "export size, raw / gz", f("%s / %s (%s)", kb(r.export().raw()), kb(r.export().served()), "search/"),
                f("%s / %s (%s)", kb(r.pagefindExport().raw()), kb(r.pagefindExport().served()), "pagefind/"));
        row(out, "files", f("%,d", r.export().files().size()), f("%,d", r.pagefindExport().files().size()));
        FileSize ours = r.export().largest();
        FileSize theirs = r.pagefindExport().largest();
        row(out, "largest file (gz)", f("%s (%s)", kb(ours.served()), ours.path()), f("%s (%s)", kb(theirs.served()), theirs.path()));
        for (String q : List.of(oneWord, threeWords)) {
            List<Cold> a = r.cold().get("jobspecs|" + q);
            List<Cold> p = r.cold().get("pagefind|" + q);
            row(out, f("cold \"%s\": files, KB (gz)", q), coldSize(a), coldSize(p));
        }
        for (String q : List.of(oneWord, threeWords)) {
            List<Cold> a = r.cold().get("jobspecs|" + q);
            List<Cold> p = r.cold().get("pagefind|" + q);
            row(out, f("query time \"%s\"²", q), coldTime(a), coldTime(p));
        }
        out.append("\n¹ Pagefind runs after a build: the jobspecs build less its wait for the index (³), plus the Pagefind run with"
                + " process start.  \n");
        out.append("² In the browser, from the page reading its query from the address (its scripts loaded) to the first results"
                + " shown; in brackets from navigation start. Median of ").append(runs).append(" cold runs.  \n");
        out.append("³ jobspecs builds the index on a thread of its own while the pages render and their links are checked: the"
                + " index step's time beyond those two steps', i.e. what the index adds to the build on this machine (median over builds).\n\n");
    }

    private static String coldSize(List<Cold> runs) {
        Cold m = medianBy(runs, Cold::bytes);
        long files = Math.round(median(runs, c -> c.counted().size()));
        boolean same = runs.stream().allMatch(c -> c.counted().size() == m.counted().size() && c.bytes() == m.bytes());
        return f("%d files, %s%s", files, kb(m.bytes()), same ? "" : " (varies between runs)");
    }

    private static String coldTime(List<Cold> runs) {
        return f("%,.0f ms (%,.0f ms)", median(runs, Cold::queryMs), median(runs, Cold::resultsMs));
    }

    private boolean targets(StringBuilder out, List<CatalogResult> results) {
        CatalogResult big = results.stream().filter(r -> !r.catalog().name().equals("demo"))
                .max(Comparator.comparingInt(CatalogResult::classes)).orElse(null);
        out.append("## Targets");
        if (big == null || big.classes() < 10_000) {
            out.append(" (checked at ").append(big == null ? "no catalog" : big.catalog().label())
                    .append("; they are set for 10,000 classes)");
        } else {
            out.append(" at ").append(big.catalog().label());
        }
        out.append("\n\n");
        if (big == null) {
            out.append("No demo-catalog was measured.\n\n");
            return true;
        }
        boolean pass = true;
        long ours = medianBy(big.cold().get("jobspecs|" + oneWord), Cold::bytes).bytes();
        long theirs = medianBy(big.cold().get("pagefind|" + oneWord), Cold::bytes).bytes();
        double share = (double) ours / theirs;
        pass &= verdict(out, share <= MAX_ONE_WORD_SHARE, f("cold one-word query (\"%s\") ≤ 25 %% of Pagefind's: %s vs %s = %.1f %%",
                oneWord, kb(ours), kb(theirs), 100 * share));
        List<FileSize> all = new ArrayList<>(big.export().files());
        all.addAll(big.scripts().files());
        List<FileSize> over = all.stream().filter(x -> x.served() > MAX_FILE_GZ)
                .sorted(Comparator.comparingLong(FileSize::served).reversed()).toList();
        FileSize largest = all.stream().max(Comparator.comparingLong(FileSize::served)).orElseThrow();
        pass &= verdict(out, over.isEmpty(), f("no jobspecs file over 50 KB gzipped (search/ and js/search*.js): largest %s (%s)%s",
                kb(largest.served()), largest.path(), over.isEmpty() ? "" : f("; %d over: %s", over.size(),
                        String.join(", ", over.stream().limit(10).map(x -> x.path() + " " + kb(x.served())).toList()))));
        Build b = medianBuild(big.builds());
        // "Indexing adds under 20 % to the build time": what the build waits for the index, against the build without it.
        pass &= verdict(out, b.addedShare() < MAX_INDEX_SHARE, f("indexing adds < 20 %% to the build time: %,d ms added to %,d ms = %.1f %%"
                + " (the index step itself takes %,d ms, beside rendering and the link check)",
                b.indexWaitMs(), b.totalMs() - b.indexWaitMs(), 100 * b.addedShare(), b.indexMs()));
        out.append("\n");
        return pass;
    }

    private static boolean verdict(StringBuilder out, boolean ok, String text) {
        out.append("- **").append(ok ? "PASS" : "FAIL").append("** ").append(text).append("\n");
        return ok;
    }

    /** Every counted and uncounted file of each cold query (the run with the median bytes), in arrival order. */
    private void details(StringBuilder out, CatalogResult r) {
        out.append("### Files fetched: ").append(r.catalog().label()).append("\n\n");
        for (Map.Entry<String, List<Cold>> e : r.cold().entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            Cold m = medianBy(e.getValue(), Cold::bytes);
            Map<String, long[]> byKind = new LinkedHashMap<>();
            for (Fetch x : m.counted()) {
                long[] t = byKind.computeIfAbsent(x.kind(), k -> new long[2]);
                t[0]++;
                t[1] += x.served();
            }
            out.append(f("**%s, \"%s\"**: %d files, %s; %s; shows %d items, \"%s\"%n%n",
                    key[0].equals("jobspecs") ? "jobspecs" : pagefindVersion, key[1], m.counted().size(), kb(m.bytes()),
                    String.join(", ", byKind.entrySet().stream().map(k -> f("%s %d (%s)", k.getKey(), k.getValue()[0],
                            kb(k.getValue()[1]))).toList()), m.items(), m.status().trim()));
            out.append("| at ms | file | kind | KB (gz) |\n|--:|---|---|--:|\n");
            List<Fetch> all = new ArrayList<>(m.counted());
            all.addAll(m.other());
            all.sort(Comparator.comparingDouble(Fetch::atMs));
            for (Fetch x : all) {
                out.append(f("| %.0f | %s | %s | %s |%n", x.atMs(), x.path(), x.counted() ? x.kind() : x.kind() + ", not counted",
                        kb(x.served())));
            }
            out.append("\n");
        }
    }

    private static void row(StringBuilder out, String name, String ours, String theirs) {
        out.append("| ").append(name).append(" | ").append(ours).append(" | ").append(theirs).append(" |\n");
    }

    // ---------------------------------------------------------------- small helpers

    private static Build medianBuild(List<Build> list) {
        return new Build(Math.round(median(list, b -> b.totalMs())), Math.round(median(list, b -> b.indexMs())),
                Math.round(median(list, b -> b.renderMs())), Math.round(median(list, b -> b.wallMs())));
    }

    static <T> double median(List<T> list, ToDoubleFunction<T> value) {
        double[] v = list.stream().mapToDouble(value).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The element with the median value (the lower middle one of an even count). */
    static <T> T medianBy(List<T> list, ToDoubleFunction<T> value) {
        List<T> sorted = list.stream().sorted(Comparator.comparingDouble(value)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : -1;
    }

    static String kb(long bytes) {
        return f("%,.1f KB", bytes / KB);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void progress(String format, Object... args) {
        System.err.println("[search-bench] " + f(format, args));
    }

    private record Exec(int exit, String output, long wallMs, List<String> cmd) {
    }

    private static Exec exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        return new Exec(p.exitValue(), output, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), cmd);
    }

    private static Exec check(Exec e) {
        if (e.exit() != 0) {
            throw new IllegalStateException("exit " + e.exit() + " from " + String.join(" ", e.cmd()) + ":\n" + e.output());
        }
        return e;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
