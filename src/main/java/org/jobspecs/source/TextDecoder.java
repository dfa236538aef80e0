package org.jobspecs.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/**
 * Turns a file's bytes into text with LF line ends. Reads UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark and Windows-1252 (the last two with a notice). An empty
 * file, a NUL byte or bytes that no supported encoding explains are errors.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static Optional<String> decode(byte[] bytes, Location file, Problems problems) {
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            Optional<String> decoded = strict(bytes, 2, utf16);
            if (decoded.isEmpty()) {
                problems.error(file, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
                        "save it again as UTF-8");
                return Optional.empty();
            }
            problems.notice(file, "read as UTF-16", "save it as UTF-8 to avoid this notice");
            text = decoded.get();
        } else {
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            // The usual case, decided on the bytes: plain ASCII (valid UTF-8 as it is) with no control
            // character but tab and line feed (so no NUL either), so nothing below would change or
            // reject it. Decoded as ISO-8859-1, the same text for ASCII bytes, copied without a
            // second look at each byte (issue 15).
            if (isPlainAscii(bytes, offset)) {
                String plain = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
                if (plain.isBlank()) {
                    problems.error(file, "the file is empty", "write the spec, or delete the file");
                    return Optional.empty();
                }
                return Optional.of(plain);
            }
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                problems.error(file.atLine(lineAt(bytes, nul)), "the file contains a NUL byte, so it is not a text file",
                        "export the spec as plain text (UTF-8) or Markdown");
                return Optional.empty();
            }
            Optional<String> utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                text = utf8.get();
            } else {
                Optional<String> cp1252 = strict(bytes, offset, WINDOWS_1252);
                if (cp1252.isEmpty()) {
                    problems.error(file, "the text is neither UTF-8 nor Windows-1252 and cannot be read",
                            "save the file as UTF-8");
                    return Optional.empty();
                }
                problems.notice(file, "read as Windows-1252 (not valid UTF-8)", "save it as UTF-8 to avoid this notice");
                text = cp1252.get();
            }
        }
        // Word exports mark page breaks with a form feed: a line end like any other.
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        int control = firstControl(text);
        if (control >= 0) {
            problems.error(file.atLine(Location.lineOf(text, control)),
                    String.format("the text contains the control character U+%04X", (int) text.charAt(control)),
                    "remove it, or export the spec again as plain text");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(file, "the file is empty", "write the spec, or delete the file");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Whether every byte is ASCII and no control character but tab and line feed. Eight bytes at a
     * time (issue 15; under C1 a quarter of a byte loop's time): a word whose bytes are all in
     * 0x20–0x7E passes at once; one with a byte 0x80 or above, below 0x20 (a line feed, often) or
     * 0x7F is looked at byte by byte.
     */
    static boolean isPlainAscii(byte[] bytes, int offset) {
        int i = offset;
        int n = bytes.length;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(bytes, i);
            long del = x ^ 0x7F7F7F7F7F7F7F7FL; // a byte 0x7F becomes 0
            // high bit set | some byte below 0x20 | some byte 0 in del (bit tricks that may flag too
            // much when a byte is 0x80 or above, which fails anyway, never too little)
            if (((x | ((x - 0x2020202020202020L) & ~x) | ((del - 0x0101010101010101L) & ~del)) & HIGH_BITS) != 0
                    && !isPlainAscii(bytes, i, i + 8)) {
                return false;
            }
        }
        return isPlainAscii(bytes, i, n);
    }

    private static boolean isPlainAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0x20 ? b != '\t' && b != '\n' : b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The line of a byte offset, counting CR LF, LF and a lone CR as line ends (as decoding does). */
    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Control characters other than tab and line feed. */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

}
