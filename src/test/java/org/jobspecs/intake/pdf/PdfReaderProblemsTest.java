package org.jobspecs.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.Para;
import org.jobspecs.intake.corpus.PdfBuilder;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.junit.jupiter.api.Test;

/** The PDF reader on files it cannot read fully: scans, image-only pages, damaged and encrypted files. */
class PdfReaderProblemsTest extends PdfReading {

    // ---- what cannot be read ----

    @Test
    void aScannedPdfIsOneErrorAndNoParas() {
        ImportDocument doc = read(new PdfBuilder().scannedPage("CITY OF EXAMPLE", "FLEET COORDINATOR")
                .scannedPage("EXAMPLES OF DUTIES"));
        Problem error = only(Severity.ERROR);
        assertEquals("import/fleet-coordinator.pdf: no text layer — this PDF is a scanned image", error.message());
        assertTrue(error.fix().contains("OCR"), error.fix());
        assertEquals(List.of(), doc.paras());
        assertEquals(List.of(), doc.removed());
    }

    @Test
    void anImageOnlyPageInATextPdfIsANotice() {
        ImportDocument doc = read(new PdfBuilder().paragraph("First page.").scannedPage("SIGNATURES")
                .paragraph("Third page."));
        Problem notice = only(Severity.NOTICE);
        assertEquals("page 2 has no text layer; its content is not imported", notice.message());
        assertEquals(List.of("First page.", "Third page."), texts(doc));
        assertEquals(List.of(1, 3), doc.paras().stream().map(Para::page).toList());
    }

    @Test
    void damagedBytesAreAnErrorWithAFix() {
        byte[] good = threePages().toBytes();
        for (byte[] bad : List.of("%PDF-1.7\nthis is not really a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                new byte[0], Arrays.copyOf(good, 40))) {
            Problems seen = new Problems();
            ImportDocument doc = new PdfReader().read(bad, FILE, seen);
            assertEquals(1, seen.sorted().size(), seen.sorted()::toString);
            Problem error = seen.sorted().get(0);
            assertEquals(Severity.ERROR, error.severity());
            assertTrue(error.message().startsWith("import/fleet-coordinator.pdf: "), error.message());
            assertTrue(error.fix().contains("Word original"), error.fix());
            assertEquals(List.of(), doc.paras());
        }
    }

    @Test
    void corruptedPdfsNeverThrow() {
        byte[] good = threePages().toBytes();
        for (int start = 0; start < good.length; start += good.length / 23) {
            byte[] bad = good.clone();
            for (int i = start; i < Math.min(bad.length, start + 64); i++) {
                bad[i] = (byte) (bad[i] ^ 0x5A);
            }
            Problems seen = new Problems();
            ImportDocument doc = new PdfReader().read(bad, FILE, seen);
            assertTrue(seen.hasErrors() || !doc.paras().isEmpty() || !seen.sorted().isEmpty(), "offset " + start);
        }
    }

    @Test
    void aPasswordProtectedPdfIsAnError() throws IOException {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(threePages().toBytes())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            locked = out.toByteArray();
        }
        ImportDocument doc = read(locked);
        Problem error = only(Severity.ERROR);
        assertTrue(error.message().contains("encrypted"), error.message());
        assertEquals(List.of(), doc.paras());
    }
}
