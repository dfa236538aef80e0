package org.jobspecs.intake.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files that are not plain .docx packages but that import must recognise and refuse helpfully:
 * a password-protected .docx and an old binary Word .doc. Both are OLE2 containers written with
 * POI. Holds no state.
 */
public final class DocxFiles {

    private DocxFiles() { }

    /** A .docx encrypted with a password the way Word does it (agile encryption in an OLE2 container). */
    public static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            return bytes(fs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 container shaped like a Word 97-2003 .doc (WordDocument and 1Table streams). */
    public static byte[] legacyWordDocument() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] filler = "Fictional legacy document".getBytes(StandardCharsets.US_ASCII);
            fs.createDocument(new ByteArrayInputStream(filler), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(filler), "1Table");
            return bytes(fs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(POIFSFileSystem fs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        return out.toByteArray();
    }
}
