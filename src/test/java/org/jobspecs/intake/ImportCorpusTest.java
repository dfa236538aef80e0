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
