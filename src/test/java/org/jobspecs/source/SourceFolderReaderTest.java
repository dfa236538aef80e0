package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.RereadSections;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderReaderTest {

    @TempDir
    Path dir;

    private SourceFolderReader reader() throws IOException {
        new DemoCatalogWriter(12, 7).write(dir, FixtureSite.PROJECT);
        return new SourceFolderReader(dir, dir.resolve("content"), dir.resolve("data"), "Demo County", SectionAliases.builtIn());
    }

    @Test
    void issue15SpecsBeyondTheHeapGivenAreReadAgainFromTheirFilesAndEqual() throws IOException {
        SourceFolderReader reader = reader();
        Problems problems = new Problems();
        List<Path> files = reader.specFiles(problems);
        List<SpecSource> held = reader.readSpecs(files, problems);
        List<SpecSource> reread = reader.readSpecs(files, new Problems(), 0);
        assertEquals(12, held.size());
        assertEquals(held.size(), reread.size());
        for (int i = 0; i < held.size(); i++) {
            assertFalse(held.get(i).sections() instanceof RereadSections);
            assertInstanceOf(RereadSections.class, reread.get(i).sections());
            assertEquals(held.get(i), reread.get(i), held.get(i).location().path());
        }
        long all = files.stream().mapToLong(p -> RereadSections.heapEstimate(p.toFile().length())).sum();
        assertTrue(reader.readSpecs(files, new Problems(), all).stream().noneMatch(s -> s.sections() instanceof RereadSections),
                "specs that fit are held");
    }

    @Test
    void issue15ASpecChangedOrDeletedBeforeItIsReadAgainIsNamed() throws IOException {
        SourceFolderReader reader = reader();
        Problems problems = new Problems();
        List<Path> files = reader.specFiles(problems);
        List<SpecSource> reread = reader.readSpecs(files, problems, 0);
        Files.writeString(files.get(0), Files.readString(files.get(0)).replace("## Definition", "## Definition\n\nEdited."));
        SourceChanged changed = assertThrows(SourceChanged.class, () -> reread.get(0).sections().get(0));
        assertEquals("content/" + files.get(0).getFileName(), changed.file());
        assertEquals("changed while the site was built", changed.getMessage());
        Files.delete(files.get(1));
        SourceChanged gone = assertThrows(SourceChanged.class, () -> reread.get(1).sections().get(0));
        assertTrue(gone.getMessage().startsWith("can no longer be read"), gone.getMessage());
        assertEquals(gone, SourceChanged.in(new java.util.concurrent.CompletionException(new RuntimeException(gone))));
    }
}
