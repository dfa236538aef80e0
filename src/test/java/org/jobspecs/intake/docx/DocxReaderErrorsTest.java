package org.jobspecs.intake.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.corpus.DocxBuilder;
import org.jobspecs.intake.corpus.DocxFiles;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.junit.jupiter.api.Test;

/** Files that cannot be imported give exactly one error that says what to do, never an exception or a silent empty import. */
class DocxReaderErrorsTest {

    private static final Location FILE = Location.file("specs/clerk.docx");

    @Test
    void bytesThatAreNotAZipAreNotAReadableDocx() {
        Problem error = onlyError("Office Clerk II\nDEFINITION\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(error.message().startsWith("not a readable Word .docx file"), error.message());
    }

    @Test
    void aTruncatedDocxIsNotReadable() {
        byte[] whole = new DocxBuilder().paragraph("Performs clerical work.").toBytes();
        Problem error = onlyError(Arrays.copyOf(whole, whole.length / 2));
        assertTrue(error.message().startsWith("not a readable Word .docx file"), error.message());
    }

    @Test
    void aZipWithoutAWordDocumentIsNotReadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("Not a Word document.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Problem error = onlyError(bytes.toByteArray());
        assertTrue(error.message().startsWith("not a readable Word .docx file"), error.message());
    }

    @Test
    void anEmptyFileIsNotReadable() {
        assertTrue(onlyError(new byte[0]).message().startsWith("not a readable Word .docx file"));
    }

    @Test
    void anOldDocFileIsNamedAsSuchWithHowToSaveIt() {
        Problem error = onlyError(DocxFiles.legacyWordDocument());
        assertTrue(error.message().contains("Word 97-2003 .doc file"), error.message());
        assertTrue(error.fix().contains("save it as .docx"), error.fix());
    }

    @Test
    void aPasswordProtectedFileSaysSoAndHowToRemoveThePassword() {
        byte[] encrypted = new DocxBuilder().paragraph("Confidential fictional duties.").toEncryptedBytes("secret-42");
        Problem error = onlyError(encrypted);
        assertTrue(error.message().contains("protected with a password"), error.message());
        assertTrue(error.fix().contains("remove it") && error.fix().contains(".docx"), error.fix());
    }

    @Test
    void aDocumentWithoutTextSaysNoTextFound() {
        Problem error = onlyError(new DocxBuilder().toBytes());
        assertTrue(error.message().startsWith("no text found"), error.message());
    }

    @Test
    void furnitureAloneIsNoText() {
        Problem error = onlyError(new DocxBuilder().header("Agency of Examples").paragraph("  ").toBytes());
        assertTrue(error.message().startsWith("no text found"), error.message());
    }

    private static Problem onlyError(byte[] bytes) {
        Problems problems = new Problems();
        ImportDocument doc = new DocxReader().read(bytes, FILE, problems);
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), () -> all.toString());
        Problem error = all.get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(FILE, error.location());
        assertFalse(error.fix().isBlank(), "a fix a person can act on");
        assertEquals(List.of(), doc.paras());
        assertEquals("docx", doc.format());
        return error;
    }
}
