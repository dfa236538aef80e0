package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department a document spells differently from data/classes.csv ("&" for "and", case,
 * punctuation) is written as the register spells it, and the report says so: the build refuses one
 * department spelled two ways. Found importing the California Office of Data and Innovation's duty
 * statements (RealCorpusTest), which spell it both ways.
 */
class RegisterSpellingTest {

    @TempDir
    Path dir;

    private static ImportedSpec spec(String code, String title, String department) {
        return new ImportedSpec(Map.of("code", code, "title", title), Map.of("department", department), List.of(), List.of(), List.of());
    }

    @Test
    void aDepartmentSpelledAnotherWayIsWrittenAsTheRegisterSpellsIt() throws IOException {
        Path classes = dir.resolve("classes.csv");
        Files.writeString(classes, String.join(",", Register.COLUMNS) + "\n");
        Register register = Register.load(classes, dir.resolve("units.csv"));
        assertEquals("row T1 added", register.apply(spec("T1", "Chief Data Officer", "Office of Data and Innovation (ODI)"), false).split(";")[0]);
        String note = register.apply(spec("T2", "Chief Counsel", "Office of Data & Innovation (ODI)"), false);
        assertTrue(note.contains("department \"Office of Data & Innovation (ODI)\" written as \"Office of Data and Innovation (ODI)\""), note);
        String other = register.apply(spec("T3", "Data Engineer", "Office of Digital Services"), false);
        assertTrue(!other.contains("written as"), "a different department is left as it is: " + other);
        register.save();
        String written = Files.readString(classes);
        assertEquals(2, written.split("Office of Data and Innovation \\(ODI\\)", -1).length - 1, written);
        assertTrue(!written.contains("&"), written);
        assertTrue(written.contains("Office of Digital Services"), written);
    }
}
