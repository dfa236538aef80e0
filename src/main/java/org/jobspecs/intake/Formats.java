package org.jobspecs.intake;

import java.util.Optional;
import java.util.function.Predicate;
import org.jobspecs.intake.docx.DocxReader;
import org.jobspecs.intake.pdf.PdfReader;

/** The document formats import reads, by file name. */
final class Formats {

    private Formats() {
    }

    static boolean known(String fileName) {
        return reader(fileName.toLowerCase(java.util.Locale.ROOT), line -> false).isPresent();
    }

    /** @param namesSection whether a line names a known section (a plain-text line that does is never joined to the one before) */
    static Optional<DocumentReader> reader(String lowerName, Predicate<String> namesSection) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) {
            return Optional.of(new TextReader(namesSection));
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            return Optional.of(new MarkdownReader());
        }
        if (lowerName.endsWith(".pdf")) {
            return Optional.of(new PdfReader());
        }
        if (lowerName.endsWith(".docx") || lowerName.endsWith(".doc")) { // a .doc is refused by the Word reader, with what to do
            return Optional.of(new DocxReader());
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
