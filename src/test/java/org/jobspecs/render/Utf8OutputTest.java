package org.jobspecs.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

    /** The escaping the body directives did before issue 15: into a StringBuilder, then encoded. */
    private static void escapeAsBefore(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static final char[] CHARS = {'a', 'Z', ' ', '\n', '<', '>', '&', '"', '\'', 'é', '–', '“', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF};

    private static String random(Random r, int max) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            s.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : CHARS[r.nextInt(CHARS.length)]);
        }
        return s.toString();
    }

    @Test
    void issue15EscapedTextAndAsciiMarkupGiveTheBytesOfEscapingIntoAStringThenEncodingIt() {
        Random r = new Random(15);
        Utf8Output shared = new Utf8Output(8);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder expected = new StringBuilder();
            // one writer per thread, emptied for each page (issue 15): the previous round's page, whatever it
            // ended with (a high surrogate waiting for its low half), leaves nothing in the next one
            Utf8Output out = shared.reset();
            int parts = 1 + r.nextInt(6);
            for (int p = 0; p < parts; p++) {
                switch (r.nextInt(3)) {
                    case 0 -> { // text, escaped; sometimes longer than one chunk
                        String text = random(r, r.nextInt(50) == 0 ? 3000 : 40);
                        escapeAsBefore(text, expected);
                        out.writeEscaped(text);
                    }
                    case 1 -> { // ASCII markup
                        String markup = r.nextBoolean() ? "<p>" : "</li>\n<li value=\"" + r.nextInt(100) + "\">";
                        expected.append(markup);
                        out.writeAscii(markup);
                    }
                    default -> { // other text through the Writer methods, as the templates write it
                        String text = random(r, 20);
                        expected.append(text);
                        out.write(text);
                    }
                }
            }
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), () -> "round " + expected);
        }
    }

    /** Issue 15: a page that failed half-way (a high surrogate waiting, the bytes never taken) leaves nothing in the next page. */
    @Test
    void issue15ResetForgetsAFailedPage() {
        Utf8Output out = new Utf8Output(8);
        out.write("<p>caf\u00e9 \uD83D");
        out.reset().write("ok");
        assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
