package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import on real documents of other agencies (issue 10): the corpus folder named by
 * {@code JOBSPECS_CORPUS} (or {@code -Djobspecs.corpus}) holds them as published, and
 * {@code src/test/resources/import-corpus/expected.json} what a person found in each. Every
 * document is imported into a fixture site of its agency; the test scores the sections placed,
 * counts the words with extractors independent of the import, builds every site, and writes the
 * table per format to {@code target/import-corpus-real.md} (details beside it). It fails below the
 * targets, and says plainly that it skipped when the folder is absent (CI has no corpus).
 */
class RealCorpusTest {

    /** Share of expected sections that must be placed right, per format and overall. */
    static final double SECTIONS_TARGET = 0.95;

    @TempDir
    Path dir;

    /** Codes made up for --code so far, for documents that have none. */
    private int codes;

    /** The corpus folder, when this machine has it. */
    static Optional<Path> folder() {
        String named = System.getenv("JOBSPECS_CORPUS");
        if (named == null || named.isBlank()) {
            named = System.getProperty("jobspecs.corpus", "");
        }
        if (named.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(named);
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /** What became of one document. */
    private static final class Result {
        final CorpusExpectations.Document doc;
        final List<String> notes = new ArrayList<>();
        int specsFound;
        int codesExpected;
        int codesFound;
        int codesMissed;
        int titlesMissed;
        int titlesFound;
        int sectionsRight;
        int sectionsExpected;
        int unplacedWords;
        int words;
        List<String> unaccounted = List.of();
        boolean crashed;
        boolean refusedAsExpected;
        boolean refusalWrong;
        final List<String> sources = new ArrayList<>();
        final List<String> buildErrors = new ArrayList<>();

        Result(CorpusExpectations.Document doc) {
            this.doc = doc;
        }
    }

    @Test
    void realDocumentsOfOtherAgenciesImportAtTheTargets() throws Exception {
        Optional<Path> corpus = folder();
        if (corpus.isEmpty()) {
            String message = "real-document corpus skipped: set JOBSPECS_CORPUS to the corpus folder "
                    + "(src/test/resources/import-corpus/README.md says how to make it)";
            System.out.println(message);
            Assumptions.abort(message);
        }
        List<CorpusExpectations.Document> expected = CorpusExpectations.load();
        List<String> absent = expected.stream().map(CorpusExpectations.Document::file).filter(f -> !Files.isRegularFile(corpus.get().resolve(f))).toList();
        assertEquals(List.of(), absent, "documents of expected.json missing from " + corpus.get());

        Map<String, List<Result>> byAgency = new TreeMap<>();
        for (CorpusExpectations.Document doc : expected) {
            Path site = byAgency.containsKey(doc.agency()) ? dir.resolve(slug(doc.agency())).resolve("site")
                    : FixtureSite.copy("minimal", dir.resolve(slug(doc.agency())));
            byAgency.computeIfAbsent(doc.agency(), a -> new ArrayList<>()).add(importOne(corpus.get(), doc, site));
        }
        for (var agency : byAgency.entrySet()) {
            build(dir.resolve(slug(agency.getKey())).resolve("site"), agency.getValue());
        }
        List<Result> all = byAgency.values().stream().flatMap(List::stream).toList();
        String table = table(all);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-corpus-real.md"), table + "\n" + details(all));
        System.out.println(table);

        for (String format : formats(all).keySet()) {
            int[] f = formats(all).get(format);
            assertTrue(f[2] >= SECTIONS_TARGET * f[3], () -> format + ": sections placed below " + SECTIONS_TARGET + "\n" + table);
        }
        assertEquals(0, all.stream().filter(r -> r.crashed).count(), () -> "crashes\n" + table);
        assertEquals(0, all.stream().mapToInt(r -> r.unaccounted.size()).sum(), () -> "words unaccounted\n" + details(all));
        assertEquals(0, all.stream().filter(r -> r.refusalWrong).count(), () -> "refusals\n" + details(all));
        assertEquals(0, all.stream().mapToInt(r -> r.unplacedWords).sum(), () -> "words left unplaced\n" + details(all));
        assertEquals(List.of(), all.stream().flatMap(r -> r.buildErrors.stream()).toList(), "imported sources build");
    }

    private Result importOne(Path corpus, CorpusExpectations.Document doc, Path site) {
        Result r = new Result(doc);
        try {
            byte[] bytes = Files.readAllBytes(corpus.resolve(doc.file()));
            Path file = dir.resolve("docs").resolve(doc.file());
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            DocumentResult result = importer(site, null, null, doc).run(List.of(file)).get(0);
            List<Problem> errors = errors(result);
            if (doc.refused() != null) {
                r.refusedAsExpected = errors.size() == 1 && errors.get(0).message().contains(doc.refused()) && !errors.get(0).fix().isBlank()
                        && result.specs().stream().allMatch(s -> s.output().isEmpty());
                r.refusalWrong = !r.refusedAsExpected;
                r.notes.add("refused: " + errors.stream().map(p -> p.message() + " — " + p.fix()).toList());
                return r;
            }
            if (doc.specs().size() == 1 && !errors.isEmpty() && errors.stream().allMatch(RealCorpusTest::asksForCodeOrTitle)) {
                // a document without a code or title the import can find: imported again as the error says, with --code / --title
                CorpusExpectations.Spec want = doc.specs().get(0);
                String code = null;
                String title = null;
                for (Problem e : errors) {
                    if (e.message().startsWith("no class code found")) {
                        code = want.code() == null ? "T" + (++codes) : want.code().replaceAll("[^A-Za-z0-9_-]+", "-");
                        r.codesMissed += want.code() == null ? 0 : 1;
                    } else {
                        title = want.title();
                        r.titlesMissed++;
                    }
                    r.notes.add("asked for: " + e.message());
                }
                r.notes.add("imported again with" + (code == null ? "" : " --code " + code) + (title == null ? "" : " --title \"" + title + "\""));
                result = importer(site, code, title, doc).run(List.of(file)).get(0);
                errors = errors(result);
            }
            score(doc, result, r);
            account(doc, bytes, result, r);
            errors.forEach(e -> r.notes.add("error: " + e.message() + " — " + e.fix()));
            r.refusalWrong = !errors.isEmpty();
        } catch (Exception | StackOverflowError e) {
            r.crashed = true;
            r.notes.add("CRASH: " + e);
        }
        return r;
    }

    private static boolean asksForCodeOrTitle(Problem error) {
        return error.message().startsWith("no class code found") || error.message().startsWith("no title found");
    }

    private static Importer importer(Path site, String code, String title, CorpusExpectations.Document doc) {
        ImportOptions options = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"),
                false, false, code, title);
        return new Importer(options, SectionAliases.builtIn(), doc.agency());
    }

    private static List<Problem> errors(DocumentResult result) {
        return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    private static void score(CorpusExpectations.Document doc, DocumentResult result, Result r) {
        r.specsFound = result.specs().size();
        SectionCheck check = new SectionCheck(SectionAliases.builtIn());
        for (int i = 0; i < doc.specs().size(); i++) {
            CorpusExpectations.Spec want = doc.specs().get(i);
            r.sectionsExpected += want.sections().size();
            Optional<DocumentResult.SpecResult> got = match(want, result.specs(), i);
            if (got.isEmpty()) {
                r.notes.add("spec not found: " + want.code() + " " + want.title() + " (found " + result.specs().stream()
                        .map(s -> s.spec().code() + " " + s.spec().title()).toList() + ")");
                continue;
            }
            ImportedSpec spec = got.get().spec();
            r.unplacedWords += got.get().unplacedWords();
            if (Words.of(spec.title()).equals(Words.of(want.title())) && r.titlesMissed == 0) {
                r.titlesFound++;
            } else {
                r.notes.add("title: \"" + spec.title() + "\", expected \"" + want.title() + "\"");
            }
            if (want.code() != null) {
                r.codesExpected++;
                if (Recogniser.sameCode(spec.code(), want.code()) && r.codesMissed == 0) {
                    r.codesFound++;
                } else if (!Recogniser.sameCode(spec.code(), want.code())) {
                    r.notes.add("code: \"" + spec.code() + "\", expected \"" + want.code() + "\"");
                }
            }
            for (SectionCheck.Outcome o : check.check(want, spec)) {
                if (o.right()) {
                    r.sectionsRight++;
                } else {
                    r.notes.add("section \"" + o.expected().heading() + "\" → expected " + o.expected().section() + ", found " + o.found()
                            + " (starts \"" + o.expected().starts() + "\")");
                }
            }
            if (!got.get().output().isEmpty()) {
                r.sources.add(got.get().output());
            }
        }
    }

    /** The imported spec with the expected code (leading zeros aside), else the one at the same position. */
    private static Optional<DocumentResult.SpecResult> match(CorpusExpectations.Spec want, List<DocumentResult.SpecResult> specs, int index) {
        if (want.code() != null) {
            for (DocumentResult.SpecResult s : specs) {
                if (Recogniser.sameCode(s.spec().code(), want.code())) {
                    return Optional.of(s);
                }
            }
        }
        return index < specs.size() ? Optional.of(specs.get(index)) : Optional.empty();
    }

    /** Words of the document (independent extractor) not in the written sources, the reported fields or the reported furniture. */
    private static void account(CorpusExpectations.Document doc, byte[] bytes, DocumentResult result, Result r) throws IOException {
        String text = IndependentWords.text(doc.format(), bytes);
        List<String> accounted = new ArrayList<>();
        for (DocumentResult.SpecResult s : result.specs()) {
            accounted.add(s.source().isEmpty() ? NativeWriter.write(s.spec()) : s.source());
            s.spec().fields().forEach(f -> accounted.add(f.text()));
        }
        result.removed().forEach(x -> accounted.add(x.text()));
        r.words = IndependentWords.count(text);
        r.unaccounted = IndependentWords.missing(text, accounted);
        if (System.getenv("DEBUG_ACCOUNT") != null && !r.unaccounted.isEmpty()) {
            System.out.println("ACCOUNT " + doc.file() + " " + result.specs().size() + " " + result.specs().stream().map(s -> s.output() + " " + s.action() + " " + s.source().length()).toList());
        }
    }

    /** Completes the register rows import could not fill (a person's job), adds pay, and builds the agency's site. */
    private void build(Path site, List<Result> results) throws IOException {
        Path classes = site.resolve("data/classes.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(classes))).getRecords();
        StringBuilder out = new StringBuilder();
        StringBuilder pay = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(Register.COLUMNS);
            for (CSVRecord row : rows) {
                Map<String, String> values = new LinkedHashMap<>(row.toMap());
                values.merge("department", "Imported", (a, b) -> a.isBlank() ? b : a);
                if (!List.of("general", "managers").contains(values.get("unit"))) {
                    values.put("unit", "general");
                }
                values.merge("flsa", "Non-exempt", (a, b) -> a.isBlank() ? b : a);
                if (!values.get("code").matches("0900|1001|1002")) {
                    // On the schedule in force and on the one adopted for 2026: 2 CCR 570.5(a)(2) asks every
                    // position on both (the build's check, issue 12, came after this test was written).
                    pay.append("s2025,").append(values.get("code")).append(",hourly,24.10,31.85,\n");
                    pay.append("s2026,").append(values.get("code")).append(",hourly,24.82,32.81,\n");
                }
                printer.printRecord(Register.COLUMNS.stream().map(c -> values.getOrDefault(c, "")).toList());
            }
        }
        Files.writeString(classes, out.toString());
        Files.writeString(site.resolve("data/pay.csv"), pay.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BuildReport report = SiteBuild.run(new BuildOptions(site, null, FixtureSite.DATE));
        for (Problem p : report.problems()) {
            if (p.severity() != Severity.ERROR) {
                continue;
            }
            String path = p.location().path();
            Result owner = results.stream().filter(r -> r.sources.stream().anyMatch(s -> s.endsWith(path))).findFirst().orElse(results.get(0));
            owner.buildErrors.add(owner.doc.file() + ": " + p.format());
        }
    }

    private static Map<String, int[]> formats(List<Result> all) {
        Map<String, int[]> byFormat = new TreeMap<>();
        for (Result r : all) {
            for (String key : List.of(r.doc.format(), "all")) {
                int[] f = byFormat.computeIfAbsent(key, k -> new int[8]);
                f[0]++;
                f[1] += r.specsFound;
                f[2] += r.sectionsRight;
                f[3] += r.sectionsExpected;
                f[4] += r.unplacedWords;
                f[5] += r.unaccounted.size();
                f[6] += r.crashed ? 1 : 0;
                f[7] += r.doc.refused() != null ? 1 : 0;
            }
        }
        return byFormat;
    }

    private static String table(List<Result> all) {
        StringBuilder sb = new StringBuilder("| format | agencies | documents | refused (as expected) | specs | titles found | codes found / given | sections right / expected | words | words unplaced | words unaccounted | crashes | build errors |\n"
                + "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (var e : formats(all).entrySet()) {
            List<Result> of = all.stream().filter(r -> e.getKey().equals("all") || r.doc.format().equals(e.getKey())).toList();
            int[] f = e.getValue();
            long agencies = of.stream().map(r -> r.doc.agency()).distinct().count();
            long refusedRight = of.stream().filter(r -> r.refusedAsExpected).count();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d (%d) | %d | %d | %d / %d | %d / %d (%.1f %%) | %d | %d | %d | %d | %d |%n", e.getKey(), agencies, f[0], f[7],
                    refusedRight, f[1], of.stream().mapToInt(r -> r.titlesFound).sum(), of.stream().mapToInt(r -> r.codesFound).sum(), of.stream().mapToInt(r -> r.codesExpected).sum(), f[2], f[3], f[3] == 0 ? 100.0 : 100.0 * f[2] / f[3], of.stream().mapToInt(r -> r.words).sum(), f[4], f[5], f[6],
                    of.stream().mapToInt(r -> r.buildErrors.size()).sum()));
        }
        return sb.toString();
    }

    private static String details(List<Result> all) {
        StringBuilder sb = new StringBuilder("## Documents\n\n");
        for (Result r : all) {
            sb.append("- ").append(r.doc.file()).append(" (").append(r.doc.agency()).append("): sections ").append(r.sectionsRight).append('/')
                    .append(r.sectionsExpected).append(", unplaced ").append(r.unplacedWords).append(", words ").append(r.words).append(", unaccounted ").append(r.unaccounted.size());
            if (!r.unaccounted.isEmpty()) {
                sb.append(" ").append(r.unaccounted.subList(0, Math.min(25, r.unaccounted.size())));
            }
            sb.append('\n');
            r.notes.forEach(n -> sb.append("    - ").append(n).append('\n'));
            r.buildErrors.forEach(n -> sb.append("    - build: ").append(n).append('\n'));
        }
        return sb.toString();
    }

    private static String slug(String agency) {
        return agency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
