package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: earlier versions in content/history/<code>/<date>.md, read by the content folder's readers. */
class HistoryReaderTest {

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private SourceFolderReader reader() {
        return new SourceFolderReader(root, root.resolve("content"), root.resolve("data"), "City of Alameda", SectionAliases.builtIn());
    }

    private Path write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<VersionSource> read() {
        SourceFolderReader reader = reader();
        return reader.readVersions(reader.historyFiles(), problems);
    }

    private List<String> errors() {
        return problems.sorted().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> p.location() + " " + p.message() + " / " + p.fix()).toList();
    }

    @Test
    void aMarkdownVersionIsReadWithItsDateFromTheFileName() throws Exception {
        write("content/history/2141/2017-10-11.md", "title=Accountant\ncode=2141\napproved.by=CSB\n~~~~~~\n\n## Definition\n\nPerforms accounting work.\n");
        List<VersionSource> versions = read();
        assertEquals(1, versions.size(), problems.sorted().toString());
        VersionSource v = versions.get(0);
        assertEquals("2141", v.code());
        assertEquals(new Approval("CSB", LocalDate.of(2017, 10, 11)), v.approval());
        assertEquals(VersionOrigin.HISTORY, v.origin());
        assertEquals("content/history/2141/2017-10-11.md", v.source());
        assertEquals(List.of(new Block.Paragraph(List.of(new Inline.Text("Performs accounting work.")), 8)), v.sections().get(0).blocks());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void aHeaderDateThatAgreesIsFineOneThatDisagreesIsAnError() throws Exception {
        write("content/history/2141/2017-10-11.md", "approved=2017-10-11\n~~~~~~\n\n## Definition\n\nText.\n");
        write("content/history/2141/2006-03-08.md", "title=Accountant\napproved=2006-03-09\napproved.by=CSB\n~~~~~~\n\n## Definition\n\nText.\n");
        List<VersionSource> versions = read();
        assertEquals(List.of(LocalDate.of(2017, 10, 11)), versions.stream().map(v -> v.approval().date()).toList());
        assertEquals(List.of("content/history/2141/2006-03-08.md:2 the file says it was approved on 2006-03-09 but is named 2006-03-08.md"
                + " / rename the file 2006-03-09.md, or correct the approval date"), errors());
    }

    @Test
    void aCodeThatDisagreesWithItsFolderIsAnError() throws Exception {
        write("content/history/2141/2017-10-11.md", "code=2143\n~~~~~~\n\n## Definition\n\nText.\n");
        assertTrue(read().isEmpty());
        assertEquals(List.of("content/history/2141/2017-10-11.md:1 code 2143 disagrees with the folder the file is in (2141)"
                + " / move the file to content/history/2143/, or correct the code"), errors());
    }

    @Test
    void misplacedAndMisnamedFilesAreErrorsAllAtOnce() throws Exception {
        write("content/history/2017-10-11.md", "approved.by=CSB\n~~~~~~\n\nText.\n");
        write("content/history/2141/accountant-2017.md", "approved.by=CSB\n~~~~~~\n\nText.\n");
        write("content/history/2141/2017-13-45.md", "approved.by=CSB\n~~~~~~\n\nText.\n");
        assertTrue(read().isEmpty());
        List<String> errors = errors();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/history/2017-10-11.md a file of the history folder must be in a folder named after its class"));
        assertTrue(errors.get(1).startsWith("content/history/2141/2017-13-45.md the name of an earlier version must be its approval date"));
        assertTrue(errors.get(2).startsWith("content/history/2141/accountant-2017.md the name of an earlier version must be its approval date"));
    }

    @Test
    void aMalformedVersionIsAnErrorWithItsLineAndIsLeftOut() throws Exception {
        write("content/history/2141/2017-10-11.md", "approved.by=CSB\nthis is not a header line\n~~~~~~\n\nText.\n");
        write("content/history/2141/2006-03-08.md", "## Definition\n\nNo header at all.\n");
        write("content/history/2143/2019-02-13.md", "approved.by=CSB\n~~~~~~\n\n## Definition\n\nFine.\n");
        List<VersionSource> versions = read();
        assertEquals(List.of("2143"), versions.stream().map(VersionSource::code).toList(), "the others are still read");
        List<String> errors = errors();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/history/2141/2006-03-08.md:1 no metadata header"), errors.get(0));
        assertTrue(errors.get(1).startsWith("content/history/2141/2017-10-11.md:2 malformed header line"), errors.get(1));
    }

    @Test
    void aWordExportVersionIsReadAndItsRedlineResolvedAsApproved() throws Exception {
        write("content/history/7565/2009-07-01.txt", "City of Alameda\nCode No. 7565\nApproved by CSB: 7/1/09\n\n"
                + "LEAD CUSTOMER SERVICE REPRESENTATIVE\n\nDEFINITION\n\nUnder direction leads ~~customer~~[account](#) work.\n");
        List<VersionSource> versions = read();
        assertEquals(1, versions.size(), problems.sorted().toString());
        assertEquals(new Approval("CSB", LocalDate.of(2009, 7, 1)), versions.get(0).approval());
        assertEquals(List.of(new Inline.Text("Under direction leads account work.")),
                ((Block.Paragraph) versions.get(0).sections().get(0).blocks().get(0)).content());
    }

    @Test
    void theContentReaderDoesNotTakeHistoryFilesForCurrentSpecs() throws Exception {
        Path current = write("content/2141-accountant.md", "title=Accountant\ncode=2141\n~~~~~~\n\nText.\n");
        write("content/history/2141/2017-10-11.md", "title=Accountant\ncode=2141\n~~~~~~\n\nText.\n");
        Path stray = write("content/history/2141/notes.docx", "x");
        List<Path> specs = reader().specFiles(problems);
        assertEquals(List.of(current), specs);
        assertEquals(List.of(root.resolve("content/history/2141/2017-10-11.md"), stray), reader().historyFiles());
        assertFalse(reader().readVersions(List.of(stray), problems).iterator().hasNext(), "a file that is no spec source is not read");
        assertTrue(problems.sorted().stream().anyMatch(p -> p.location().path().equals("content/history/2141/notes.docx")
                && p.severity() == Severity.NOTICE), "the stray file is reported like other files of the content folder");
    }

    @Test
    void noHistoryFolderNoVersions() {
        assertEquals(Optional.empty(), read().stream().findFirst());
    }
}
