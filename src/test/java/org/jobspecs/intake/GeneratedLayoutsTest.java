package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobspecs.intake.corpus.Layout;
import org.jobspecs.intake.corpus.LayoutSpec;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.SectionAliases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10: where only text exists, the text rendered into Word and PDF in the layouts real
 * agencies use ({@link Layout}) and imported again. The four fictional specs run always, each
 * document held to everything: no errors, one spec with its code and title, every section placed
 * right ({@link SectionCheck}), nothing unplaced, no word unaccounted ({@link IndependentWords}).
 * The real corpus's text documents, when {@code JOBSPECS_CORPUS} names the corpus folder, are held
 * to the corpus's targets per layout. The figures go to {@code target/import-generated-layouts.md}.
 */
class GeneratedLayoutsTest {

    /** Words of a section's body the check looks for. */
    private static final int STARTS = 6;

    @TempDir
    Path dir;

    static Stream<Arguments> fictional() {
        return cases(LayoutSpec.fictional());
    }

    private static Stream<Arguments> cases(List<LayoutSpec> specs) {
        return Arrays.stream(Layout.values()).flatMap(layout -> specs.stream().map(s -> Arguments.of(layout, Named.of(s.title(), s))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fictional")
    void fictionalSpecsImportInEveryLayout(Layout layout, LayoutSpec spec) throws IOException {
        assertImported(run(layout, spec, dir));
    }

    /**
     * The real text documents in every layout, at the corpus's targets per layout: at least
     * {@link RealCorpusTest#SECTIONS_TARGET} of the sections placed right, no word unaccounted, no
     * error the document as published does not give. (A real document may miss a section as
     * published too: the targets are for the layouts as a whole, and the table shows each.)
     */
    @Test
    void realTextDocumentsImportAtTheTargetsInEveryLayout() throws IOException {
        Optional<Path> corpus = RealCorpusTest.folder();
        if (corpus.isEmpty()) {
            String message = "generated layouts of real documents skipped: set JOBSPECS_CORPUS to the corpus folder";
            System.out.println(message);
            Assumptions.abort(message);
        }
        RealTextLayouts.Loaded loaded = RealTextLayouts.load(corpus.get());
        Assumptions.assumeFalse(loaded.documents().isEmpty(), "no real text document to lay out: " + loaded.summary());
        List<String> misses = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            int right = 0;
            int expected = 0;
            for (RealTextLayouts.Laid doc : loaded.documents()) {
                Run published = check("as published", doc.format(), RealTextLayouts.read(doc.file()), doc.spec(), dir.resolve("published"));
                Run laid = run(layout, doc.spec(), dir.resolve("real"));
                right += (int) laid.outcomes().stream().filter(SectionCheck.Outcome::right).count();
                expected += laid.spec().sections().size();
                List<String> newErrors = laid.errors().stream().map(Problem::message)
                        .filter(m -> published.errors().stream().noneMatch(p -> p.message().equals(m))).toList();
                if (!newErrors.isEmpty() || !laid.unaccounted().isEmpty()) {
                    misses.add(layout + " " + doc.spec().title() + ": " + newErrors + " " + laid.unaccounted());
                }
            }
            if (right < RealCorpusTest.SECTIONS_TARGET * expected) {
                misses.add(layout + ": sections " + right + " / " + expected);
            }
        }
        assertEquals(List.of(), misses, loaded.summary());
    }

    @Test
    void figuresPerLayoutAreWritten() throws IOException {
        List<Run> fictional = new ArrayList<>();
        for (LayoutSpec spec : LayoutSpec.fictional()) {
            for (Layout layout : Layout.values()) {
                fictional.add(run(layout, spec, dir.resolve("fictional")));
            }
        }
        List<Run> real = new ArrayList<>();
        String realNote = "real text documents: corpus absent (JOBSPECS_CORPUS not set)";
        if (RealCorpusTest.folder().isPresent()) {
            RealTextLayouts.Loaded loaded = RealTextLayouts.load(RealCorpusTest.folder().get());
            realNote = "real text documents: " + loaded.summary() + ". \"as published\": the txt/html file itself, checked against the same"
                    + " sections, to tell the layout's failures from the text's.";
            for (RealTextLayouts.Laid doc : loaded.documents()) {
                real.add(check("as published", doc.format(), RealTextLayouts.read(doc.file()), doc.spec(), dir.resolve("published")));
                for (Layout layout : Layout.values()) {
                    real.add(run(layout, doc.spec(), dir.resolve("real")));
                }
            }
        }
        Map<String, List<Run>> bySource = new LinkedHashMap<>();
        bySource.put("fictional", fictional);
        bySource.put("real", real);
        String table = table(bySource) + "\n" + realNote + "\n";
        String details = Stream.concat(fictional.stream(), real.stream()).filter(r -> !r.failures().isEmpty())
                .map(r -> "- " + r.layout() + " " + r.spec().title() + ": " + String.join("; ", r.failures()) + "\n")
                .collect(Collectors.joining("", "\n## Failures\n\n", ""));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-generated-layouts.md"), table + details);
        System.out.println(table);
        assertEquals(Layout.values().length * LayoutSpec.fictional().size(), fictional.size(), table);
    }

    /** One document rendered in one layout and imported. */
    private record Run(String layout, LayoutSpec spec, String code, DocumentResult result, List<SectionCheck.Outcome> outcomes,
                       List<String> unaccounted) {

        Optional<DocumentResult.SpecResult> first() {
            return result.specs().stream().findFirst();
        }

        List<Problem> errors() {
            return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }

        List<String> wrongSections() {
            return outcomes.stream().filter(o -> !o.right()).map(o -> "\"" + o.expected().heading() + "\" → expected " + o.expected().section()
                    + ", found " + o.found() + " (starts \"" + o.expected().starts() + "\")").toList();
        }

        /** What went wrong, briefly, for the table's details. */
        List<String> failures() {
            List<String> out = new ArrayList<>();
            errors().forEach(p -> out.add("error: " + p.message()));
            if (result.specs().size() != 1) {
                out.add(result.specs().size() + " specs");
            }
            first().filter(s -> !Objects.equals(s.spec().code(), code)).ifPresent(s -> out.add("code \"" + s.spec().code() + "\""));
            first().filter(s -> !Words.of(s.spec().title()).equals(Words.of(spec.title()))).ifPresent(s -> out.add("title \"" + s.spec().title() + "\""));
            out.addAll(wrongSections());
            first().filter(DocumentResult.SpecResult::unplaced).ifPresent(s -> out.add("an Unplaced section"));
            if (!unaccounted.isEmpty()) {
                out.add(unaccounted.size() + " words unaccounted " + unaccounted.subList(0, Math.min(20, unaccounted.size())));
            }
            return out;
        }

        /** The first lines of the written source (or, when an error kept it from being written, of the spec as it would be), for a failure message. */
        String sourceHead() {
            return first().map(s -> (s.source().isEmpty() ? NativeWriter.write(s.spec()) : s.source()).lines().limit(40)
                    .collect(Collectors.joining("\n", "source (first lines):\n", "\n"))).orElse("no spec found");
        }
    }

    private static void assertImported(Run run) {
        String what = run.layout() + " " + run.spec().title() + "\n" + run.sourceHead();
        assertAll(what,
                () -> assertEquals(List.of(), run.errors().stream().map(p -> p.message() + " — " + p.fix()).toList(), "errors"),
                () -> assertEquals(1, run.result().specs().size(), () -> "specs found: " + run.result().specs().stream()
                        .map(s -> s.spec().code() + " " + s.spec().title()).toList()),
                () -> assertEquals(run.code(), run.first().map(s -> s.spec().code()).orElse(null), "code"),
                () -> assertEquals(Words.of(run.spec().title()), run.first().map(s -> Words.of(s.spec().title())).orElse(null), "title words"),
                () -> assertEquals(List.of(), run.wrongSections(), "sections placed wrong"),
                () -> assertFalse(run.first().map(DocumentResult.SpecResult::unplaced).orElse(false), "an Unplaced section"),
                () -> assertEquals(List.of(), run.unaccounted(), "words unaccounted"));
    }

    /** Renders the spec in the layout and checks its import. */
    private static Run run(Layout layout, LayoutSpec text, Path dir) throws IOException {
        LayoutSpec spec = layout.arrange(text);
        return check(layout.name(), layout.format(), layout.render(spec), spec, dir);
    }

    /** Imports the document into a folder of its own and checks what became of it. */
    private static Run check(String layout, String format, byte[] bytes, LayoutSpec spec, Path dir) throws IOException {
        String name = layout.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + spec.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Path sub = Files.createDirectories(dir.resolve(name));
        Path file = sub.resolve(name + "." + format);
        Files.write(file, bytes);
        String option = spec.code() == null ? "G1" : null; // a document without a code is imported with --code
        ImportOptions options = new ImportOptions(sub.resolve("content"), sub.resolve("data/classes.csv"), sub.resolve("data/units.csv"), false, false, option);
        DocumentResult result = new Importer(options, SectionAliases.builtIn(), "Agency").run(List.of(file)).get(0);

        String code = option == null ? spec.code() : option;
        List<SectionCheck.Outcome> outcomes = result.specs().isEmpty() ? List.of()
                : new SectionCheck(SectionAliases.builtIn()).check(expected(spec, code), result.specs().get(0).spec());
        List<String> accounted = new ArrayList<>();
        for (DocumentResult.SpecResult s : result.specs()) {
            accounted.add(s.source().isEmpty() ? NativeWriter.write(s.spec()) : s.source());
            s.spec().fields().forEach(f -> accounted.add(f.text()));
        }
        result.removed().forEach(r -> accounted.add(r.text()));
        return new Run(layout, spec, code, result, outcomes, IndependentWords.missing(IndependentWords.text(format, bytes), accounted));
    }

    /** What a reader expects of the laid-out spec: each section with the first words of its body (null when it has none: a heading alone). */
    private static CorpusExpectations.Spec expected(LayoutSpec spec, String code) {
        return new CorpusExpectations.Spec(spec.title(), code, spec.sections().stream()
                .map(s -> new CorpusExpectations.Section(s.heading(), s.expectedSection(), Words.of(s.body()).isEmpty() ? null
                        : String.join(" ", Words.of(s.body()).stream().limit(STARTS).toList())))
                .toList());
    }

    /** Rows per source and layout: documents, passing every check, sections right / expected, words unaccounted. */
    private static String table(Map<String, List<Run>> bySource) {
        StringBuilder sb = new StringBuilder("| source | layout | documents | passing | sections right / expected | words unaccounted |\n"
                + "|---|---|--:|--:|--:|--:|\n");
        bySource.forEach((source, runs) -> {
            for (String layout : runs.stream().map(Run::layout).distinct().toList()) {
                List<Run> of = runs.stream().filter(r -> r.layout().equals(layout)).toList();
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d / %d | %d |%n", source, layout, of.size(),
                        of.stream().filter(r -> r.failures().isEmpty()).count(),
                        of.stream().mapToLong(r -> r.outcomes().stream().filter(SectionCheck.Outcome::right).count()).sum(),
                        of.stream().mapToInt(r -> r.spec().sections().size()).sum(), of.stream().mapToInt(r -> r.unaccounted().size()).sum()));
            }
        });
        return sb.toString();
    }
}
