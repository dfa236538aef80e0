package org.jobspecs.intake;

import java.util.Optional;
import org.jobspecs.intake.docx.DocxReader;
import org.jobspecs.intake.pdf.PdfReader;

/** The document formats import reads, by file name. */
final class Formats {

    private Formats() {
    }

    static boolean known(String fileName) {
        return reader(fileName.toLowerCase(java.util.Locale.ROOT)).isPresent();
    }

    static Optional<DocumentReader> reader(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) {
            return Optional.of(new TextReader());
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            return Optional.of(new MarkdownReader());
        }
        if (lowerName.endsWith(".pdf")) {
            return Optional.of(new PdfReader());
        }
        if (lowerName.endsWith(".docx")) {
            return Optional.of(new DocxReader());
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return Optional.of(new HtmlReader());
        }
        return Optional.empty();
    }
}
