package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Location FILE = Location.file("content/x.md");

    private final Problems problems = new Problems();

    private Optional<String> decode(byte[] bytes) {
        return TextDecoder.decode(bytes, FILE, problems);
    }

    private String decodedWithoutProblems(byte[] bytes) {
        Optional<String> text = decode(bytes);
        assertEquals(List.of(), problems.sorted());
        assertTrue(text.isPresent());
        return text.get();
    }

    private Problem only(Severity severity) {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(severity, all.get(0).severity(), all::toString);
        return all.get(0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8IsReadAsItIs() {
        assertEquals("title=Café – “x”\n", decodedWithoutProblems(utf8("title=Café – “x”\n")));
    }

    @Test
    void utf8ByteOrderMarkIsDroppedWithoutNotice() {
        assertEquals("title=Clerk\n", decodedWithoutProblems(concat(bytes(0xEF, 0xBB, 0xBF), utf8("title=Clerk\n"))));
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertEquals("a\nb\nc\nd", decodedWithoutProblems(utf8("a\r\nb\rc\r\nd")));
    }

    @Test
    void formFeedIsALineEnd() {
        assertEquals("page one\npage two", decodedWithoutProblems(utf8("page one\fpage two")));
    }

    @Test
    void tabsAreKept() {
        assertEquals("a\tb", decodedWithoutProblems(utf8("a\tb")));
    }

    @Test
    void windows1252IsReadWithANotice() {
        Optional<String> text = decode(concat(utf8("the clerk"), bytes(0x92), utf8("s office "), bytes(0x96), utf8(" 5")));
        assertEquals(Optional.of("the clerk’s office – 5"), text);
        Problem p = only(Severity.NOTICE);
        assertEquals(0, p.location().line());
        assertTrue(p.message().contains("Windows-1252"), p.message());
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsReadWithANotice() {
        Optional<String> text = decode(("\uFEFFtitle=Clerk’s\r\ncode=1").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(Optional.of("title=Clerk’s\ncode=1"), text);
        assertTrue(only(Severity.NOTICE).message().contains("UTF-16"));
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsReadWithANotice() {
        Optional<String> text = decode(("\uFEFFtitle=Clerk’s\ncode=1").getBytes(StandardCharsets.UTF_16BE));
        assertEquals(Optional.of("title=Clerk’s\ncode=1"), text);
        assertTrue(only(Severity.NOTICE).message().contains("UTF-16"));
    }

    @Test
    void utf16ByteOrderMarkWithInvalidContentIsAnError() {
        // An odd number of bytes cannot be UTF-16.
        assertTrue(decode(bytes(0xFF, 0xFE, 'a', 0, 'b')).isEmpty());
        assertTrue(only(Severity.ERROR).message().contains("not valid UTF-16"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejectedForItsNulBytes() {
        assertTrue(decode("title=x".getBytes(StandardCharsets.UTF_16LE)).isEmpty());
        assertTrue(only(Severity.ERROR).message().contains("NUL byte"));
    }

    @Test
    void nulByteIsAnErrorAtItsLine() {
        assertTrue(decode(concat(utf8("one\ntwo\r\nthree "), bytes(0), utf8(" four\n"))).isEmpty());
        Problem p = only(Severity.ERROR);
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("NUL byte"), p.message());
    }

    /** Bug: the line of a NUL byte counted only LF, though a lone CR is a line end too. */
    @Test
    void nulByteLineCountsLoneCarriageReturns() {
        assertTrue(decode(concat(utf8("one\rtwo\rthree "), bytes(0))).isEmpty());
        assertEquals(3, only(Severity.ERROR).location().line());
    }

    @Test
    void emptyFileIsAnError() {
        assertTrue(decode(new byte[0]).isEmpty());
        Problem p = only(Severity.ERROR);
        assertEquals(0, p.location().line());
        assertTrue(p.message().contains("the file is empty"), p.message());
    }

    @Test
    void fileOfOnlyWhitespaceIsAnError() {
        assertTrue(decode(utf8(" \r\n\t\n  ")).isEmpty());
        assertTrue(only(Severity.ERROR).message().contains("the file is empty"));
    }

    @Test
    void fileOfOnlyAByteOrderMarkIsEmpty() {
        assertTrue(decode(bytes(0xEF, 0xBB, 0xBF)).isEmpty());
        assertTrue(only(Severity.ERROR).message().contains("the file is empty"));
    }

    @Test
    void controlCharacterIsAnErrorAtItsLine() {
        assertTrue(decode(utf8("one\r\ntwo\nth\u0001ree")).isEmpty());
        Problem p = only(Severity.ERROR);
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("U+0001"), p.message());
    }

    @Test
    void deleteCharacterIsAControlCharacter() {
        assertTrue(decode(utf8("a\u007Fb")).isEmpty());
        assertTrue(only(Severity.ERROR).message().contains("U+007F"));
    }

    @Test
    void controlCharacterInUtf16IsAnError() {
        assertTrue(decode(("\uFEFFa\nb\u0000c").getBytes(StandardCharsets.UTF_16LE)).isEmpty());
        List<Problem> all = problems.sorted();
        assertTrue(all.stream().anyMatch(p -> p.severity() == Severity.ERROR && p.location().line() == 2
                && p.message().contains("U+0000")), all::toString);
    }

    @Test
    void bytesInvalidInUtf8AndWindows1252AreAnError() {
        assertTrue(decode(concat(utf8("Knowledge of "), bytes(0x81, 0x8D), utf8(" office"))).isEmpty());
        Problem p = only(Severity.ERROR);
        assertEquals(0, p.location().line());
        assertTrue(p.message().contains("neither UTF-8 nor Windows-1252"), p.message());
    }

    @Test
    void windows1252SmartQuotesRoundTrip() {
        String words = "“Quoted” – ‘single’ … €";
        Optional<String> text = decode(words.getBytes(Charset.forName("windows-1252")));
        assertEquals(Optional.of(words), text);
        assertEquals(Severity.NOTICE, only(Severity.NOTICE).severity());
    }

    /** Issue 15: the check eight bytes at a time answers as a byte loop does, wherever the odd byte sits. */
    @Test
    void plainAsciiEightBytesAtATimeAnswersAsAByteLoop() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(15);
        int[] odd = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xC3, 0xFF};
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (0x20 + r.nextInt(0x5F));
            }
            for (int k = r.nextInt(3); k > 0 && b.length > 0; k--) {
                b[r.nextInt(b.length)] = (byte) odd[r.nextInt(odd.length)];
            }
            int offset = b.length == 0 ? 0 : r.nextInt(Math.min(4, b.length));
            boolean expected = true;
            for (int i = offset; i < b.length; i++) {
                int v = b[i] & 0xFF;
                expected &= v == '\t' || v == '\n' || (v >= 0x20 && v < 0x7F);
            }
            byte[] bytes = b;
            assertEquals(expected, TextDecoder.isPlainAscii(b, offset), () -> java.util.Arrays.toString(bytes));
            plain += expected ? 1 : 0;
        }
        assertTrue(plain > 2_000 && plain < 18_000, plain + " plain of 20000");
    }
}
