package org.jobspecs.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a careful person found in each document of the real-document corpus, written down by
 * reading it before the import ran ({@code src/test/resources/import-corpus/expected.json}).
 */
final class CorpusExpectations {

    /**
     * One document.
     *
     * @param file    its path inside the corpus folder
     * @param refused null, or why the import must refuse it ("no text layer")
     */
    record Document(String file, String agency, String kind, String format, String refused, List<Spec> specs) {
        Document {
            specs = specs == null ? List.of() : List.copyOf(specs);
        }
    }

    /** One spec: its title and code as the document gives them (code null when it gives none), and its sections in order. */
    record Spec(String title, String code, List<Section> sections) {
        Spec {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One section as a reader sees it.
     *
     * @param heading the heading as printed, or null for an unheaded lead paragraph
     * @param section the canonical section's title, or the section's own name when none fits
     * @param starts  the first words of its body, as printed
     */
    record Section(String heading, String section, String starts) { }

    private CorpusExpectations() {
    }

    static List<Document> load() {
        try (InputStream in = CorpusExpectations.class.getResourceAsStream("/import-corpus/expected.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/import-corpus/expected.json is missing");
            }
            return List.of(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Document[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
