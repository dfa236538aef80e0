package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.intake.corpus.TextStyles;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series spec becomes one source per level; level text reaches only its level; the register and series file learn the series. */
class SeriesImportTest {

    @TempDir
    Path dir;

    @Test
    void oneSourcePerLevel() throws Exception {
        Path doc = dir.resolve("series.md");
        Files.writeString(doc, TextStyles.eastvaleSeries());
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"), false, false);
        DocumentResult result = new Importer(options, SectionAliases.builtIn(), "Eastvale Water District").run(List.of(doc)).get(0);

        assertEquals(3, result.specs().size());
        String trainee = result.specs().get(0).source();
        String two = result.specs().get(2).source();
        assertTrue(trainee.contains("Graduation from high school") && !trainee.contains("Grade D2"), trainee);
        assertTrue(two.contains("Grade D2") && !two.contains("Graduation from high school"), two);
        assertTrue(two.contains("Operates pumps, valves"), "shared duties reach every level");
        assertFalse(two.contains("The entry level"), "another level's distinguishing text stays out");
        String register = Files.readString(dir.resolve("data/classes.csv"));
        assertTrue(register.contains("E33,Water Operator II,,,Non-exempt,water-operator,3,current") || register.contains("E33,Water Operator II,,,,water-operator,3,current"), register);
        assertTrue(Files.readString(dir.resolve("data/series.csv")).contains("water-operator,"));
        assertEquals(List.of(), result.unaccounted());
    }
}
