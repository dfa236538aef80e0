package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jobspecs.intake.corpus.Corpus;
import org.jobspecs.intake.corpus.CorpusDocument;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports every corpus document and checks the targets of the import issue: the specs found,
 * every section under the right canonical name (or kept under its own), text left unplaced only
 * where the document gives no heading for it, and no word unaccounted for.
 */
class ImportCorpusTest {

    @TempDir
    Path dir;

    static Stream<CorpusDocument> corpus() {
        return Corpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importsAsExpected(CorpusDocument doc) throws IOException {
        DocumentResult result = importDocument(doc);
        if (doc.error() != null) {
            assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR && p.message().contains(doc.error())),
                    () -> "expected an error with \"" + doc.error() + "\": " + result.problems());
            assertTrue(result.specs().isEmpty(), "nothing is imported from a document that cannot be read");
            return;
        }
        assertEquals(List.of(), result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        assertEquals(doc.specs().size(), result.specs().size(), () -> "specs found: " + result.specs().stream().map(s -> s.spec().title()).toList());
        for (int i = 0; i < doc.specs().size(); i++) {
            CorpusDocument.Expected expected = doc.specs().get(i);
            ImportedSpec spec = result.specs().get(i).spec();
            assertEquals(expected.code(), spec.code(), "code");
            assertEquals(expected.title(), spec.title(), "title");
            assertEquals(expected.sections(), names(spec.sections()), () -> "sections of " + doc.name() + ":\n" + result.specs().get(0).source());
            assertEquals(expected.unplaced(), result.specs().get(i).unplacedWords() > 0, "unplaced text");
            if (!expected.register().isEmpty()) {
                assertEquals(expected.register(), spec.register(), "register fields");
            }
        }
        assertEquals(List.of(), result.unaccounted(), "every word is in the source, a reported field or the furniture");
    }

    /**
     * The corpus figures per format (documents, specs, sections under the expected name, words
     * unplaced, words unaccounted), written to target/import-corpus.md for the record.
     */
    @Test
    void figuresPerFormat() throws IOException {
        java.util.Map<String, int[]> byFormat = new java.util.TreeMap<>();
        for (CorpusDocument doc : Corpus.all()) {
            Path sub = Files.createDirectories(dir.resolve("f-" + doc.name()));
            Path file = sub.resolve(doc.name());
            Files.write(file, doc.bytes());
            ImportOptions options = new ImportOptions(sub.resolve("content"), sub.resolve("data/classes.csv"), sub.resolve("data/units.csv"), false, false);
            DocumentResult result = new Importer(options, SectionAliases.builtIn(), "Test Agency").run(List.of(file)).get(0);
            int[] f = byFormat.computeIfAbsent(doc.format(), k -> new int[6]);
            f[0]++;
            for (int i = 0; i < result.specs().size() && i < doc.specs().size(); i++) {
                f[1]++;
                List<String> got = names(result.specs().get(i).spec().sections());
                List<String> want = doc.specs().get(i).sections();
                f[3] += want.size();
                for (int k = 0; k < Math.min(got.size(), want.size()); k++) {
                    if (got.get(k).equals(want.get(k))) {
                        f[2]++;
                    }
                }
                f[4] += result.specs().get(i).unplacedWords();
            }
            f[5] += result.unaccounted().size();
        }
        StringBuilder table = new StringBuilder("| format | documents | specs | sections placed as expected | words unplaced | words unaccounted |\n|---|--:|--:|--:|--:|--:|\n");
        int[] total = new int[6];
        for (var e : byFormat.entrySet()) {
            int[] f = e.getValue();
            table.append("| ").append(e.getKey()).append(" | ").append(f[0]).append(" | ").append(f[1]).append(" | ").append(f[2]).append(" / ").append(f[3])
                    .append(" | ").append(f[4]).append(" | ").append(f[5]).append(" |\n");
            for (int i = 0; i < 6; i++) {
                total[i] += f[i];
            }
        }
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("import-corpus.md"), table.toString());
        assertEquals(total[3], total[2], table::toString);
        assertEquals(0, total[5], table::toString);
        assertTrue(total[0] >= 20 && byFormat.keySet().containsAll(List.of("docx", "pdf", "txt", "md", "html")), table::toString);
    }

    static List<String> names(List<Section> sections) {
        List<String> names = new ArrayList<>();
        for (Section s : sections) {
            names.add(s.canonical().map(SectionKind::title).orElse(Words.all(s.heading())));
        }
        return names;
    }

    DocumentResult importDocument(CorpusDocument doc) throws IOException {
        Path file = dir.resolve(doc.name());
        Files.write(file, doc.bytes());
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"), false, false);
        return new Importer(options, SectionAliases.builtIn(), "Test Agency").run(List.of(file)).get(0);
    }
}
