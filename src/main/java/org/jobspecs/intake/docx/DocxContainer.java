package org.jobspecs.intake.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a file's first bytes before it is opened as a .docx, to say what it really is when it
 * is not one: an encrypted Word file (an OLE2 container holding EncryptionInfo), an old binary
 * .doc, an RTF or PDF file, or something unreadable. Holds no state.
 */
final class DocxContainer {

    /** Why a file cannot be read, for a person: what is wrong and what to do. */
    record Trouble(String message, String fix) { }

    static final String UNREADABLE = "not a readable Word .docx file";
    static final String RESAVE = "open it in Word and save it again as a Word Document (.docx); "
            + "if Word cannot open it either, ask for a new copy";

    private DocxContainer() { }

    /** What is wrong with these bytes as a .docx, or null when they are a zip package worth opening. */
    static Trouble check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Trouble(UNREADABLE + ": the file is empty", RESAVE);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML -> null;
            case OLE2 -> ole2(bytes);
            case RTF -> new Trouble(UNREADABLE + ": it is a Rich Text Format (.rtf) file",
                    "open it in Word and save it as a Word Document (.docx), then import the .docx");
            case PDF -> new Trouble(UNREADABLE + ": it is a PDF file",
                    "give it the .pdf extension so that import reads it as a PDF");
            case WORD2 -> new Trouble(UNREADABLE + ": it is a Word 2 file",
                    "open it in Word and save it as a Word Document (.docx), then import the .docx");
            default -> new Trouble(UNREADABLE + ": it is damaged or not a Word document", RESAVE);
        };
    }

    /** An OLE2 container: encrypted OOXML, a Word 97-2003 .doc, or another old Office file. */
    private static Trouble ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new Trouble("the Word file is protected with a password, so its text cannot be read",
                        "open it in Word with the password, remove it (File › Info › Protect Document › "
                                + "Encrypt with Password, clear the box), save it as .docx and import it again");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new Trouble("this is a Word 97-2003 .doc file, not a .docx",
                        "open it in Word and save it as .docx (File › Save As › Word Document), then import the .docx");
            }
            return new Trouble(UNREADABLE + ": it is an older Office file of another kind",
                    "open it in the program that made it and save it as a Word Document (.docx)");
        } catch (IOException | RuntimeException e) {
            return new Trouble(UNREADABLE + ": it is damaged", RESAVE);
        }
    }
}
