package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.intake.corpus.SpecText;
import org.jobspecs.intake.corpus.TextStyles;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says, per document, what was found, where it went, what was removed and what is left to a person. */
class ImportReportTest {

    @TempDir
    Path dir;

    private List<DocumentResult> importBoth() throws Exception {
        Path dunmore = dir.resolve("dunmore.txt");
        Files.writeString(dunmore, TextStyles.dunmore(SpecText.ALL.get(0), "812"));
        Path bare = dir.resolve("bare.txt");
        Files.writeString(bare, "Fleet Mechanic\nClass Code: 815\n\n" + SpecText.ALL.get(3).definition() + "\n\nA paragraph no heading claims.\n");
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"), false, true);
        return new Importer(options, SectionAliases.builtIn(), "Town of Dunmore").run(List.of(dunmore, bare));
    }

    @Test
    void plainTextReadsWell() throws Exception {
        String text = ImportReport.text(importBoth(), false);
        assertTrue(text.contains("812 Water Treatment Operator → " + dir.resolve("content") + "/812-water-treatment-operator.md: would write"), text);
        assertTrue(text.contains("      code = 812   (line 5: \"CLASS CODE: 812\")"), text);
        assertTrue(text.contains("      Typical Tasks → Examples of Duties"), text);
        assertTrue(text.contains("combined heading \"CLASSIFICATION PURPOSE AND DISTINGUISHING CHARACTERISTICS\" placed under Definition"), text);
        assertTrue(text.contains("      Unplaced → NOT PLACED: a person must move this text"), text);
        assertTrue(text.contains("unplaced: 5 words under \"Unplaced\""), text);
        assertTrue(text.contains("words: 347 in the document, 0 unaccounted"), text);
        assertTrue(text.endsWith("imported: 2 documents, 2 specs, 1 with unplaced text, 0 errors\n"), text);
        assertTrue(Files.notExists(dir.resolve("content")), "a dry run writes nothing");
    }

    @Test
    void jsonCarriesTheSameFacts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ImportReport.json(importBoth()));
        JsonNode first = root.path("documents").get(0);
        assertEquals("text", first.path("format").asText());
        JsonNode spec = first.path("specs").get(0);
        assertEquals("812", spec.path("code").asText());
        assertEquals("Examples of Duties", spec.path("sections").get(1).path("canonical").asText());
        assertEquals("Typical Tasks", spec.path("sections").get(1).path("heading").asText());
        assertEquals(0, first.path("unaccounted").size());
        assertEquals(5, root.path("documents").get(1).path("specs").get(0).path("unplacedWords").asInt());
    }
}
