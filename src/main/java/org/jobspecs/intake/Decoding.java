package org.jobspecs.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/** Decodes a text export: UTF-8 (with or without a byte-order mark), else Windows-1252 with a notice. */
final class Decoding {

    private Decoding() {
    }

    static String text(byte[] bytes, Location file, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.notice(file, "the file is not UTF-8; read as Windows-1252",
                    "check accented letters and dashes in the imported source, or save the export as UTF-8");
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
