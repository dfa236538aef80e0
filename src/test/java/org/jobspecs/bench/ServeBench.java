package org.jobspecs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code serve} benchmark: how soon an edit is served, on a {@code demo-catalog} of 2,000 classes.
 * Not a unit test: run it with {@code scripts/serve-bench.sh}. It drives the command line as a person
 * would, through the launcher ({@code APP/jobspecs}):
 * <ol>
 *   <li>writes the catalog, and builds it cold with {@code jobspecs build} several times (wall-clock
 *       time of the process, and the build's own time from its summary line);</li>
 *   <li>starts {@code jobspecs serve} on it and waits for the first build and search index;</li>
 *   <li>edits the duties of one spec at a time (a new word in its first duty), and times from the
 *       moment the file is saved until the class page served over HTTP carries the word (polled every
 *       2 ms); the next edit waits until the search index has caught up;</li>
 *   <li>edits {@code templates/layout.ftl} (an attribute on the footer) several times, and times from
 *       the save until the first page is served changed and until serve reports every page re-rendered
 *       and written.</li>
 * </ol>
 * Prints a Markdown report with the medians and PASS/FAIL for the targets (a spec edit served within
 * 300 ms; a template edit re-rendered faster than a cold build); exit code 1 when one fails.
 */
public final class ServeBench {

    static final long SPEC_TARGET_MILLIS = 300;
    static final Pattern SUMMARY_MILLIS = Pattern.compile(" in (\\d+) ms");
    static final String DATE = "2025-11-01";

    private final Path app;
    private final Path work;
    private final int classes;
    private final HttpClient http = HttpClient.newHttpClient();

    ServeBench(Path app, Path work, int classes) {
        this.app = app;
        this.work = work;
        this.classes = classes;
    }

    public static void main(String[] args) throws Exception {
        Path app = null;
        Path work = Path.of("/tmp/jobspecs-serve-bench");
        int classes = 2000;
        int builds = 3;
        int edits = 7;
        int warmup = 2;
        int templates = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--app" -> app = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--classes" -> classes = Integer.parseInt(args[i + 1]);
                case "--builds" -> builds = Integer.parseInt(args[i + 1]);
                case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--templates" -> templates = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (app == null) {
            System.err.println("usage: ServeBench --app DIR [--work DIR] [--classes N] [--builds N] [--edits N] [--warmup N] [--templates N]");
            System.exit(2);
        }
        System.exit(new ServeBench(app, work, classes).run(builds, warmup, edits, templates) ? 0 : 1);
    }

    boolean run(int builds, int warmup, int edits, int templates) throws Exception {
        Path catalog = work.resolve("catalog");
        deleteTree(catalog);
        deleteTree(work.resolve("built"));
        deleteTree(work.resolve("served"));
        command("demo-catalog", "--classes", Integer.toString(classes), "--seed", "1", "--out", catalog.toString());

        List<Long> coldWall = new ArrayList<>();
        List<Long> coldOwn = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            long start = System.nanoTime();
            String out = command("build", "--source", catalog.toString(), "--out", work.resolve("built").toString(), "--date", DATE);
            coldWall.add(millisSince(start));
            coldOwn.add(summaryMillis(out));
            progress("cold build " + (i + 1) + ": " + coldWall.get(i) + " ms (its own time " + coldOwn.get(i) + " ms)");
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServeProcess serve = ServeProcess.start(app.resolve("jobspecs"), "serve", "--source", catalog.toString(),
                "--out", work.resolve("served").toString(), "--port", Integer.toString(port), "--date", DATE);
        try {
            String url = "http://127.0.0.1:" + port + "/";
            progress("serve: " + serve.await("built ", 600));
            progress("serve: " + serve.await("search index", 600));

            List<Path> specs;
            try (Stream<Path> files = Files.list(catalog.resolve("content"))) {
                specs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            List<Long> served = new ArrayList<>();
            List<Long> rebuilt = new ArrayList<>();
            for (int i = 0; i < warmup + edits; i++) {
                Path spec = specs.get((i * 97 + 13) % specs.size());
                String code = spec.getFileName().toString().replace(".md", "");
                String word = "benchword" + i;
                String text = Files.readString(spec).replaceFirst("\n1\\. ", "\n1. " + word + " ");
                serve.forget();
                long start = System.nanoTime();
                Files.writeString(spec, text);
                awaitServed(url + "classes/" + code + "/", word);
                long millis = millisSince(start);
                String line = serve.await("rebuilt (", 60);
                serve.await("search index", 120);
                String note = i < warmup ? " (warm-up, not counted)" : "";
                progress("spec edit " + (i + 1) + ", " + code + ": served in " + millis + " ms" + note + "; " + line);
                if (i >= warmup) {
                    served.add(millis);
                    rebuilt.add(summaryMillis(line));
                }
            }

            Path layout = catalog.resolve("templates/layout.ftl");
            String original = Files.readString(layout);
            String probe = url + "classes/" + specs.get(0).getFileName().toString().replace(".md", "") + "/";
            List<Long> templateFirst = new ArrayList<>();
            List<Long> templateAll = new ArrayList<>();
            List<Long> templateOwn = new ArrayList<>();
            for (int i = 0; i < templates; i++) {
                String marker = "data-bench=\"" + i + "\"";
                serve.forget();
                long start = System.nanoTime();
                Files.writeString(layout, original.replace("<footer class=\"site-footer\"", "<footer class=\"site-footer\" " + marker));
                awaitServed(probe, marker);
                templateFirst.add(millisSince(start));
                String line = serve.await("rebuilt (", 600);
                templateAll.add(millisSince(start));
                templateOwn.add(summaryMillis(line));
                progress("template edit " + (i + 1) + ": first page served in " + templateFirst.get(i) + " ms, every page in "
                        + templateAll.get(i) + " ms; " + line);
            }
            return report(coldWall, coldOwn, served, rebuilt, templateFirst, templateAll, templateOwn);
        } finally {
            serve.stop();
        }
    }

    private boolean report(List<Long> coldWall, List<Long> coldOwn, List<Long> served, List<Long> rebuilt,
                           List<Long> templateFirst, List<Long> templateAll, List<Long> templateOwn) {
        boolean specPass = median(served) <= SPEC_TARGET_MILLIS;
        boolean templatePass = median(templateAll) < median(coldWall);
        StringBuilder md = new StringBuilder();
        md.append("## serve on a demo-catalog of ").append(classes).append(" classes (medians, ms)\n\n");
        md.append("| measure | median | all runs |\n|---|---:|---|\n");
        row(md, "cold `jobspecs build` (process wall-clock)", coldWall);
        row(md, "cold `jobspecs build` (its own summary time)", coldOwn);
        row(md, "spec edit: save → changed page served", served);
        row(md, "spec edit: rebuild time serve reports", rebuilt);
        row(md, "template edit: save → first changed page served", templateFirst);
        row(md, "template edit: save → every page re-rendered and written", templateAll);
        row(md, "template edit: rebuild time serve reports", templateOwn);
        md.append('\n');
        md.append(specPass ? "PASS" : "FAIL").append(": a spec edit is served within ").append(SPEC_TARGET_MILLIS)
                .append(" ms (median ").append(median(served)).append(" ms)\n");
        md.append(templatePass ? "PASS" : "FAIL").append(": a template edit re-renders everything faster than a cold build (median ")
                .append(median(templateAll)).append(" ms against ").append(median(coldWall)).append(" ms)\n");
        System.out.print(md);
        try {
            Files.writeString(work.resolve("serve-bench.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return specPass && templatePass;
    }

    private static void row(StringBuilder md, String name, List<Long> values) {
        md.append("| ").append(name).append(" | ").append(median(values)).append(" | ")
                .append(values.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")).append(" |\n");
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Polls the page until it carries the text. */
    private void awaitServed(String url, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200 && page.body().contains(text)) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(url + " never served " + text);
    }

    /** Runs the launcher with these arguments; returns its output (fails unless it exits 0). */
    private String command(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(app.resolve("jobspecs").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static long summaryMillis(String line) {
        Matcher m = SUMMARY_MILLIS.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no time in: " + line);
        }
        return Long.parseLong(m.group(1));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void progress(String message) {
        System.err.println("[serve-bench] " + message);
    }

    private static void deleteTree(Path folder) throws IOException {
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
